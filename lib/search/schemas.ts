import { cleanString, z } from "../zod-fr";

/** The search box: `?q=` of /recherche. Two characters at least, 200 at most, trimmed. */
export const searchQuerySchema = z.object({
  q: cleanString("Recherche")
    .trim()
    .min(2, "Recherche : au moins 2 caractères.")
    .max(200, "Recherche : 200 caractères au plus."),
});

export const SEARCH_KINDS = [
  "fiche",
  "article",
  "convention",
  "indicator",
  "meeting",
  "decision",
  "organisation",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Group headings of the results page, in the order shown. */
export const searchKindLabels: Record<SearchKind, string> = {
  fiche: "Fiches-action",
  article: "Articles de convention",
  convention: "Conventions",
  indicator: "Indicateurs",
  meeting: "Comptes rendus de réunion",
  decision: "Décisions",
  organisation: "Organismes",
};
