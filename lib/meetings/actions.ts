"use server";
// Every export of this file is a public endpoint: actions only. Each wraps one operation.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { addAttendee } from "./add-attendee";
import { addDecision } from "./add-decision";
import { changeMeetingStatus } from "./change-meeting-status";
import { createMeeting } from "./create-meeting";
import { followUpDecision } from "./follow-up-decision";
import { recordAttendance } from "./record-attendance";
import { removeAttendee } from "./remove-attendee";
import { removeFicheReview } from "./remove-fiche-review";
import { reviewFiche } from "./review-fiche";
import { saveMinutes } from "./save-minutes";
import { updateDecision } from "./update-decision";
import { updateMeeting } from "./update-meeting";
import * as s from "./schemas";

export const createMeetingAction = authedAction
  .metadata({ actionName: "createMeetingAction" })
  .inputSchema(s.createMeetingSchema)
  .action(({ parsedInput, ctx }) => createMeeting(getDb(), ctx.actor, parsedInput));
export const updateMeetingAction = authedAction
  .metadata({ actionName: "updateMeetingAction" })
  .inputSchema(s.updateMeetingSchema)
  .action(({ parsedInput, ctx }) => updateMeeting(getDb(), ctx.actor, parsedInput));
export const changeMeetingStatusAction = authedAction
  .metadata({ actionName: "changeMeetingStatusAction" })
  .inputSchema(s.changeMeetingStatusSchema)
  .action(({ parsedInput, ctx }) => changeMeetingStatus(getDb(), ctx.actor, parsedInput));
export const addAttendeeAction = authedAction
  .metadata({ actionName: "addAttendeeAction" })
  .inputSchema(s.addAttendeeSchema)
  .action(({ parsedInput, ctx }) => addAttendee(getDb(), ctx.actor, parsedInput));
export const removeAttendeeAction = authedAction
  .metadata({ actionName: "removeAttendeeAction" })
  .inputSchema(s.removeAttendeeSchema)
  .action(({ parsedInput, ctx }) => removeAttendee(getDb(), ctx.actor, parsedInput));
export const recordAttendanceAction = authedAction
  .metadata({ actionName: "recordAttendanceAction" })
  .inputSchema(s.recordAttendanceSchema)
  .action(({ parsedInput, ctx }) => recordAttendance(getDb(), ctx.actor, parsedInput));
export const saveMinutesAction = authedAction
  .metadata({ actionName: "saveMinutesAction" })
  .inputSchema(s.saveMinutesSchema)
  .action(({ parsedInput, ctx }) => saveMinutes(getDb(), ctx.actor, parsedInput));
export const reviewFicheAction = authedAction
  .metadata({ actionName: "reviewFicheAction" })
  .inputSchema(s.reviewFicheSchema)
  .action(({ parsedInput, ctx }) => reviewFiche(getDb(), ctx.actor, parsedInput));
export const removeFicheReviewAction = authedAction
  .metadata({ actionName: "removeFicheReviewAction" })
  .inputSchema(s.removeFicheReviewSchema)
  .action(({ parsedInput, ctx }) => removeFicheReview(getDb(), ctx.actor, parsedInput));
export const addDecisionAction = authedAction
  .metadata({ actionName: "addDecisionAction" })
  .inputSchema(s.addDecisionSchema)
  .action(({ parsedInput, ctx }) => addDecision(getDb(), ctx.actor, parsedInput));
export const updateDecisionAction = authedAction
  .metadata({ actionName: "updateDecisionAction" })
  .inputSchema(s.updateDecisionSchema)
  .action(({ parsedInput, ctx }) => updateDecision(getDb(), ctx.actor, parsedInput));
export const followUpDecisionAction = authedAction
  .metadata({ actionName: "followUpDecisionAction" })
  .inputSchema(s.followUpDecisionSchema)
  .action(({ parsedInput, ctx }) => followUpDecision(getDb(), ctx.actor, parsedInput));
