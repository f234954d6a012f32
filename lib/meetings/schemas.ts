import { parisTime } from "../dates";
import { optionalText, text, versionSchema, z } from "../zod-fr";
import { idSchema } from "../territories/schemas";

export const MEETING_KINDS = ["COPIL", "COTECH"] as const;
export const ATTENDANCES = ["INVITED", "PRESENT", "EXCUSED", "REPRESENTED", "ABSENT"] as const;
export const DECISION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export const CLOSED_DECISION_STATUSES = ["DONE", "CANCELLED"] as const;

const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .nullable()
  .transform((v) => v || null);

const dateText = (label: string) =>
  z
    .string({ error: `${label} : date attendue.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} : date attendue (JJ/MM/AAAA).`);
const optionalDate = (label: string) =>
  z
    .union([z.literal(""), z.null(), dateText(label)])
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const date = new Date(`${v}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v) {
        ctx.addIssue({ code: "custom", message: `${label} : date invalide.` });
        return z.NEVER;
      }
      return date;
    });

/** Agenda from a textarea: one item per line, blank lines ignored. */
const agenda = z
  .string({ error: "Ordre du jour : texte attendu." })
  .max(5000, "Ordre du jour : 5 000 caractères au plus.")
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .refine((items) => items.length <= 30, "Ordre du jour : 30 points au plus.")
  .refine((items) => items.every((item) => item.length <= 300), "Ordre du jour : 300 caractères au plus par point.");

const meetingFields = z
  .object({
    kind: z.enum(MEETING_KINDS, { error: "Type de comité inconnu." }),
    date: dateText("Date"),
    time: z
      .string({ error: "Heure : heure attendue." })
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure : heure attendue (HH:MM)."),
    place: text("Lieu", 300, 2),
    agenda,
  })
  .refine(
    (v) =>
      !Number.isNaN(new Date(`${v.date}T00:00:00Z`).getTime()) &&
      new Date(`${v.date}T00:00:00Z`).toISOString().slice(0, 10) === v.date,
    { path: ["date"], message: "Date : date invalide." },
  )
  .refine((v) => v.date >= "2000-01-01" && v.date <= "2100-12-31", {
    path: ["date"],
    message: "Date : entre 2000 et 2100.",
  })
  .transform(({ date, time, ...rest }) => ({ ...rest, startsAt: parisTime(date, time) }));

export const createMeetingSchema = z.intersection(
  z.object({
    territoryId: idSchema,
    /** Invite the representatives of the current convention's signatories. */
    inviteSignatories: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(true),
  }),
  meetingFields,
);
export type CreateMeetingData = z.output<typeof createMeetingSchema>;

export const updateMeetingSchema = z.intersection(
  z.object({ meetingId: idSchema, version: versionSchema }),
  meetingFields,
);
export type UpdateMeetingData = z.output<typeof updateMeetingSchema>;

export const changeMeetingStatusSchema = z.object({
  meetingId: idSchema,
  version: versionSchema,
  status: z.enum(["PLANNED", "HELD", "CANCELLED"], { error: "Statut inconnu." }),
});
export type ChangeMeetingStatusData = z.output<typeof changeMeetingStatusSchema>;

export const addAttendeeSchema = z.object({
  meetingId: idSchema,
  organisationId: optionalId,
  name: text("Nom", 200, 2),
  title: optionalText("Qualité", 200),
  /** Where the convocation is sent (a partner's representative may have no account). */
  email: z
    .union([
      z.literal(""),
      z.null(),
      z.email({ error: "E-mail : adresse invalide." }).max(254, "E-mail : 254 caractères au plus."),
    ])
    .optional()
    .transform((v) => (v ? v.trim().toLowerCase() : null)),
  isAdviser: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});
export type AddAttendeeData = z.output<typeof addAttendeeSchema>;

export const removeAttendeeSchema = z.object({ meetingId: idSchema, attendeeId: idSchema });

export const recordAttendanceSchema = z.object({
  meetingId: idSchema,
  version: versionSchema,
  entries: z
    .array(
      z
        .object({
          attendeeId: idSchema,
          attendance: z.enum(ATTENDANCES, { error: "Présence : valeur inconnue." }),
          representedBy: optionalText("Représenté par", 200),
        })
        .transform((e) => ({ ...e, representedBy: e.attendance === "REPRESENTED" ? e.representedBy : null })),
      { error: "Liste de présence attendue." },
    )
    .min(1, "Aucun membre à enregistrer.")
    .max(200)
    .refine(
      (entries) => new Set(entries.map((e) => e.attendeeId)).size === entries.length,
      "Un membre figure deux fois.",
    )
    // Checked on the whole list so that the message reaches the form (flattened errors keep the first level only).
    .refine(
      (entries) => entries.every((e) => e.attendance !== "REPRESENTED" || !!e.representedBy),
      "Indiquez par qui la personne est représentée.",
    ),
});
export type RecordAttendanceData = z.output<typeof recordAttendanceSchema>;

export const saveMinutesSchema = z.object({
  meetingId: idSchema,
  version: versionSchema,
  minutes: z
    .string({ error: "Compte rendu : texte attendu." })
    .max(200_000, "Compte rendu : 200 000 caractères au plus."),
});
export type SaveMinutesData = z.output<typeof saveMinutesSchema>;

export const reviewFicheSchema = z.object({
  meetingId: idSchema,
  ficheId: idSchema,
  comment: optionalText("Commentaire", 2000),
});
export type ReviewFicheData = z.output<typeof reviewFicheSchema>;

export const removeFicheReviewSchema = z.object({ meetingId: idSchema, reviewId: idSchema });

const decisionFields = {
  text: text("Décision", 2000, 3),
  ownerName: optionalText("Responsable", 200),
  ownerOrganisationId: optionalId,
  dueDate: optionalDate("Échéance"),
};

export const addDecisionSchema = z
  .object({ meetingId: idSchema, ...decisionFields })
  .refine((v) => v.ownerName || v.ownerOrganisationId, {
    path: ["ownerName"],
    message: "Indiquez un responsable (personne ou organisation).",
  });
export type AddDecisionData = z.output<typeof addDecisionSchema>;

export const updateDecisionSchema = z
  .object({ decisionId: idSchema, version: versionSchema, ...decisionFields })
  .refine((v) => v.ownerName || v.ownerOrganisationId, {
    path: ["ownerName"],
    message: "Indiquez un responsable (personne ou organisation).",
  });
export type UpdateDecisionData = z.output<typeof updateDecisionSchema>;

export const followUpDecisionSchema = z.object({
  decisionId: idSchema,
  version: versionSchema,
  meetingId: idSchema,
  statusAfter: z.enum(DECISION_STATUSES, { error: "Statut de la décision inconnu." }),
  comment: optionalText("Commentaire", 2000),
});
export type FollowUpDecisionData = z.output<typeof followUpDecisionSchema>;

export const decisionFiltersSchema = z.object({
  statut: z.enum(["ouvertes", "soldees", "toutes"]).optional().catch(undefined),
  responsable: z.string().max(64).optional().catch(undefined),
});
export type DecisionFilters = z.output<typeof decisionFiltersSchema>;
