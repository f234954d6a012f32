// The period sentence of an imported draft turned into fields bound to the data (lib/conventions/fields.ts).
import { fieldTag } from "../fields";
import { parseFrenchDate } from "./parse";

/**
 * The model's sentences that name the period, turned into fields: the "Durée" article of the model, of the
 * reference convention and of earlier versions of this product ("conclue à compter du 1er janvier 2027 jusqu'au
 * 31 décembre 2031 inclus", with or without "pour une durée de cinq ans"). With `period`, only a sentence that
 * names that very period is turned (an imported text is never made to say other dates than it did). Used on
 * imported drafts; the migration 20261201100000_convention_fields does the same on the drafts already stored.
 */
export function periodSentencesToFields(html: string, period?: { startDate: Date; endDate: Date }): string {
  const date = String.raw`((?:1er|\d{1,2})\s+[a-zéû]+\s+\d{4})`;
  const sentence = new RegExp(
    String.raw`(conclue?),?\s+(?:pour une durée de [^,<.]+,?\s+)?(?:à compter du|du)\s+${date}\s+(?:jusqu['’]au|au)\s+${date}(\s+inclus)?`,
    "gi",
  );
  return html.replace(sentence, (all, verb: string, from: string, to: string, inclusive: string | undefined) => {
    if (period) {
      const iso = (date: Date) => date.toISOString().slice(0, 10);
      if (parseFrenchDate(from) !== iso(period.startDate) || parseFrenchDate(to) !== iso(period.endDate)) return all;
    }
    return `${verb} pour une durée de ${fieldTag("duration")}, à compter du ${fieldTag("startDate")} jusqu'au ${fieldTag("endDate")}${inclusive ?? ""}`;
  });
}
