import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { checkOwner, lockMeeting, requireMeetingForEdit } from "./meeting-access";
import { assertRecordable } from "./meeting-rules";
import type { AddDecisionData } from "./schemas";
import { decisionAssigned } from "../notifications/events";

/** A decision taken at a meeting (from its day on), with its owner and due date. */
export async function addDecision(db: Db, actor: Actor, input: AddDecisionData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    assertRecordable(meeting, now, "une décision");
    await checkOwner(tx, scope, input.ownerOrganisationId);
    const decision = await tx.decision.create({
      data: {
        territoryId: scope.territory.id,
        meetingId: meeting.id,
        text: input.text,
        ownerName: input.ownerName,
        ownerOrganisationId: input.ownerOrganisationId,
        dueDate: input.dueDate,
      },
    });
    await auditFor(tx, actor, scope)("Decision", decision.id, "decision.create", { text: input.text });
    await decisionAssigned(tx, actor.id, decision);
    return { decisionId: decision.id };
  });
}
