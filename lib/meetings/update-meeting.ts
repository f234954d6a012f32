import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { bumpVersion, lockMeeting, recordedAt, requireMeetingForEdit } from "./meeting-access";
import { meetingHasBegun } from "./meeting-rules";
import { meetingChanged } from "../notifications/meetings";
import type { UpdateMeetingData } from "./schemas";

/** Kind, date, place and agenda of a meeting; its date is fixed once anything is recorded at it. */
export async function updateMeeting(db: Db, actor: Actor, input: UpdateMeetingData) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting);
    const before = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      include: { agendaItems: { orderBy: { position: "asc" } } },
    });
    if (before.startsAt.getTime() !== input.startsAt.getTime() && (await recordedAt(tx, meeting.id)) > 0) {
      throw new AppError(
        "INVALID_STATE",
        "Des présences, un compte rendu, des examens de fiches ou des décisions sont enregistrés à cette réunion : sa date ne peut plus changer.",
      );
    }
    if (before.status === "HELD" && !meetingHasBegun({ startsAt: input.startsAt }))
      throw new AppError("INVALID_STATE", "Une réunion tenue ne peut pas être déplacée dans le futur.");
    await bumpVersion(tx, meeting, input.version, { kind: input.kind, startsAt: input.startsAt, place: input.place });
    const agendaBefore = before.agendaItems.map((a) => a.title);
    if (JSON.stringify(agendaBefore) !== JSON.stringify(input.agenda)) {
      await tx.meetingAgendaItem.deleteMany({ where: { meetingId: meeting.id } });
      await tx.meetingAgendaItem.createMany({
        data: input.agenda.map((title, index) => ({ meetingId: meeting.id, position: index + 1, title })),
      });
    }
    const changes = {
      ...diffFields(
        { kind: before.kind, startsAt: before.startsAt, place: before.place },
        { kind: input.kind, startsAt: input.startsAt, place: input.place },
      ),
      ...(JSON.stringify(agendaBefore) !== JSON.stringify(input.agenda)
        ? { agenda: { old: agendaBefore, new: input.agenda } }
        : {}),
    };
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.update", changes);
    // A planned meeting that moves (day, time or place): the same calendar event, updated, for every member.
    if (before.status === "PLANNED" && ("startsAt" in changes || "place" in changes || "kind" in changes))
      await meetingChanged(tx, actor.id, meeting.id, "moved");
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}
