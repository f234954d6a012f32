import { isValidSiren, idSchema } from "../territories/schemas";
import { optionalText, text, versionSchema, z } from "../zod-fr";

export const ORGANISATION_KINDS = [
  "CAISSE",
  "EPCI",
  "COMMUNE",
  "DEPARTEMENT",
  "MSA",
  "DSDEN",
  "CPAM",
  "CCAS",
  "CIAS",
  "SYNDICAT",
  "UDAF",
  "ASSOCIATION",
  "STATE",
  "OTHER",
] as const;

/**
 * Optional SIREN: 9 digits with a valid Luhn key (spaces ignored). La Poste's exception concerns its SIRET numbers
 * (checked by the sum of their digits); its SIREN, 356 000 000, passes the Luhn check like any other.
 */
const sirenField = z
  .string({ error: "SIREN : texte attendu." })
  .trim()
  .optional()
  .transform((value) => (value ?? "").replace(/\s/g, ""))
  .refine((value) => value === "" || isValidSiren(value), "Le SIREN doit comporter 9 chiffres et une clé valide.")
  .transform((value) => value || null);

/** Empty: the partner is caisse-wide (Département, MSA, CPAM); else the one territory it belongs to. */
const territoryField = z
  .string({ error: "Territoire : texte attendu." })
  .trim()
  .max(64, "Territoire invalide.")
  .optional()
  .transform((value) => value || null);

const fields = {
  kind: z.enum(ORGANISATION_KINDS, { error: "Choisissez le type de partenaire." }),
  name: text("Nom", 200, 2),
  shortName: optionalText("Nom court", 80),
  siren: sirenField,
  territoryId: territoryField,
};

export const createOrganisationSchema = z.object({ caisseId: idSchema, ...fields });
export const updateOrganisationSchema = z.object({
  caisseId: idSchema,
  organisationId: idSchema,
  version: versionSchema,
  ...fields,
});
export const deleteOrganisationSchema = z.object({
  caisseId: idSchema,
  organisationId: idSchema,
  version: versionSchema,
});

export type CreateOrganisationData = z.output<typeof createOrganisationSchema>;
export type UpdateOrganisationData = z.output<typeof updateOrganisationSchema>;
export type DeleteOrganisationData = z.output<typeof deleteOrganisationSchema>;
