import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db, Tx } from "../db/client";
import { syncLinkedIndicators } from "../diagnostic/indicators";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";
import type { SaveIndicatorData } from "./schemas";

export const QUALITATIVE_LINK_REFUSED =
  "Seul un indicateur quantitatif peut reprendre les valeurs du diagnostic : choisissez le type « Quantitatif » ou aucune série.";

/**
 * Creates or edits an indicator of a fiche. Linked to a diagnostic series, its baseline and yearly values are taken
 * from the series at once, in the same transaction (lib/diagnostic/indicators.ts), and again after each import.
 */
export function saveIndicator(db: Db, actor: Actor, input: SaveIndicatorData) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, audit, scope) => {
    const { ficheId: _f, indicatorId, ...data } = input;
    if (data.diagnosticSeries && data.kind !== "QUANTITATIVE")
      throw new AppError("INVALID_INPUT", QUALITATIVE_LINK_REFUSED);
    if (indicatorId) {
      const before = await tx.indicator.findFirst({ where: { id: indicatorId, ficheId: fiche.id } });
      if (!before) throw new AppError("NOT_FOUND", "Indicateur introuvable.");
      await tx.indicator.update({ where: { id: before.id }, data });
      await audit("Indicator", before.id, "indicator.update", diffFields(before, data));
      await syncIfLinked(tx, actor, scope.territory.caisseId, before.id, data.diagnosticSeries);
      return { indicatorId: before.id };
    }
    const last = await tx.indicator.aggregate({ where: { ficheId: fiche.id }, _max: { position: true } });
    const indicator = await tx.indicator.create({
      data: { ...data, ficheId: fiche.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit("Indicator", indicator.id, "indicator.create", { name: data.name });
    await syncIfLinked(tx, actor, scope.territory.caisseId, indicator.id, data.diagnosticSeries);
    return { indicatorId: indicator.id };
  });
}

/** Fills a linked indicator's baseline and yearly values from its series (nothing to do when not linked). */
export async function syncIfLinked(
  tx: Tx,
  actor: Actor,
  caisseId: string,
  indicatorId: string,
  series: string | null,
): Promise<void> {
  if (series) await syncLinkedIndicators(tx, actor, caisseId, { indicatorId });
}
