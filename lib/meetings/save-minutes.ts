import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { sanitizeRichText } from "../conventions/rich-text";
import type { Db } from "../db/client";
import { bumpVersion, lockMeeting, requireMeetingForEdit } from "./meeting-access";
import { assertRecordable } from "./meeting-rules";
import type { SaveMinutesData } from "./schemas";
import { minutesPublished } from "../notifications/events";

/** The minutes (rich text) of a meeting, from its day on. */
export async function saveMinutes(db: Db, actor: Actor, input: SaveMinutesData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  const minutes = sanitizeRichText(input.minutes) || null;
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    assertRecordable(meeting, now, "le compte rendu");
    const { minutes: previous } = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: { minutes: true },
    });
    await bumpVersion(tx, meeting, input.version, { minutes });
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.minutes");
    // Published: the first minutes of the meeting (later edits tell nobody again).
    if (!previous && minutes) await minutesPublished(tx, actor.id, meeting.id);
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}
