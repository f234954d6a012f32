import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { lockMeeting, requireMeetingForEdit } from "./meeting-access";
import { assertRecordable } from "./meeting-rules";
import type { ReviewFicheData } from "./schemas";

/** A fiche reviewed at a meeting; the review keeps the fiche's status at the time it is recorded. */
export async function reviewFiche(db: Db, actor: Actor, input: ReviewFicheData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    assertRecordable(meeting, now, "l'examen d'une fiche");
    const fiche = await tx.ficheAction.findFirst({
      where: { id: input.ficheId, territoryId: scope.territory.id },
      select: { id: true, number: true, status: true },
    });
    if (!fiche) throw new AppError("NOT_FOUND", "Fiche-action introuvable.");
    if (
      await tx.meetingFicheReview.findUnique({
        where: { meetingId_ficheId: { meetingId: meeting.id, ficheId: fiche.id } },
      })
    )
      throw new AppError("CONFLICT", `La fiche ${fiche.number} a déjà été examinée à cette réunion.`);
    const review = await tx.meetingFicheReview.create({
      data: { meetingId: meeting.id, ficheId: fiche.id, statusSnapshot: fiche.status, comment: input.comment },
    });
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.review", {
      fiche: fiche.number,
      status: fiche.status,
    });
    return { reviewId: review.id };
  });
}
