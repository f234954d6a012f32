// Input of the diagnostic's findings (the caisse's, per theme) and partners' contributions: zod, French messages.
import { idSchema } from "../territories/schemas";
import { cleanString, versionFrom, z } from "../zod-fr";

export const DIAGNOSTIC_THEMES = ["PETITE_ENFANCE", "FAMILLES", "LOGEMENT", "MINIMA_SOCIAUX"] as const;

/** Longest findings of one theme (HTML as the editor sends it). */
export const FINDING_MAX_LENGTH = 50_000;
/** Longest contribution (plain text, as typed). */
export const CONTRIBUTION_MAX_LENGTH = 4_000;

const theme = z.enum(DIAGNOSTIC_THEMES, { error: "Thème du diagnostic inconnu." });

/**
 * The version the findings were loaded with: 0 when the theme had none yet (the first save creates them), as a
 * number or its digits.
 */
const findingVersion = versionFrom(0);

export const saveFindingSchema = z.object({
  territoryId: idSchema,
  theme,
  version: findingVersion,
  body: cleanString("Constats").max(
    FINDING_MAX_LENGTH,
    `Constats : ${FINDING_MAX_LENGTH.toLocaleString("fr-FR")} caractères au plus.`,
  ),
});
export type SaveFindingData = z.output<typeof saveFindingSchema>;

export const addContributionSchema = z.object({
  territoryId: idSchema,
  theme,
  body: cleanString("Contribution")
    .trim()
    .min(3, "Contribution : au moins 3 caractères.")
    .max(
      CONTRIBUTION_MAX_LENGTH,
      `Contribution : ${CONTRIBUTION_MAX_LENGTH.toLocaleString("fr-FR")} caractères au plus.`,
    ),
});
export type AddContributionData = z.output<typeof addContributionSchema>;

export const deleteContributionSchema = z.object({ contributionId: idSchema });
export type DeleteContributionData = z.output<typeof deleteContributionSchema>;
