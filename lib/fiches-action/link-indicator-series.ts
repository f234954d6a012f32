import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";
import { QUALITATIVE_LINK_REFUSED, syncIfLinked } from "./save-indicator";
import type { LinkIndicatorSeriesData } from "./schemas";

/**
 * Links an indicator to a diagnostic series (its baseline and yearly values are filled from the series at once, then
 * after each import) or unlinks it: the values already taken stay, marked as coming from the open data, and are no
 * longer updated. The indicator is reached through its fiche's territory.
 */
export async function linkIndicatorSeries(db: Db, actor: Actor, input: LinkIndicatorSeriesData) {
  const indicator = await db.indicator.findUnique({ where: { id: input.indicatorId }, select: { ficheId: true } });
  if (!indicator) throw new AppError("NOT_FOUND", "Indicateur introuvable.");
  return editFicheChild(db, actor, indicator.ficheId, async (tx, fiche, audit, scope) => {
    const before = await tx.indicator.findFirst({
      where: { id: input.indicatorId, ficheId: fiche.id },
      select: { id: true, kind: true, diagnosticSeries: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "Indicateur introuvable.");
    if (input.diagnosticSeries && before.kind !== "QUANTITATIVE")
      throw new AppError("INVALID_INPUT", QUALITATIVE_LINK_REFUSED);
    if (before.diagnosticSeries !== input.diagnosticSeries) {
      await tx.indicator.update({ where: { id: before.id }, data: { diagnosticSeries: input.diagnosticSeries } });
      await audit("Indicator", before.id, "indicator.update", {
        diagnosticSeries: { old: before.diagnosticSeries, new: input.diagnosticSeries },
      });
    }
    await syncIfLinked(tx, actor, scope.territory.caisseId, before.id, input.diagnosticSeries);
    return { indicatorId: before.id, diagnosticSeries: input.diagnosticSeries };
  });
}
