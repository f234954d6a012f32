// Annexe 3 "Diagnostic partagé" of a convention, generated from the territory's diagnostic: per theme, the caisse's
// findings and the headline series (last years, EPCI beside département(s) and France) with where they come from.
// Plain strings only (no Date): the content is stored as is in Annex.frozenContent when the convention is signed,
// and hashed with the rest of the PDF's data (lib/pdf-store/version.ts).
import type { Db, Tx } from "../db/client";
import { formatDate } from "../format";
import { sanitizeRichText } from "../conventions/rich-text";
import { SERIES, SOURCE_LABEL, THEMES, unitLabels } from "./catalogue";
import {
  formatSeriesValue,
  type DiagnosticAnnexContent,
  type DiagnosticAnnexTable,
  type DiagnosticAnnexTheme,
} from "./annex-text";
import { loadTerritorySeries, type DiagnosticSeries } from "./queries";

/** How many of the latest years each table of the annex shows (a PDF page is narrow). */
export const ANNEX_YEARS = 6;

function yearsLabel(years: number[]): string {
  if (!years.length) return "";
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}-${sorted[sorted.length - 1]}`;
}

/** One line naming the datasets of a theme's series: source, dataset ids with their years and extraction date. */
function sourceLine(series: DiagnosticSeries[]): string | null {
  const datasets = new Map<string, { source: string; years: Set<number>; extractedAt: Date }>();
  for (const s of series) {
    for (const p of s.provenance) {
      const d = datasets.get(p.datasetId);
      if (d) {
        p.years.forEach((y) => d.years.add(y));
        if (p.extractedAt > d.extractedAt) d.extractedAt = p.extractedAt;
      } else {
        datasets.set(p.datasetId, { source: p.source, years: new Set(p.years), extractedAt: p.extractedAt });
      }
    }
  }
  if (!datasets.size) return null;
  const sources = [...new Set([...datasets.values()].map((d) => d.source))];
  const list = [...datasets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, d]) => `${id} (${yearsLabel([...d.years])}, extrait le ${formatDate(d.extractedAt)})`);
  return `Source : ${sources.join(" ; ") || SOURCE_LABEL} — jeux de données ${list.join(", ")}.`;
}

/** The table of one series: its last ANNEX_YEARS years, one row per area (EPCI, département(s), France). */
export function seriesTable(series: DiagnosticSeries): DiagnosticAnnexTable {
  const start = Math.max(0, series.years.length - ANNEX_YEARS);
  const years = series.years.slice(start);
  return {
    caption: series.label,
    unit: unitLabels[series.unit],
    columns: years.map(String),
    rows: series.rows.map((row) => ({
      area: row.areaName,
      values: row.values.slice(start).map((v) => formatSeriesValue(v, series.unit)),
    })),
  };
}

/**
 * The annex's content for a territory: the themes that have series or findings, in catalogue order. No theme: the
 * renderers print DIAGNOSTIC_EMPTY_TEXT. The caller has checked the territory (lib/auth/scope.ts).
 */
export async function buildDiagnosticAnnex(
  db: Db | Tx,
  territory: { id: string; caisseId: string },
): Promise<DiagnosticAnnexContent> {
  const headline = SERIES.filter((s) => s.headline).map((s) => s.key);
  const [series, findings] = await Promise.all([
    loadTerritorySeries(db, territory, headline),
    db.diagnosticFinding.findMany({
      where: { territoryId: territory.id, territory: { caisseId: territory.caisseId } },
      select: { theme: true, body: true },
    }),
  ]);
  const themes: DiagnosticAnnexTheme[] = [];
  for (const { theme, title } of THEMES) {
    const own = series.filter((s) => s.theme === theme);
    const body = findings.find((f) => f.theme === theme)?.body;
    const text = body ? sanitizeRichText(body) : "";
    if (!own.length && !text) continue;
    themes.push({ title, findings: text || null, tables: own.map(seriesTable), source: sourceLine(own) });
  }
  return { kind: "diagnostic", themes };
}

/**
 * At signature: stores the content of the convention's "Diagnostic partagé" annexes in Annex.frozenContent, so that
 * the signed text's annexe 3 (page, printable view, Word export) never changes with a later import or finding.
 */
export async function freezeDiagnosticAnnexes(
  tx: Tx,
  conventionId: string,
  territory: { id: string; caisseId: string },
): Promise<void> {
  const annexes = await tx.annex.findMany({
    where: { conventionId, convention: { territoryId: territory.id }, content: "DIAGNOSTIC" },
    select: { id: true },
  });
  if (!annexes.length) return;
  const content = await buildDiagnosticAnnex(tx, territory);
  await tx.annex.updateMany({
    where: { id: { in: annexes.map((a) => a.id) } },
    data: { frozenContent: content },
  });
}
