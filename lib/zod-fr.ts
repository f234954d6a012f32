// French default messages for every zod schema (explicit messages in schemas still win), and the fields the forms
// share: texts with messages that name the field, calendar dates and months, versions. Input hygiene lives here:
// what PostgreSQL or JSON would refuse later (a NUL byte, half of a UTF-16 pair, 2 147 483 648 in an int column,
// 30 February) is refused by the schema, with a French message, before anything is written.
import { z } from "zod";

z.config(z.locales.fr());

export { z };

/**
 * Control characters other than tab, line feed and carriage return, and UTF-16 surrogates without their pair:
 * PostgreSQL refuses the NUL byte in text, and JSON (the audit trail) refuses lone surrogates.
 */
const FORBIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN_CHARACTERS.test(value);
}

/** A string without forbidden characters (the base of every text field). */
export const cleanString = (label: string) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .refine((value) => !hasForbiddenCharacters(value), `${label} : caractères non autorisés.`);

/** A required text, trimmed: "Titre : champ obligatoire.", "Lieu : au moins 2 caractères.", "… 300 caractères au plus." */
export const text = (label: string, max: number, min = 1) =>
  cleanString(label)
    .trim()
    .min(min, min === 1 ? `${label} : champ obligatoire.` : `${label} : au moins ${min} caractères.`)
    .max(max, `${label} : ${max.toLocaleString("fr-FR")} caractères au plus.`);

/** An optional text, trimmed; empty becomes null. */
export const optionalText = (label: string, max: number) =>
  cleanString(label)
    .trim()
    .max(max, `${label} : ${max.toLocaleString("fr-FR")} caractères au plus.`)
    .optional()
    .transform((value) => value || null);

/** Years a date of this product can have: a convention, a deliberation, a meeting, a facility's opening. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** "2025-06-12" as midnight UTC of that day, or null when it is not a real calendar date within the years above. */
export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2024-02-30 would roll over to 1 March: a real date reads back the same.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A calendar date typed as AAAA-MM-JJ (what a date input sends), as a Date at midnight UTC. */
export const calendarDate = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (date) return date;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });

/** A date or month field that may be left empty: "", null or absent → null; anything else must parse. */
const optionalCalendarValue = (message: string, parse: (value: string) => Date | null) =>
  z
    .string({ error: message })
    .nullable()
    .optional()
    .transform((value, ctx) => {
      const trimmed = value?.trim();
      if (!trimmed) return null;
      const date = parse(trimmed);
      if (date) return date;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });

/** The same, optional: "" or null → null. */
export const optionalCalendarDate = (message: string) => optionalCalendarValue(message, parseCalendarDate);

/** "2025-03" (month precision), as the first day of the month; "" or null → null. */
export const optionalCalendarMonth = (message: string) =>
  optionalCalendarValue(message, (value) => (/^\d{4}-\d{2}$/.test(value) ? parseCalendarDate(`${value}-01`) : null));

/** Euros, typed the French way ("1 250 000,50 €") or as a number, from 0 to `max`; rounded to the cent. */
export const euroAmount = (label: string, max: number) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v.trim() === ""
          ? Number.NaN
          : Number(v.replace(/[\s\u00a0\u202f€]/g, "").replace(",", "."))
        : v,
    z
      .number({ error: `${label} : montant en euros attendu.` })
      .min(0, `${label} : montant positif attendu.`)
      .max(max, `${label} : montant trop élevé.`)
      .transform((v) => Math.round(v * 100) / 100),
  );

/** Largest value of a PostgreSQL integer column. */
export const MAX_INT = 2_147_483_647;

/**
 * The version a form was loaded with (optimistic locking): a whole number from `min`, as a number or its digits —
 * not `true` (which coercion would read as 1) and not beyond an integer column.
 */
export function versionFrom(min: number) {
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,10}$/, "Version invalide."),
      ],
      { error: "Version manquante." },
    )
    .pipe(
      z.coerce
        .number<string | number>()
        .int("Version invalide.")
        .min(min, "Version invalide.")
        .max(MAX_INT, "Version invalide."),
    );
}

/** The version of a record that exists: from 1. */
export const versionSchema = versionFrom(1);
