"use server";
// Every export of this file is a public endpoint: actions only. Each wraps one operation.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import * as meetings from "./operations";
import * as s from "./schemas";

export const createMeetingAction = authedAction
  .inputSchema(s.createMeetingSchema)
  .action(({ parsedInput, ctx }) => meetings.createMeeting(getDb(), ctx.actor, parsedInput));
export const updateMeetingAction = authedAction
  .inputSchema(s.updateMeetingSchema)
  .action(({ parsedInput, ctx }) => meetings.updateMeeting(getDb(), ctx.actor, parsedInput));
export const changeMeetingStatusAction = authedAction
  .inputSchema(s.changeMeetingStatusSchema)
  .action(({ parsedInput, ctx }) => meetings.changeMeetingStatus(getDb(), ctx.actor, parsedInput));
export const addAttendeeAction = authedAction
  .inputSchema(s.addAttendeeSchema)
  .action(({ parsedInput, ctx }) => meetings.addAttendee(getDb(), ctx.actor, parsedInput));
export const removeAttendeeAction = authedAction
  .inputSchema(s.removeAttendeeSchema)
  .action(({ parsedInput, ctx }) => meetings.removeAttendee(getDb(), ctx.actor, parsedInput));
export const recordAttendanceAction = authedAction
  .inputSchema(s.recordAttendanceSchema)
  .action(({ parsedInput, ctx }) => meetings.recordAttendance(getDb(), ctx.actor, parsedInput));
export const saveMinutesAction = authedAction
  .inputSchema(s.saveMinutesSchema)
  .action(({ parsedInput, ctx }) => meetings.saveMinutes(getDb(), ctx.actor, parsedInput));
export const reviewFicheAction = authedAction
  .inputSchema(s.reviewFicheSchema)
  .action(({ parsedInput, ctx }) => meetings.reviewFiche(getDb(), ctx.actor, parsedInput));
export const removeFicheReviewAction = authedAction
  .inputSchema(s.removeFicheReviewSchema)
  .action(({ parsedInput, ctx }) => meetings.removeFicheReview(getDb(), ctx.actor, parsedInput));
export const addDecisionAction = authedAction
  .inputSchema(s.addDecisionSchema)
  .action(({ parsedInput, ctx }) => meetings.addDecision(getDb(), ctx.actor, parsedInput));
export const updateDecisionAction = authedAction
  .inputSchema(s.updateDecisionSchema)
  .action(({ parsedInput, ctx }) => meetings.updateDecision(getDb(), ctx.actor, parsedInput));
export const followUpDecisionAction = authedAction
  .inputSchema(s.followUpDecisionSchema)
  .action(({ parsedInput, ctx }) => meetings.followUpDecision(getDb(), ctx.actor, parsedInput));
