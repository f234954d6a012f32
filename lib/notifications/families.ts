// Notification families (the unit of a person's preferences) and their French labels.
import type { NotificationDelivery, NotificationFamily } from "../db/generated/enums";

export const FAMILIES = ["FICHES", "MEETINGS", "DECISIONS", "CONVENTIONS"] as const satisfies NotificationFamily[];
export const DELIVERIES = ["IMMEDIATE", "DIGEST", "APP_ONLY"] as const satisfies NotificationDelivery[];

export const familyLabels: Record<NotificationFamily, string> = {
  FICHES: "Fiches-action",
  MEETINGS: "Comités de pilotage et comités techniques",
  DECISIONS: "Décisions",
  CONVENTIONS: "Conventions",
};

export const deliveryLabels: Record<NotificationDelivery, string> = {
  IMMEDIATE: "Par e-mail, immédiatement",
  DIGEST: "Par e-mail, dans un récapitulatif quotidien",
  APP_ONLY: "Dans l'application seulement",
};

export const DEFAULT_DIGEST_HOUR = 7;
