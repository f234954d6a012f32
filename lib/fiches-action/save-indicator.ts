import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";
import type { SaveIndicatorData } from "./schemas";

/** Creates or edits an indicator of a fiche. */
export function saveIndicator(db: Db, actor: Actor, input: SaveIndicatorData) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, audit) => {
    const { ficheId: _f, indicatorId, ...data } = input;
    if (indicatorId) {
      const before = await tx.indicator.findFirst({ where: { id: indicatorId, ficheId: fiche.id } });
      if (!before) throw new AppError("NOT_FOUND", "Indicateur introuvable.");
      await tx.indicator.update({ where: { id: before.id }, data });
      await audit("Indicator", before.id, "indicator.update", diffFields(before, data));
      return { indicatorId: before.id };
    }
    const last = await tx.indicator.aggregate({ where: { ficheId: fiche.id }, _max: { position: true } });
    const indicator = await tx.indicator.create({
      data: { ...data, ficheId: fiche.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit("Indicator", indicator.id, "indicator.create", { name: data.name });
    return { indicatorId: indicator.id };
  });
}
