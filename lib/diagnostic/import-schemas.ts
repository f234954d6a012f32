// The fields of the import forms (route handlers of /caisses/[caisse]/diagnostic): validated with French messages.
import { calendarDate, z } from "../zod-fr";
import { datasetById } from "./catalogue";

const today = () => new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");

/** The extraction date: a calendar date, not in the future (empty: today). */
export const extractedAtSchema = z
  .union([z.literal(""), z.null(), z.undefined(), calendarDate("Date d'extraction : date attendue (AAAA-MM-JJ).")])
  .transform((d): Date => (d instanceof Date ? d : today()))
  .refine((d) => d.getTime() <= today().getTime(), "Date d'extraction : elle ne peut pas être dans le futur.")
  .refine((d) => d.getUTCFullYear() >= 2010, "Date d'extraction : 2010 au plus tôt.");

export const datasetIdSchema = z
  .string({ error: "Jeu de données : champ obligatoire." })
  .refine((id) => datasetById.has(id), "Jeu de données inconnu.");

/** What the preview showed, per file (or the portal's dataset): checked again at confirmation. */
export const expectedSchema = z
  .array(
    z.object({
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Empreinte de fichier invalide."),
      toAdd: z.number().int().min(0),
      toUpdate: z.number().int().min(0),
    }),
    { error: "Aperçu manquant : analysez les fichiers avant de les importer." },
  )
  .max(20, "20 fichiers au plus par import.");

export const MAX_FILES = 12;
