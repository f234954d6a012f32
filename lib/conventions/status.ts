// The convention lifecycle: brouillon → en concertation → validée → signée → expirée / résiliée.
// Pure rules, shared by the operations (server-side guards) and the pages (which buttons to show).
import type { ConventionStatus } from "../db/generated/enums";
import { hasEnded } from "./in-force";

/** Transitions a user may ask for. SIGNED is reached only by recording the last signature. */
export const manualTransitions: Record<ConventionStatus, ConventionStatus[]> = {
  DRAFT: ["CONSULTATION", "VALIDATED"],
  CONSULTATION: ["DRAFT", "VALIDATED"],
  VALIDATED: ["CONSULTATION"],
  SIGNED: ["TERMINATED", "EXPIRED"],
  EXPIRED: [],
  TERMINATED: [],
};

export const transitionVerbs: Partial<Record<ConventionStatus, string>> = {
  DRAFT: "Repasser en brouillon",
  CONSULTATION: "Soumettre à la concertation",
  VALIDATED: "Valider le texte",
  TERMINATED: "Résilier la convention",
  EXPIRED: "Déclarer la convention expirée",
};

/** The text (articles, signatories, annexes, fields) can change only before validation. */
export const isTextEditable = (status: ConventionStatus) => status === "DRAFT" || status === "CONSULTATION";

/** Deliberations and signatures are recorded on the validated text. */
export const acceptsDeliberations = (status: ConventionStatus) => status === "VALIDATED";

/** Nothing of the convention itself changes once signed; avenants carry the changes. */
export const isSealed = (status: ConventionStatus) =>
  status === "SIGNED" || status === "EXPIRED" || status === "TERMINATED";

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkTransition(input: {
  from: ConventionStatus;
  to: ConventionStatus;
  signatureCount: number;
  signatoryCount: number;
  articleCount: number;
  endDate: Date;
  today: Date;
}): TransitionCheck {
  const { from, to } = input;
  if (!manualTransitions[from].includes(to)) {
    if (to === "SIGNED")
      return {
        ok: false,
        message: "La convention devient signée automatiquement quand le dernier signataire a signé.",
      };
    return { ok: false, message: `Impossible de passer de « ${label(from)} » à « ${label(to)} ».` };
  }
  if (to === "VALIDATED") {
    if (input.signatoryCount < 2)
      return { ok: false, message: "Une convention doit compter au moins deux signataires avant d'être validée." };
    if (input.articleCount < 1)
      return { ok: false, message: "Une convention doit compter au moins un article avant d'être validée." };
  }
  if (from === "VALIDATED" && input.signatureCount > 0) {
    return { ok: false, message: "Des signatures sont déjà enregistrées : le texte validé ne peut plus être rouvert." };
  }
  // The same rule as the daily job that expires signed conventions (lib/conventions/expire-conventions.ts): the
  // day after the end date, in Paris.
  if (to === "EXPIRED" && !hasEnded(input.endDate, input.today)) {
    return { ok: false, message: "La convention ne peut être déclarée expirée qu'après sa date de fin." };
  }
  return { ok: true };
}

const labels: Record<ConventionStatus, string> = {
  DRAFT: "brouillon",
  CONSULTATION: "en concertation",
  VALIDATED: "validée",
  SIGNED: "signée",
  EXPIRED: "expirée",
  TERMINATED: "résiliée",
};
const label = (status: ConventionStatus) => labels[status];
