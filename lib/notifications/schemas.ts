import { z } from "../zod-fr";
import { idSchema } from "../territories/schemas";
import { DELIVERIES } from "./families";

const delivery = (label: string) => z.enum(DELIVERIES, { error: `${label} : choix inconnu.` });

export const markReadSchema = z.object({ notificationId: idSchema });
export const markAllReadSchema = z.object({});

export const preferencesSchema = z.object({
  FICHES: delivery("Fiches-action"),
  MEETINGS: delivery("Comités"),
  DECISIONS: delivery("Décisions"),
  CONVENTIONS: delivery("Conventions"),
  digestHour: z.coerce
    .number({ error: "Heure du récapitulatif : nombre attendu." })
    .int("Heure du récapitulatif : heure entière attendue.")
    .min(0, "Heure du récapitulatif : entre 0 et 23.")
    .max(23, "Heure du récapitulatif : entre 0 et 23."),
});
export type PreferencesData = z.output<typeof preferencesSchema>;
