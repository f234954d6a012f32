"use server";
// Every export of this file is a public endpoint: actions only. Each wraps one operation.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import * as meetings from "./operations";
import * as s from "./schemas";

export const createMeetingAction = authedAction
  .metadata({ actionName: "createMeetingAction" })
  .inputSchema(s.createMeetingSchema)
  .action(({ parsedInput, ctx }) => meetings.createMeeting(getDb(), ctx.actor, parsedInput));
export const updateMeetingAction = authedAction
  .metadata({ actionName: "updateMeetingAction" })
  .inputSchema(s.updateMeetingSchema)
  .action(({ parsedInput, ctx }) => meetings.updateMeeting(getDb(), ctx.actor, parsedInput));
export const changeMeetingStatusAction = authedAction
  .metadata({ actionName: "changeMeetingStatusAction" })
  .inputSchema(s.changeMeetingStatusSchema)
  .action(({ parsedInput, ctx }) => meetings.changeMeetingStatus(getDb(), ctx.actor, parsedInput));
export const addAttendeeAction = authedAction
  .metadata({ actionName: "addAttendeeAction" })
  .inputSchema(s.addAttendeeSchema)
  .action(({ parsedInput, ctx }) => meetings.addAttendee(getDb(), ctx.actor, parsedInput));
export const removeAttendeeAction = authedAction
  .metadata({ actionName: "removeAttendeeAction" })
  .inputSchema(s.removeAttendeeSchema)
  .action(({ parsedInput, ctx }) => meetings.removeAttendee(getDb(), ctx.actor, parsedInput));
export const recordAttendanceAction = authedAction
  .metadata({ actionName: "recordAttendanceAction" })
  .inputSchema(s.recordAttendanceSchema)
  .action(({ parsedInput, ctx }) => meetings.recordAttendance(getDb(), ctx.actor, parsedInput));
export const saveMinutesAction = authedAction
  .metadata({ actionName: "saveMinutesAction" })
  .inputSchema(s.saveMinutesSchema)
  .action(({ parsedInput, ctx }) => meetings.saveMinutes(getDb(), ctx.actor, parsedInput));
export const reviewFicheAction = authedAction
  .metadata({ actionName: "reviewFicheAction" })
  .inputSchema(s.reviewFicheSchema)
  .action(({ parsedInput, ctx }) => meetings.reviewFiche(getDb(), ctx.actor, parsedInput));
export const removeFicheReviewAction = authedAction
  .metadata({ actionName: "removeFicheReviewAction" })
  .inputSchema(s.removeFicheReviewSchema)
  .action(({ parsedInput, ctx }) => meetings.removeFicheReview(getDb(), ctx.actor, parsedInput));
export const addDecisionAction = authedAction
  .metadata({ actionName: "addDecisionAction" })
  .inputSchema(s.addDecisionSchema)
  .action(({ parsedInput, ctx }) => meetings.addDecision(getDb(), ctx.actor, parsedInput));
export const updateDecisionAction = authedAction
  .metadata({ actionName: "updateDecisionAction" })
  .inputSchema(s.updateDecisionSchema)
  .action(({ parsedInput, ctx }) => meetings.updateDecision(getDb(), ctx.actor, parsedInput));
export const followUpDecisionAction = authedAction
  .metadata({ actionName: "followUpDecisionAction" })
  .inputSchema(s.followUpDecisionSchema)
  .action(({ parsedInput, ctx }) => meetings.followUpDecision(getDb(), ctx.actor, parsedInput));
