import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { seriesByKey } from "../diagnostic/catalogue";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";
import type { SaveIndicatorValueData } from "./schemas";

/** Records (or corrects) the value of one year. The indicator is reached through its fiche's territory. */
export async function saveIndicatorValue(db: Db, actor: Actor, input: SaveIndicatorValueData) {
  const indicator = await db.indicator.findUnique({
    where: { id: input.indicatorId },
    select: { id: true, ficheId: true, kind: true, diagnosticSeries: true },
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
    // A linked indicator's values published by its series follow each import: typing over one would be lost at the
    // next import, so it is refused. A year the series does not publish (yet) can be typed; an import that
    // publishes it later replaces it.
    if (indicator.diagnosticSeries && before?.fromDiagnostic) {
      throw new AppError(
        "INVALID_STATE",
        `La valeur ${input.year} vient des données ouvertes du diagnostic (série « ${seriesByKey.get(indicator.diagnosticSeries)?.label ?? indicator.diagnosticSeries} ») et suit chaque import : détachez l'indicateur du diagnostic pour la saisir à la main.`,
      );
    }
    const data = { value: input.value, textValue: input.textValue, comment: input.comment, fromDiagnostic: false };
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
