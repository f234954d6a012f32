import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { lockMeeting, requireMeetingForEdit } from "./meeting-access";

/** Removes a fiche review from a meeting. */
export async function removeFicheReview(db: Db, actor: Actor, input: { meetingId: string; reviewId: string }) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting);
    const review = await tx.meetingFicheReview.findFirst({
      where: { id: input.reviewId, meetingId: meeting.id },
      include: { fiche: { select: { number: true } } },
    });
    if (!review) throw new AppError("NOT_FOUND", "Examen introuvable.");
    await tx.meetingFicheReview.delete({ where: { id: review.id } });
    await auditFor(tx, actor, scope)("Meeting", meeting.id, "meeting.unreview", { fiche: review.fiche.number });
    return { meetingId: meeting.id };
  });
}
