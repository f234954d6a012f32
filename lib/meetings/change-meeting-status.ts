import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { bumpVersion, lockMeeting, recordedAt, requireMeetingForEdit } from "./meeting-access";
import { meetingHasBegun } from "./meeting-rules";
import { meetingChanged } from "../notifications/meetings";
import type { ChangeMeetingStatusData } from "./schemas";

/** Planned, held or cancelled, under the rules of lib/meetings/meeting-rules.ts. */
export async function changeMeetingStatus(db: Db, actor: Actor, input: ChangeMeetingStatusData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    if (meeting.status === input.status) throw new AppError("INVALID_STATE", "La réunion a déjà ce statut.");
    if (input.status === "HELD" && !meetingHasBegun(meeting, now))
      throw new AppError("INVALID_STATE", "Une réunion ne peut être déclarée tenue qu'à partir de son jour.");
    if (input.status === "CANCELLED" && (await recordedAt(tx, meeting.id)) > 0) {
      throw new AppError(
        "INVALID_STATE",
        "Des présences, un compte rendu, des examens de fiches ou des décisions sont enregistrés à cette réunion : elle ne peut plus être annulée.",
      );
    }
    if (
      input.status === "PLANNED" &&
      meeting.status === "HELD" &&
      (await tx.decision.count({ where: { meetingId: meeting.id } })) +
        (await tx.decisionFollowUp.count({ where: { meetingId: meeting.id } })) >
        0
    ) {
      throw new AppError(
        "INVALID_STATE",
        "Des décisions ont été enregistrées à cette réunion : elle ne peut plus redevenir « prévue ».",
      );
    }
    await bumpVersion(tx, meeting, input.version, { status: input.status });
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.status", {
      status: { old: meeting.status, new: input.status },
    });
    // Cancelled: the calendar event is withdrawn; planned again after a cancellation: re-sent, with a higher SEQUENCE.
    if (input.status === "CANCELLED") await meetingChanged(tx, actor.id, meeting.id, "cancelled");
    else if (input.status === "PLANNED" && meeting.status === "CANCELLED")
      await meetingChanged(tx, actor.id, meeting.id, "moved");
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}
