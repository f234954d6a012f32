import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { lockMeeting, requireMeetingForEdit } from "./meeting-access";
import type { AddAttendeeData } from "./schemas";
import { meetingChanged } from "../notifications/meetings";

/** Invites a member (or an adviser, à titre consultatif) to a meeting. */
export async function addAttendee(db: Db, actor: Actor, input: AddAttendeeData) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const locked = await lockMeeting(tx, meeting);
    if (locked.status === "CANCELLED")
      throw new AppError("INVALID_STATE", "Réunion annulée : impossible d'ajouter un membre.");
    if (
      input.organisationId &&
      !(await tx.organisation.findFirst({ where: { id: input.organisationId, caisseId: scope.territory.caisseId } }))
    )
      throw new AppError("NOT_FOUND", "Organisation introuvable.");
    const attendee = await tx.meetingAttendee.create({
      data: {
        meetingId: meeting.id,
        organisationId: input.organisationId,
        name: input.name,
        title: input.title,
        isAdviser: input.isAdviser,
        email: input.email,
      },
    });
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.invite", {
      name: input.name,
      isAdviser: input.isAdviser,
    });
    // Invited to a meeting still to come: the convocation, at the current SEQUENCE of the calendar event.
    if (locked.status === "PLANNED") await meetingChanged(tx, actor.id, meeting.id, "scheduled", [attendee.id]);
    return { attendeeId: attendee.id };
  });
}
