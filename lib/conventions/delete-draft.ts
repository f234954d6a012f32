import type { Actor } from "../auth/actor";
import { auditFor } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertVersion, lockConvention, requireConvention } from "./access";
import type { DeleteDraftData } from "./schemas";
import { isTextEditable } from "./status";

/**
 * Deletes a convention that was never validated (a draft, or one in concertation), with its articles, signatories
 * and annexes. Never a validated or signed one. Refused while it carries follow-up work that would be lost with it
 * (indicator values or notes on its fiches-action, meetings attached to it).
 */
export async function deleteDraftConvention(db: Db, actor: Actor, input: DeleteDraftData) {
  const { scope } = await requireConvention(db, actor, input.conventionId, "convention.edit");
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, input.conventionId, scope.territory.id);
    assertVersion(convention, input.version);
    if (!isTextEditable(convention.status)) {
      throw new AppError(
        "INVALID_STATE",
        "Seul un brouillon (ou une convention en concertation) peut être supprimé : une convention validée ou signée est conservée.",
      );
    }
    const [values, notes, meetings] = [
      await tx.indicatorValue.count({ where: { indicator: { fiche: { conventionId: convention.id } } } }),
      await tx.ficheNote.count({ where: { fiche: { conventionId: convention.id } } }),
      await tx.meeting.count({ where: { conventionId: convention.id } }),
    ];
    if (values + notes + meetings > 0) {
      throw new AppError(
        "INVALID_STATE",
        "Ce brouillon porte déjà un suivi (valeurs d'indicateurs, notes ou réunions) : il ne peut pas être supprimé.",
      );
    }
    const details = await tx.convention.findUniqueOrThrow({
      where: { id: convention.id },
      select: { title: true, edition: true, startDate: true, endDate: true },
    });
    await tx.convention.delete({ where: { id: convention.id } });
    await auditFor(tx, actor, scope)("Convention", convention.id, "convention.delete", {
      title: details.title,
      edition: details.edition,
      startDate: details.startDate.toISOString().slice(0, 10),
      endDate: details.endDate.toISOString().slice(0, 10),
    });
    return { deleted: true };
  });
}
