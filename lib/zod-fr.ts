// French default messages for every zod schema (explicit messages in schemas still win), and the text fields the
// forms share, with messages that name the field.
import { z } from "zod";

z.config(z.locales.fr());

export { z };

/** A required text, trimmed: "Titre : champ obligatoire.", "Lieu : au moins 2 caractères.", "… 300 caractères au plus." */
export const text = (label: string, max: number, min = 1) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .min(min, min === 1 ? `${label} : champ obligatoire.` : `${label} : au moins ${min} caractères.`)
    .max(max, `${label} : ${max.toLocaleString("fr-FR")} caractères au plus.`);

/** An optional text, trimmed; empty becomes null. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .max(max, `${label} : ${max.toLocaleString("fr-FR")} caractères au plus.`)
    .optional()
    .transform((value) => value || null);
