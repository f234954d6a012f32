// The parts of an imported convention as the user reviewed them (zod only: shared by the review screen and the
// server). Rich text is sanitised again on the server before it is stored.
import { calendarDate, cleanString, optionalCalendarDate, optionalText, text, z } from "../../zod-fr";
import { idSchema } from "../../territories/schemas";

const richText = (label: string) =>
  cleanString(label).max(200_000, `${label} : texte trop long (200 000 caractères au plus).`);

export const importedPartySchema = z.object({
  name: text("Partie : nom de l'organisation", 300),
  representativeName: optionalText("Partie : nom du représentant", 200),
  representativeTitle: optionalText("Partie : fonction du représentant", 200),
  representationText: optionalText("Partie : représentation", 1000),
  designation: text("Partie : « ci-après dénommé(e) »", 200),
});

export const importConventionSchema = z
  .object({
    territoryId: idSchema,
    title: text("Titre", 300),
    startDate: calendarDate("Date de début invalide (AAAA-MM-JJ)."),
    endDate: calendarDate("Date de fin invalide (AAAA-MM-JJ)."),
    place: optionalText("Lieu de signature", 120),
    copies: z
      .union([
        z.null(),
        z
          .number({ error: "Nombre d'exemplaires : nombre attendu." })
          .int("Nombre d'exemplaires : nombre entier attendu.")
          .min(1, "Nombre d'exemplaires : au moins 1.")
          .max(100, "Nombre d'exemplaires : 100 au plus."),
      ])
      .optional()
      .transform((value) => value ?? null),
    parties: z
      .array(importedPartySchema, { error: "Parties : liste attendue." })
      .min(1, "Indiquez au moins une partie signataire.")
      .max(40, "40 parties au plus."),
    visas: z.array(text("Visa", 5000), { error: "Visas : liste attendue." }).max(100, "100 visas au plus."),
    preamble: richText("Préambule"),
    articles: z
      .array(z.object({ title: text("Titre d'article", 300), body: richText("Texte d'article") }), {
        error: "Articles : liste attendue.",
      })
      .min(1, "Indiquez au moins un article.")
      .max(200, "200 articles au plus."),
    annexes: z
      .array(
        z.object({
          code: text("Code d'annexe", 10).regex(/^[0-9A-Za-z]+$/, "Code d'annexe : lettres et chiffres seulement."),
          title: text("Titre d'annexe", 300),
          body: richText("Texte d'annexe"),
        }),
        { error: "Annexes : liste attendue." },
      )
      .max(60, "60 annexes au plus."),
    /** Text not placed: kept in an annex of its own so that nothing is lost. */
    unplaced: cleanString("Texte à placer").max(400_000, "Texte à placer : trop long."),
    signed: z.boolean({ error: "Indiquez si la convention est déjà signée." }),
    signatureDate: optionalCalendarDate("Date de signature invalide (AAAA-MM-JJ)."),
  })
  .refine((value) => value.endDate > value.startDate, {
    path: ["endDate"],
    message: "La date de fin doit suivre la date de début.",
  })
  .refine((value) => !value.signed || value.signatureDate, {
    path: ["signatureDate"],
    message: "Indiquez la date de signature.",
  })
  .refine((value) => new Set(value.annexes.map((a) => a.code.toLowerCase())).size === value.annexes.length, {
    path: ["annexes"],
    message: "Deux annexes ont le même code.",
  });
export type ImportConventionData = z.output<typeof importConventionSchema>;
