import { cleanString, text, z } from "../zod-fr";

export const emailSchema = cleanString("Adresse e-mail")
  .trim()
  .toLowerCase()
  .max(254, "Adresse e-mail : 254 caractères au plus.")
  .pipe(z.email({ error: "Adresse e-mail invalide." }));

/** Checkboxes arrive as true/false from forms (or "on"); anything else is false. */
const confirmation = z
  .union([z.boolean(), z.literal("on"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on");

export const createCaisseSchema = z.object({
  kind: z.enum(["CAF", "CCSS"], { error: "Choisissez le type de caisse." }),
  departement: cleanString("Département")
    .trim()
    .regex(/^(\d{2}|2[AB]|97\d)$/, "Choisissez un département."),
  name: text("Nom de la caisse", 200, 5),
  shortName: text("Nom court", 80, 3),
  adminName: text("Nom de l'administrateur", 120, 2),
  adminEmail: emailSchema,
  /** A second caisse for a département that already has one (Pyrénées-Atlantiques has two CAF). */
  confirmSecond: confirmation,
});
export type CreateCaisseInput = z.input<typeof createCaisseSchema>;
export type CreateCaisseData = z.output<typeof createCaisseSchema>;
