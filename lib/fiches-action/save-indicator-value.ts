import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";
import type { SaveIndicatorValueData } from "./schemas";

/** Records (or corrects) the value of one year. The indicator is reached through its fiche's territory. */
export async function saveIndicatorValue(db: Db, actor: Actor, input: SaveIndicatorValueData) {
  const indicator = await db.indicator.findUnique({
    where: { id: input.indicatorId },
    select: { id: true, ficheId: true, kind: true },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "Indicateur introuvable.");
  return editFicheChild(db, actor, indicator.ficheId, async (tx, _fiche, audit) => {
    if (indicator.kind === "QUANTITATIVE" && input.value === null)
      throw new AppError("INVALID_INPUT", "Saisissez une valeur numérique.");
    if (indicator.kind === "QUALITATIVE" && !input.textValue)
      throw new AppError("INVALID_INPUT", "Saisissez une appréciation.");
    const before = await tx.indicatorValue.findUnique({
      where: { indicatorId_year: { indicatorId: indicator.id, year: input.year } },
    });
    const data = { value: input.value, textValue: input.textValue, comment: input.comment };
    await tx.indicatorValue.upsert({
      where: { indicatorId_year: { indicatorId: indicator.id, year: input.year } },
      create: { ...data, indicatorId: indicator.id, year: input.year },
      update: data,
    });
    await audit("Indicator", indicator.id, "indicator.value", {
      [`valeur ${input.year}`]: {
        old: before?.value?.toString() ?? before?.textValue ?? null,
        new: input.value ?? input.textValue,
      },
    });
    return { year: input.year };
  });
}
