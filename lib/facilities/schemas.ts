import { calendarDate, euroAmount, optionalCalendarDate, z } from "../zod-fr";
import { idSchema } from "../territories/schemas";

export const FACILITY_TYPES = [
  "EAJE",
  "MICRO_CRECHE",
  "ALSH",
  "RPE",
  "LAEP",
  "LUDOTHEQUE",
  "ESPACE_JEUNES",
  "CENTRE_SOCIAL",
  "EVS",
  "FRANCE_SERVICES",
  "OTHER",
] as const;

const optionalDate = (label: string) => optionalCalendarDate(`${label} : date invalide (AAAA-MM-JJ).`);
const euros = (label: string) => euroAmount(label, 100_000_000);

export const saveFacilitySchema = z
  .object({
    territoryId: idSchema,
    facilityId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    name: z.string().trim().min(2, "Nom : au moins 2 caractères.").max(200, "Nom : 200 caractères au plus."),
    type: z.enum(FACILITY_TYPES, { error: "Type de structure inconnu." }),
    communeId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    managerName: z
      .string()
      .trim()
      .max(200, "Gestionnaire : 200 caractères au plus.")
      .optional()
      .transform((v) => v || null),
    capacity: z.preprocess(
      (v) => (v === "" || v === undefined ? null : typeof v === "string" || typeof v === "number" ? Number(v) : v),
      z
        .number({ error: "Places : nombre attendu." })
        .int("Places : nombre entier attendu.")
        .min(0, "Places : nombre positif attendu.")
        .max(10_000, "Places : 10 000 au plus.")
        .nullable(),
    ),
    openedOn: optionalDate("Ouverture"),
    closedOn: optionalDate("Fermeture"),
  })
  .refine((v) => !v.openedOn || !v.closedOn || v.closedOn >= v.openedOn, {
    path: ["closedOn"],
    message: "La fermeture ne peut pas précéder l'ouverture.",
  });
export type SaveFacilityData = z.output<typeof saveFacilitySchema>;

export const saveFundingRateSchema = z.object({
  territoryId: idSchema,
  facilityType: z.enum(FACILITY_TYPES, { error: "Type de structure inconnu." }),
  scope: z.enum(["territory", "caisse"], { error: "Portée inconnue." }).default("territory"),
  ratePerPlace: euros("Montant par place"),
  validFrom: calendarDate("Date d'effet invalide (AAAA-MM-JJ)."),
});
export type SaveFundingRateData = z.output<typeof saveFundingRateSchema>;

export const addFacilityFundingSchema = z.object({
  facilityId: idSchema,
  year: z.coerce
    .number({ error: "Année : année attendue." })
    .int("Année : année attendue.")
    .min(2000, "Année : 2000 ou après.")
    .max(2100, "Année : 2100 au plus."),
  kind: z.enum(["BONUS_TERRITOIRE", "OTHER"], { error: "Nature inconnue." }),
  label: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  amount: euros("Montant"),
});
export type AddFacilityFundingData = z.output<typeof addFacilityFundingSchema>;
