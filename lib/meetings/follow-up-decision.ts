import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { lockMeeting, requireDecisionForEdit } from "./meeting-access";
import { assertRecordable } from "./meeting-rules";
import { CLOSED_DECISION_STATUSES, type FollowUpDecisionData } from "./schemas";

/** The follow-up of an open decision at a later meeting; a closing status closes it. */
export async function followUpDecision(db: Db, actor: Actor, input: FollowUpDecisionData, now = new Date()) {
  const { scope, decision } = await requireDecisionForEdit(db, actor, input.decisionId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, { id: input.meetingId, territoryId: scope.territory.id });
    assertRecordable(meeting, now, "le suivi d'une décision");
    if (meeting.startsAt <= decision.meeting.startsAt)
      throw new AppError("INVALID_STATE", "Une décision se suit lors d'une réunion postérieure à celle qui l'a prise.");
    if (await tx.decisionFollowUp.findFirst({ where: { decisionId: decision.id, meetingId: meeting.id } }))
      throw new AppError("CONFLICT", "Le suivi de cette décision a déjà été enregistré à cette réunion.");
    // Follow-ups are recorded in the order of the meetings: the decision's status is always the latest meeting's.
    if (
      await tx.decisionFollowUp.findFirst({
        where: { decisionId: decision.id, meeting: { startsAt: { gt: meeting.startsAt } } },
      })
    ) {
      throw new AppError(
        "INVALID_STATE",
        "Cette décision a déjà été suivie lors d'une réunion postérieure : son suivi ne peut plus être enregistré à celle-ci.",
      );
    }
    const closing = (CLOSED_DECISION_STATUSES as readonly string[]).includes(input.statusAfter);
    const updated = await tx.decision.updateMany({
      where: { id: decision.id, version: input.version, status: { notIn: [...CLOSED_DECISION_STATUSES] } },
      data: { status: input.statusAfter, closedAt: closing ? meeting.startsAt : null, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Cette décision a été modifiée par quelqu'un d'autre entre-temps : rechargez la page.",
      );
    await tx.decisionFollowUp.create({
      data: { decisionId: decision.id, meetingId: meeting.id, statusAfter: input.statusAfter, comment: input.comment },
    });
    await auditFor(tx, actor, scope)("Decision", decision.id, "decision.followUp", {
      status: { old: decision.status, new: input.statusAfter },
    });
    return { decisionId: decision.id, version: input.version + 1 };
  });
}
