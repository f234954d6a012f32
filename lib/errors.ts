// The error contract: only an AppError's message ever reaches a user; anything else is logged and replaced
// by a generic French message (lib/actions/client.ts).
export type AppErrorCode =
  "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID_STATE" | "INVALID_INPUT" | "TOO_LARGE";

const defaultMessages: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Votre session a expiré : reconnectez-vous.",
  NOT_FOUND: "Élément introuvable.",
  FORBIDDEN: "Vous n'avez pas les droits nécessaires pour cette opération.",
  CONFLICT: "Cet élément a été modifié par quelqu'un d'autre entre-temps.",
  INVALID_STATE: "Cette opération n'est pas possible dans l'état actuel.",
  INVALID_INPUT: "Les données saisies ne sont pas valides.",
  TOO_LARGE: "Les données envoyées sont trop volumineuses.",
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
  ) {
    super(message ?? defaultMessages[code]);
    this.name = "AppError";
  }
}

export const GENERIC_ERROR_MESSAGE = "Une erreur inattendue est survenue. Réessayez plus tard.";
