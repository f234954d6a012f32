import {
  calendarDate,
  euroAmount,
  optionalCalendarDate,
  optionalCalendarMonth,
  optionalText,
  versionSchema,
  z,
} from "../zod-fr";
import { idSchema } from "../territories/schemas";
import { seriesByKey } from "../diagnostic/catalogue";

export const THEMES = [
  "EARLY_CHILDHOOD",
  "CHILDHOOD",
  "YOUTH",
  "PARENTING",
  "ACCESS_TO_RIGHTS",
  "DIGITAL_INCLUSION",
  "SOCIAL_LIFE",
  "HOUSING",
  "DISABILITY",
  "SOCIAL_SUPPORT",
  "HEALTH",
  "MOBILITY",
] as const;
export const FICHE_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "POSTPONED", "ABANDONED", "BLOCKED"] as const;
export const PRIORITIES = ["LOW", "MEDIUM", "HIGH"] as const;

/** "2025-03" (month precision), stored as the first day of the month. */
const month = (label: string) => optionalCalendarMonth(`${label} : mois attendu (AAAA-MM).`);

/** An optional number from a form: "" → null; "12,5" → 12.5; text → a French message naming the field. */
const optionalNumber = (label: string, check: (n: z.ZodNumber) => z.ZodNumber = (n) => n) =>
  z.preprocess(
    (v) =>
      v === "" || v === undefined || v === null
        ? null
        : typeof v === "string"
          ? Number(v.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."))
          : v,
    check(z.number({ error: `${label} : nombre attendu.` })).nullable(),
  );
const optionalYear = (label: string) =>
  optionalNumber(label, (n) =>
    n.int(`${label} : année attendue.`).min(2000, `${label} : 2000 ou après.`).max(2100, `${label} : 2100 au plus.`),
  );

const manyOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values, { error: message })),
  );

const ids = z.preprocess(
  (v) =>
    v === undefined || v === null || v === ""
      ? []
      : Array.isArray(v)
        ? v
        : typeof v === "string"
          ? v.split(",").filter(Boolean)
          : v,
  z.array(idSchema).max(200),
);

export const ficheFieldsSchema = z
  .object({
    number: z
      .string({ error: "Numéro : texte attendu." })
      .trim()
      .min(1, "Numéro : champ obligatoire.")
      .max(20, "Numéro : 20 caractères au plus.")
      .regex(/^[0-9A-Za-z.\-]+$/, "Numéro : chiffres, lettres, points ou tirets (ex. : 2.1)."),
    title: z
      .string({ error: "Titre : texte attendu." })
      .trim()
      .min(3, "Titre : au moins 3 caractères.")
      .max(300, "Titre : 300 caractères au plus."),
    themes: manyOf(THEMES, "Thématique inconnue.").refine((v) => v.length > 0, "Choisissez au moins une thématique."),
    axisId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    findings: optionalText("Constats du diagnostic", 5000),
    generalObjective: optionalText("Objectif général", 5000),
    operationalObjectives: optionalText("Objectifs opérationnels", 5000),
    description: optionalText("Description", 10_000),
    targetPublic: optionalText("Public visé", 1000),
    communeIds: ids,
    pilotOrganisationId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    copilotOrganisationId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    partnerIds: ids,
    fte: optionalNumber("ETP", (n) => n.min(0, "ETP : nombre positif attendu.").max(999, "ETP : 999 au plus.")),
    startMonth: month("Début"),
    endMonth: month("Fin"),
    priority: z.enum(PRIORITIES, { error: "Priorité inconnue." }).default("MEDIUM"),
  })
  .refine((v) => !v.startMonth || !v.endMonth || v.endMonth >= v.startMonth, {
    path: ["endMonth"],
    message: "La fin ne peut pas précéder le début.",
  })
  .refine((v) => !v.copilotOrganisationId || v.copilotOrganisationId !== v.pilotOrganisationId, {
    path: ["copilotOrganisationId"],
    message: "Le co-pilote doit différer du pilote.",
  });

export const createFicheSchema = z.intersection(z.object({ conventionId: idSchema }), ficheFieldsSchema);
export type CreateFicheData = z.output<typeof createFicheSchema>;
export const updateFicheSchema = z.intersection(
  z.object({ ficheId: idSchema, version: versionSchema }),
  ficheFieldsSchema,
);
export type UpdateFicheData = z.output<typeof updateFicheSchema>;

export const changeFicheStatusSchema = z.object({
  ficheId: idSchema,
  version: versionSchema,
  status: z.enum(FICHE_STATUSES, { error: "Statut inconnu." }),
  comment: optionalText("Commentaire", 2000),
});
export type ChangeFicheStatusData = z.output<typeof changeFicheStatusSchema>;

export const bulkStatusSchema = z.object({
  territoryId: idSchema,
  ficheIds: z
    .array(idSchema, { error: "Sélection invalide." })
    .min(1, "Sélectionnez au moins une fiche.")
    .max(500, "500 fiches au plus à la fois."),
  status: z.enum(FICHE_STATUSES, { error: "Statut inconnu." }),
  comment: optionalText("Commentaire", 2000),
});
export type BulkStatusData = z.output<typeof bulkStatusSchema>;

export const addNoteSchema = z.object({
  ficheId: idSchema,
  date: calendarDate("Date invalide (AAAA-MM-JJ)."),
  body: z
    .string({ error: "Note : texte attendu." })
    .trim()
    .min(1, "Note : champ obligatoire.")
    .max(5000, "Note : 5 000 caractères au plus."),
});

export const saveStepSchema = z.object({
  ficheId: idSchema,
  stepId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  title: z.string().trim().min(1, "Étape : intitulé obligatoire.").max(300, "Étape : 300 caractères au plus."),
  dueDate: optionalCalendarDate("Échéance invalide (AAAA-MM-JJ)."),
  done: z.coerce.boolean().default(false),
});

const amount = (label: string) => euroAmount(label, 1_000_000_000);

/** A series of the diagnostic's catalogue (lib/diagnostic/catalogue.ts), or none (empty: not linked). */
const diagnosticSeriesKey = z
  .string({ error: "Série du diagnostic : texte attendu." })
  .trim()
  .max(40, "Série du diagnostic inconnue.")
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || seriesByKey.has(v), "Série du diagnostic inconnue.");

export const saveIndicatorSchema = z.object({
  ficheId: idSchema,
  indicatorId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  name: z
    .string()
    .trim()
    .min(2, "Nom de l'indicateur : au moins 2 caractères.")
    .max(300, "Nom : 300 caractères au plus."),
  unit: optionalText("Unité", 40),
  kind: z.enum(["QUANTITATIVE", "QUALITATIVE"], { error: "Type d'indicateur inconnu." }).default("QUANTITATIVE"),
  baselineValue: optionalNumber("Valeur de référence"),
  baselineYear: optionalYear("Année de référence"),
  targetValue: optionalNumber("Cible"),
  targetYear: optionalYear("Année cible"),
  source: optionalText("Source", 300),
  frequency: z
    .enum(["MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY", "ONCE"], { error: "Fréquence inconnue." })
    .default("YEARLY"),
  diagnosticSeries: diagnosticSeriesKey,
});
export type SaveIndicatorData = z.output<typeof saveIndicatorSchema>;

export const saveIndicatorValueSchema = z.object({
  indicatorId: idSchema,
  year: z.coerce
    .number({ error: "Année : année attendue." })
    .int("Année : année attendue.")
    .min(2000, "Année : 2000 ou après.")
    .max(2100, "Année : 2100 au plus."),
  value: optionalNumber("Valeur"),
  textValue: optionalText("Valeur (qualitative)", 2000),
  comment: optionalText("Commentaire", 2000),
});
export type SaveIndicatorValueData = z.output<typeof saveIndicatorValueSchema>;

/** Links an indicator to a diagnostic series (its baseline and yearly values then follow it), or unlinks it. */
export const linkIndicatorSeriesSchema = z.object({
  indicatorId: idSchema,
  diagnosticSeries: diagnosticSeriesKey,
});
export type LinkIndicatorSeriesData = z.output<typeof linkIndicatorSeriesSchema>;

export const saveBudgetLineSchema = z.object({
  ficheId: idSchema,
  lineId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  year: z.coerce
    .number({ error: "Année : année attendue." })
    .int("Année : année attendue.")
    .min(2000, "Année : 2000 ou après.")
    .max(2100, "Année : 2100 au plus."),
  funderOrganisationId: idSchema,
  nature: z.enum(["OPERATING", "INVESTMENT"], { error: "Nature inconnue." }).default("OPERATING"),
  planned: amount("Prévu"),
  actual: z.preprocess((v) => (v === "" || v === undefined ? null : v), amount("Réalisé").nullable()),
});
export type SaveBudgetLineData = z.output<typeof saveBudgetLineSchema>;

export const removeFicheChildSchema = z.object({ ficheId: idSchema, childId: idSchema });

/** The list's filters, read from the URL. Unknown values are dropped rather than refused. */
export const ficheFiltersSchema = z.object({
  theme: z.enum(THEMES).optional().catch(undefined),
  axe: z.string().max(64).optional().catch(undefined),
  statut: z.enum(FICHE_STATUSES).optional().catch(undefined),
  pilote: z.string().max(64).optional().catch(undefined),
  priorite: z.enum(PRIORITIES).optional().catch(undefined),
  retard: z.enum(["1"]).optional().catch(undefined),
  /** Drill-down from the dashboards: one convention's plan, the fiches a funder finances (in a year). */
  convention: z.string().max(64).optional().catch(undefined),
  financeur: z.string().max(64).optional().catch(undefined),
  annee: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  tri: z.enum(["numero", "titre", "statut", "fin", "priorite"]).optional().catch(undefined),
  ordre: z.enum(["asc", "desc"]).optional().catch(undefined),
});
export type FicheFilters = z.output<typeof ficheFiltersSchema>;
