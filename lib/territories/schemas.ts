import { cleanString, versionSchema, z } from "../zod-fr";

/** SIREN: 9 digits with a valid Luhn key. */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(value[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export const idSchema = cleanString("Identifiant")
  .trim()
  .min(1, "Identifiant manquant.")
  .max(64, "Identifiant invalide.");

export const updateTerritorySchema = z.object({
  territoryId: idSchema,
  version: versionSchema,
  name: cleanString("Nom")
    .trim()
    .min(2, "Le nom doit comporter au moins 2 caractères.")
    .max(200, "Le nom ne doit pas dépasser 200 caractères."),
  siren: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => value === "" || isValidSiren(value), "Le SIREN doit comporter 9 chiffres et une clé valide.")
    .transform((value) => value || null),
  population: z
    .union([z.literal(""), z.coerce.number({ error: "La population doit être un nombre." })])
    .transform((value) => (value === "" ? null : value))
    .refine(
      (value) => value === null || (Number.isInteger(value) && value >= 0 && value <= 10_000_000),
      "La population doit être un entier entre 0 et 10 000 000.",
    ),
});
export type UpdateTerritoryInput = z.input<typeof updateTerritorySchema>;
export type UpdateTerritoryData = z.output<typeof updateTerritorySchema>;

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on");

export const createTerritorySchema = z.object({
  caisseId: idSchema,
  /** SIREN of the EPCI chosen from the official list. */
  epciSiren: cleanString("Intercommunalité")
    .trim()
    .regex(/^\d{9}$/, "Choisissez une intercommunalité dans la liste."),
  name: cleanString("Nom")
    .trim()
    .min(2, "Le nom doit comporter au moins 2 caractères.")
    .max(200, "Le nom ne doit pas dépasser 200 caractères."),
  /** The EPCI has no member commune in the caisse's département: the admin confirms. */
  confirmOutside: checkbox,
  /** Adds the member communes to the partner directory, linked to the new territory. */
  addCommunes: checkbox,
});
export type CreateTerritoryInput = z.input<typeof createTerritorySchema>;
export type CreateTerritoryData = z.output<typeof createTerritorySchema>;
