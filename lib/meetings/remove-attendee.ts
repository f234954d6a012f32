import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { lockMeeting, requireMeetingForEdit } from "./meeting-access";
import { ofName } from "../typography";

/** Removes an invited member whose attendance is not recorded. */
export async function removeAttendee(db: Db, actor: Actor, input: { meetingId: string; attendeeId: string }) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting);
    const attendee = await tx.meetingAttendee.findFirst({ where: { id: input.attendeeId, meetingId: meeting.id } });
    if (!attendee) throw new AppError("NOT_FOUND", "Membre introuvable.");
    if (attendee.attendance !== "INVITED")
      throw new AppError(
        "INVALID_STATE",
        `La présence ${ofName(attendee.name)} est enregistrée : remettez-la à « Invité » avant de le retirer.`,
      );
    await tx.meetingAttendee.delete({ where: { id: attendee.id } });
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.uninvite", { name: attendee.name });
    return { meetingId: meeting.id };
  });
}
