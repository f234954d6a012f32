// The plain parts of annexe 3 "Diagnostic partagé" (lib/diagnostic/annex.ts builds it): its types and wording,
// without database imports, for the PDF's render thread, the Word export and the pages.
import { formatNumber } from "../format";
import type { SeriesUnit } from "./catalogue";

export const DIAGNOSTIC_EMPTY_TEXT =
  "Aucune donnée du diagnostic partagé n'est encore disponible pour ce territoire : importez les données ouvertes de la Cnaf (page Diagnostic de la caisse) et rédigez les constats du territoire.";

export type DiagnosticAnnexTable = {
  caption: string;
  unit: string;
  columns: string[];
  rows: { area: string; values: string[] }[];
};

export type DiagnosticAnnexTheme = {
  title: string;
  /** The caisse's findings on the theme (sanitised rich text), null when none is written. */
  findings: string | null;
  tables: DiagnosticAnnexTable[];
  /** "Source : …", null when the theme has no series. */
  source: string | null;
};

export type DiagnosticAnnexContent = { kind: "diagnostic"; themes: DiagnosticAnnexTheme[] };

/** Whether a stored frozenContent is an annex content this code renders. */
export function isDiagnosticAnnexContent(value: unknown): value is DiagnosticAnnexContent {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "diagnostic" &&
    Array.isArray((value as { themes?: unknown }).themes)
  );
}

const percent = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A value as printed: coverage rates with one decimal ("48,0"), counts as whole numbers ("1 235"). */
export function formatSeriesValue(value: number | null, unit: SeriesUnit): string {
  if (value === null) return "—";
  return unit === "PERCENT" ? percent.format(value) : formatNumber(Math.round(value));
}
