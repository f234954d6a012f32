import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { requireTerritory } from "../auth/scope";
import type { Db } from "../db/client";
import { currentPlanConvention } from "../fiches-action/plan";
import { meetingChanged } from "../notifications/meetings";

import type { CreateMeetingData } from "./schemas";

/**
 * Schedules a meeting of the territory, attached to the convention in force on the meeting's day (not to an edition
 * that has not started); that convention's signatories' representatives are invited.
 */
export async function createMeeting(db: Db, actor: Actor, input: CreateMeetingData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "meeting.edit");
  const convention = await currentPlanConvention(db, scope, input.startsAt);
  const signatories =
    input.inviteSignatories && convention
      ? await db.signatory.findMany({
          where: { conventionId: convention.id },
          orderBy: { position: "asc" },
          select: { organisationId: true, representativeName: true, representativeTitle: true },
        })
      : [];
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        territoryId: scope.territory.id,
        conventionId: convention?.id ?? null,
        kind: input.kind,
        startsAt: input.startsAt,
        place: input.place,
        agendaItems: { create: input.agenda.map((title, index) => ({ position: index + 1, title })) },
        attendees: {
          create: signatories.map((s) => ({
            organisationId: s.organisationId,
            name: s.representativeName,
            title: s.representativeTitle,
          })),
        },
      },
    });
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.create", {
      kind: input.kind,
      startsAt: input.startsAt.toISOString(),
      place: input.place,
    });
    // Every invited member gets the convocation (PDF + calendar invitation), queued with this change.
    await meetingChanged(tx, actor.id, meeting.id, "scheduled");
    return { meetingId: meeting.id };
  });
}
