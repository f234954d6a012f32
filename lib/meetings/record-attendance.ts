import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { bumpVersion, lockMeeting, requireMeetingForEdit } from "./meeting-access";
import { assertRecordable } from "./meeting-rules";
import type { RecordAttendanceData } from "./schemas";

/** Attendance of the members (present, excused, represented, absent), from the meeting's day on. */
export async function recordAttendance(db: Db, actor: Actor, input: RecordAttendanceData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    if (meeting.status === "CANCELLED" || input.entries.some((e) => e.attendance !== "INVITED"))
      assertRecordable(meeting, now, "la présence");
    const attendees = await tx.meetingAttendee.findMany({ where: { meetingId: meeting.id } });
    const byId = new Map(attendees.map((a) => [a.id, a]));
    if (input.entries.some((e) => !byId.has(e.attendeeId))) throw new AppError("NOT_FOUND", "Membre introuvable.");
    await bumpVersion(tx, meeting, input.version);
    const changes: Record<string, unknown> = {};
    for (const entry of input.entries) {
      const before = byId.get(entry.attendeeId)!;
      if (before.attendance === entry.attendance && before.representedBy === entry.representedBy) continue;
      await tx.meetingAttendee.update({
        where: { id: entry.attendeeId },
        data: { attendance: entry.attendance, representedBy: entry.representedBy },
      });
      changes[before.name] = { old: before.attendance, new: entry.attendance };
    }
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.attendance", changes);
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}
