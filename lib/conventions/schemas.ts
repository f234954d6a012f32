import { calendarDate, cleanString, optionalCalendarDate, optionalText, text, versionSchema, z } from "../zod-fr";
import { idSchema } from "../territories/schemas";

const richText = (label: string) =>
  cleanString(label).max(200_000, `${label} : texte trop long (200 000 caractères au plus).`);

export const conventionRef = { conventionId: idSchema, version: versionSchema };

export const createConventionSchema = z
  .object({
    territoryId: idSchema,
    mode: z.enum(["model", "renewal"], { error: "Choisissez un modèle ou une convention à renouveler." }),
    previousConventionId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => value || null),
    title: text("Titre", 300),
    // A renewal may leave the period empty: it then starts the day after the previous edition ends and lasts
    // five years (lib/conventions/in-force.ts); a draft from the model needs both dates.
    startDate: optionalCalendarDate("Date de début invalide (AAAA-MM-JJ)."),
    endDate: optionalCalendarDate("Date de fin invalide (AAAA-MM-JJ)."),
    place: optionalText("Lieu de signature", 120),
  })
  .refine((value) => value.mode === "renewal" || value.startDate, {
    path: ["startDate"],
    message: "Indiquez la date de début.",
  })
  .refine((value) => value.mode === "renewal" || value.endDate, {
    path: ["endDate"],
    message: "Indiquez la date de fin.",
  })
  .refine((value) => !value.startDate || !value.endDate || value.endDate > value.startDate, {
    path: ["endDate"],
    message: "La date de fin doit suivre la date de début.",
  })
  .refine((value) => value.mode === "model" || value.previousConventionId, {
    path: ["previousConventionId"],
    message: "Choisissez la convention à renouveler.",
  });
export type CreateConventionData = z.output<typeof createConventionSchema>;

export const updateConventionSchema = z
  .object({
    ...conventionRef,
    title: text("Titre", 300),
    startDate: calendarDate("Date de début invalide (AAAA-MM-JJ)."),
    endDate: calendarDate("Date de fin invalide (AAAA-MM-JJ)."),
    place: optionalText("Lieu de signature", 120),
    copies: z
      .union([
        z.literal("").transform(() => null),
        z.null(),
        z.coerce
          .number({ error: "Nombre d'exemplaires : nombre attendu." })
          .int("Nombre d'exemplaires : nombre entier attendu.")
          .min(1, "Nombre d'exemplaires : au moins 1.")
          .max(100, "Nombre d'exemplaires : 100 au plus."),
      ])
      .optional()
      .transform((value) => value ?? null),
  })
  .refine((value) => value.endDate > value.startDate, {
    path: ["endDate"],
    message: "La date de fin doit suivre la date de début.",
  });
export type UpdateConventionData = z.output<typeof updateConventionSchema>;

export const deleteDraftSchema = z.object({ ...conventionRef });
export type DeleteDraftData = z.output<typeof deleteDraftSchema>;

export const changeStatusSchema = z.object({
  ...conventionRef,
  to: z.enum(["DRAFT", "CONSULTATION", "VALIDATED", "SIGNED", "EXPIRED", "TERMINATED"], { error: "Statut inconnu." }),
  terminatedAt: optionalCalendarDate("Date de résiliation invalide (AAAA-MM-JJ)."),
});
export type ChangeStatusData = z.output<typeof changeStatusSchema>;

export const saveSignatorySchema = z.object({
  ...conventionRef,
  signatoryId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || null),
  organisationId: idSchema,
  bodyLabel: text("Intitulé dans le bloc de signature", 200),
  representativeName: text("Nom du représentant", 120),
  representativeTitle: text("Qualité du représentant", 120),
  representationText: optionalText("Formule de représentation", 400),
  designation: text("Désignation (ci-après dénommée…)", 120),
  mustDeliberate: z.coerce.boolean().default(true),
});
export type SaveSignatoryData = z.output<typeof saveSignatorySchema>;

export const removeSignatorySchema = z.object({ ...conventionRef, signatoryId: idSchema });
export const moveSignatorySchema = z.object({
  ...conventionRef,
  signatoryId: idSchema,
  direction: z.enum(["up", "down"]),
});

export const saveArticleSchema = z.object({
  conventionId: idSchema,
  articleId: idSchema,
  version: versionSchema,
  title: z.string({ error: "Titre : texte attendu." }).trim().max(300, "Titre : 300 caractères au plus."),
  body: richText("Texte"),
});
export type SaveArticleData = z.output<typeof saveArticleSchema>;

export const addArticleSchema = z.object({
  ...conventionRef,
  kind: z.enum(["VISA", "ARTICLE"], { error: "Type d'élément inconnu." }),
  title: z.string().trim().max(300, "Titre : 300 caractères au plus.").default(""),
  body: richText("Texte").default(""),
});
export const moveArticleSchema = z.object({ ...conventionRef, articleId: idSchema, direction: z.enum(["up", "down"]) });
export const removeArticleSchema = z.object({ ...conventionRef, articleId: idSchema });

export const saveAnnexSchema = z.object({
  ...conventionRef,
  annexId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || null),
  code: z
    .string()
    .trim()
    .regex(/^\d{1,2}[a-z]?$/, "Code d'annexe invalide (exemples : 1a, 3, 4)."),
  title: text("Titre de l'annexe", 300),
  content: z.enum(["TEXT", "FILE", "DELIBERATION", "FICHES_ACTION", "FACILITIES", "DIAGNOSTIC", "PAPER"], {
    error: "Contenu d'annexe inconnu.",
  }),
  body: richText("Texte de l'annexe")
    .optional()
    .transform((value) => value ?? null),
});
export type SaveAnnexData = z.output<typeof saveAnnexSchema>;
export const removeAnnexSchema = z.object({ ...conventionRef, annexId: idSchema });

type VoteCounts = {
  membersInOffice: number;
  membersPresent: number;
  membersVoting: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
};

/** Coherence of an assembly's counts, for convention and avenant deliberations alike. */
function checkVoteCounts(value: VoteCounts, ctx: z.RefinementCtx) {
  if (value.membersPresent > value.membersInOffice)
    ctx.addIssue({
      code: "custom",
      path: ["membersPresent"],
      message: "Les présents ne peuvent pas dépasser les membres en exercice.",
    });
  if (value.membersVoting > value.membersInOffice)
    ctx.addIssue({
      code: "custom",
      path: ["membersVoting"],
      message: "Les votants ne peuvent pas dépasser les membres en exercice.",
    });
  // Votants = présents + pouvoirs; a member present holds one proxy at most (CGCT, art. L. 2121-20), so
  // votants ≤ 2 × présents (D23.080: 24 présents, 30 votants).
  if (value.membersVoting > 2 * value.membersPresent)
    ctx.addIssue({
      code: "custom",
      path: ["membersVoting"],
      message: "Les votants ne peuvent pas dépasser deux fois les présents (un pouvoir par membre présent).",
    });
  const votes = value.votesFor + value.votesAgainst + value.abstentions;
  if (votes > value.membersVoting)
    ctx.addIssue({
      code: "custom",
      path: ["votesFor"],
      message: `Les voix exprimées et abstentions (${votes}) dépassent le nombre de votants (${value.membersVoting}).`,
    });
}

const count = (label: string, min = 0) =>
  z.coerce
    .number({ error: `${label} : nombre attendu.` })
    .int(`${label} : nombre entier attendu.`)
    .min(min, min ? `${label} : au moins ${min}.` : `${label} : nombre positif attendu.`);

export const ACTES_ID_PATTERN = /^\d{3}-\d{9}-\d{8}-[A-Za-z0-9_]{1,35}-[A-Z]{2}$/;

export const saveDeliberationSchema = z
  .object({
    ...conventionRef,
    signatoryId: idSchema,
    assembly: text("Assemblée", 200),
    sessionDate: calendarDate("Date de séance invalide (AAAA-MM-JJ)."),
    sessionTime: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/, "Heure de séance invalide (HH:MM).")
      .optional()
      .transform((v) => v || null),
    place: optionalText("Lieu", 200),
    chair: optionalText("Présidence", 200),
    number: text("Numéro de délibération", 40),
    membersInOffice: z.coerce
      .number({ error: "Membres en exercice : nombre attendu." })
      .int("Membres en exercice : nombre entier attendu.")
      .min(1, "Membres en exercice : au moins 1.")
      .max(2000, "Membres en exercice : 2 000 au plus."),
    membersPresent: z.coerce
      .number({ error: "Présents : nombre attendu." })
      .int("Présents : nombre entier attendu.")
      .min(0, "Présents : nombre positif attendu."),
    membersVoting: z.coerce
      .number({ error: "Votants : nombre attendu." })
      .int("Votants : nombre entier attendu.")
      .min(0, "Votants : nombre positif attendu."),
    votesFor: z.coerce
      .number({ error: "Voix pour : nombre attendu." })
      .int("Voix pour : nombre entier attendu.")
      .min(0, "Voix pour : nombre positif attendu."),
    votesAgainst: z.coerce
      .number({ error: "Voix contre : nombre attendu." })
      .int("Voix contre : nombre entier attendu.")
      .min(0, "Voix contre : nombre positif attendu."),
    abstentions: z.coerce
      .number({ error: "Abstentions : nombre attendu." })
      .int("Abstentions : nombre entier attendu.")
      .min(0, "Abstentions : nombre positif attendu."),
    nonParticipants: optionalText("Membres n'ayant pas pris part au vote", 1000),
    decisionText: optionalText("Texte de la décision", 10_000),
    sentToPrefectureAt: optionalCalendarDate("Date d'envoi en préfecture invalide (AAAA-MM-JJ)."),
    receivedByPrefectureAt: optionalCalendarDate("Date de réception en préfecture invalide (AAAA-MM-JJ)."),
    actesId: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine(
        (value) => value === null || ACTES_ID_PATTERN.test(value),
        "Identifiant ACTES invalide (ex. : 048-200069268-20231012-D23_080-DE).",
      ),
  })
  .superRefine((value, ctx) => {
    checkVoteCounts(value, ctx);
    if (value.sentToPrefectureAt && value.sentToPrefectureAt < value.sessionDate)
      ctx.addIssue({
        code: "custom",
        path: ["sentToPrefectureAt"],
        message: "L'envoi en préfecture ne peut pas précéder la séance.",
      });
    if (
      value.receivedByPrefectureAt &&
      (!value.sentToPrefectureAt || value.receivedByPrefectureAt < value.sentToPrefectureAt)
    )
      ctx.addIssue({
        code: "custom",
        path: ["receivedByPrefectureAt"],
        message: "La réception en préfecture doit suivre l'envoi.",
      });
    if (value.actesId && ACTES_ID_PATTERN.test(value.actesId)) {
      const stamp = value.actesId.split("-")[2];
      const session = value.sessionDate.toISOString().slice(0, 10).replace(/-/g, "");
      if (stamp !== session)
        ctx.addIssue({
          code: "custom",
          path: ["actesId"],
          message: "La date de l'identifiant ACTES ne correspond pas à la date de séance.",
        });
    }
  });
export type SaveDeliberationData = z.output<typeof saveDeliberationSchema>;

export const recordSignatureSchema = z.object({
  ...conventionRef,
  signatoryId: idSchema,
  signedAt: calendarDate("Date de signature invalide (AAAA-MM-JJ)."),
  signerName: text("Nom du signataire", 200),
});
export type RecordSignatureData = z.output<typeof recordSignatureSchema>;

export const verifyHashSchema = z.object({
  territoryId: idSchema,
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, "Empreinte SHA-256 invalide : 64 caractères hexadécimaux attendus."),
});

export const createAvenantSchema = z.object({
  conventionId: idSchema,
  /** The number the new avenant takes, as the form saw it: a double submit finds it taken and creates nothing. */
  expectedNumber: versionSchema,
  object: text("Objet de l'avenant", 2000),
  date: optionalCalendarDate("Date invalide (AAAA-MM-JJ)."),
});
export type CreateAvenantData = z.output<typeof createAvenantSchema>;

export const avenantRef = { avenantId: idSchema, version: versionSchema };

export const saveAvenantChangeSchema = z
  .object({
    ...avenantRef,
    changeId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => value || null),
    kind: z.enum(["REPLACE", "ADD"], { error: "Choisissez : remplacer un article ou en ajouter un." }),
    articleId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => value || null),
    title: text("Titre de l'article", 300),
    // Rich text from the editor: "<p></p>" is empty too (the server checks again once it is sanitised).
    body: richText("Texte").refine((value) => value.replace(/<[^>]*>|&nbsp;|\s/g, "") !== "", {
      message: "Saisissez le texte de l'article.",
    }),
  })
  .refine((value) => value.kind === "ADD" || value.articleId, {
    path: ["articleId"],
    message: "Choisissez l'article remplacé.",
  });
export type SaveAvenantChangeData = z.output<typeof saveAvenantChangeSchema>;

export const removeAvenantChangeSchema = z.object({ ...avenantRef, changeId: idSchema });
export const validateAvenantSchema = z.object({ ...avenantRef });

export const saveAvenantDeliberationSchema = z
  .object({
    ...avenantRef,
    signatoryId: idSchema,
    assembly: text("Assemblée", 200),
    sessionDate: calendarDate("Date de séance invalide (AAAA-MM-JJ)."),
    number: text("Numéro de délibération", 40),
    membersInOffice: count("Membres en exercice", 1),
    membersPresent: count("Présents"),
    membersVoting: count("Votants"),
    votesFor: count("Voix pour"),
    votesAgainst: count("Voix contre"),
    abstentions: count("Abstentions"),
  })
  .superRefine(checkVoteCounts);
export type SaveAvenantDeliberationData = z.output<typeof saveAvenantDeliberationSchema>;

export const signAvenantSchema = z.object({
  ...avenantRef,
  signatoryId: idSchema,
  signedAt: calendarDate("Date de signature invalide (AAAA-MM-JJ)."),
  signerName: text("Nom du signataire", 200),
});
export type SignAvenantData = z.output<typeof signAvenantSchema>;
