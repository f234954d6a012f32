// What the territory's diagnostic page shows (app/(app)/territoires/[territoire]/diagnostic): per theme of the
// catalogue, a chart of each headline series, a table of every series with its provenance, the caisse's findings
// and the partners' contributions. Pure shaping of loadTerritorySeries' answer, plus the findings and contributions
// of the territory (the caller's scope has been checked by the page).
import type { Actor } from "../auth/actor";
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import type { DiagnosticLevel, DiagnosticTheme } from "../db/generated/enums";
import { formatDate } from "../format";
import { THEMES, unitLabels, type SeriesUnit } from "./catalogue";
import { mayDeleteContribution } from "./contribution-rules";
import { loadTerritorySeries, type DiagnosticSeries, type Provenance, type SeriesRow } from "./queries";

export type ChartFill = "solid" | "hatched" | "dotted";

export type DiagnosticChart = {
  key: string;
  title: string;
  unitLabel: string;
  /** The text alternative of the drawing. */
  summary: string;
  data: Record<string, string | number | null>[];
  series: { key: string; name: string; fill: ChartFill }[];
  /** Said under the chart when it leaves areas out (counts are not comparable across areas of different sizes). */
  note: string | null;
};

export type DiagnosticTable = {
  key: string;
  label: string;
  unitLabel: string;
  note: string | null;
  years: number[];
  rows: { areaName: string; levelLabel: string | null; cells: string[] }[];
  provenance: string;
};

export type DiagnosticContributionView = {
  id: string;
  body: string;
  authorName: string;
  organisationName: string | null;
  createdAt: string;
  mayDelete: boolean;
};

export type DiagnosticThemeView = {
  theme: DiagnosticTheme;
  title: string;
  intro: string;
  charts: DiagnosticChart[];
  tables: DiagnosticTable[];
  finding: { body: string; version: number; updatedAt: string | null; updatedBy: string | null };
  contributions: DiagnosticContributionView[];
};

export type DiagnosticPageData = {
  caisseId: string;
  siren: string | null;
  /** Some series hold values for the territory's comparison areas. */
  hasData: boolean;
  /** Some series hold values of the territory's own EPCI. */
  hasEpciData: boolean;
  canEdit: boolean;
  canContribute: boolean;
  themes: DiagnosticThemeView[];
};

const levelLabels: Record<DiagnosticLevel, string | null> = { EPCI: "EPCI", DEPARTEMENT: "département", FRANCE: null };
const FILLS: ChartFill[] = ["solid", "hatched", "dotted"];

const rateFormatter = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const countFormatter = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** A value of a series in fr-FR: rates with one decimal at most, counts as whole numbers; "—" when not published. */
export function formatSeriesValue(value: number | null, unit: SeriesUnit): string {
  if (value === null) return "—";
  return (unit === "PERCENT" ? rateFormatter : countFormatter).format(value);
}

/** "2017 à 2023", "2021", "2017, 2019 à 2021". */
export function formatYears(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of sorted) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs
    .map(([from, to]) => (from === to ? `${from}` : to === from + 1 ? `${from}, ${to}` : `${from} à ${to}`))
    .join(", ");
}

/** "Source : Cnaf, data.caf.fr (Licence Ouverte) — txcouv_pe_epci, 2017 à 2023, extrait le 15 novembre 2026" */
export function formatProvenance(provenance: Provenance[]): string {
  const bySource = new Map<string, Provenance[]>();
  for (const p of provenance) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  return [...bySource.entries()]
    .map(
      ([source, list]) =>
        `Source : ${source} — ${list
          .map((p) => `${p.datasetId}, ${formatYears(p.years)}, extrait le ${formatDate(p.extractedAt)}`)
          .join(" ; ")}`,
    )
    .join(". ");
}

const rowName = (row: SeriesRow) => row.areaName;

/** The chart of a headline series: its areas side by side for rates, the territory alone for counts. */
export function chartOf(series: DiagnosticSeries): DiagnosticChart | null {
  const comparable = series.unit === "PERCENT";
  // At most one row per level (the caisse's département comes first among several), EPCI first.
  const firstOfLevel = (["EPCI", "DEPARTEMENT", "FRANCE"] as const)
    .map((level) => series.rows.find((r) => r.level === level))
    .filter((r): r is SeriesRow => r !== undefined);
  const rows = comparable ? firstOfLevel : firstOfLevel.slice(0, 1);
  if (!rows.length) return null;
  const unitLabel = unitLabels[series.unit];
  const data = series.years.map((year, i) => {
    const point: Record<string, string | number | null> = { label: String(year) };
    rows.forEach((row, r) => (point[`a${r}`] = row.values[i]));
    return point;
  });
  const summary = `${series.label} (${unitLabel}), par année : ${rows
    .map((row) => {
      const points = series.years
        .map((year, i) => ({ year, value: row.values[i] }))
        .filter((p): p is { year: number; value: number } => p.value !== null);
      if (!points.length) return `${rowName(row)} : aucune valeur publiée`;
      const first = points[0];
      const last = points[points.length - 1];
      return points.length === 1
        ? `${rowName(row)} : ${formatSeriesValue(first.value, series.unit)} en ${first.year}`
        : `${rowName(row)} : de ${formatSeriesValue(first.value, series.unit)} en ${first.year} à ${formatSeriesValue(last.value, series.unit)} en ${last.year}`;
    })
    .join(" ; ")}.`;
  const leftOut = series.rows.length > rows.length;
  return {
    key: series.key,
    title: series.label,
    unitLabel,
    summary,
    data,
    series: rows.map((row, r) => ({ key: `a${r}`, name: rowName(row), fill: FILLS[r] })),
    note: !leftOut
      ? null
      : comparable
        ? "Les autres départements du territoire figurent dans le tableau."
        : "Effectifs du territoire seul : ceux du département et de la France, d'un autre ordre de grandeur, figurent dans le tableau.",
  };
}

export function tableOf(series: DiagnosticSeries): DiagnosticTable {
  return {
    key: series.key,
    label: series.label,
    unitLabel: unitLabels[series.unit],
    note: series.note ?? null,
    years: series.years,
    rows: series.rows.map((row) => ({
      areaName: row.areaName,
      levelLabel: levelLabels[row.level],
      cells: row.values.map((value) => formatSeriesValue(value, series.unit)),
    })),
    provenance: formatProvenance(series.provenance),
  };
}

export async function loadDiagnosticPage(db: Db, actor: Actor, scope: TerritoryScope): Promise<DiagnosticPageData> {
  const territory = scope.territory;
  const [row, series, findings, contributions] = await Promise.all([
    db.territory.findUniqueOrThrow({ where: { id: territory.id }, select: { siren: true } }),
    loadTerritorySeries(db, territory),
    db.diagnosticFinding.findMany({
      where: { territoryId: territory.id },
      select: { theme: true, body: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
    db.diagnosticContribution.findMany({
      where: { territoryId: territory.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        theme: true,
        body: true,
        authorId: true,
        organisationName: true,
        createdAt: true,
        author: { select: { name: true } },
      },
    }),
  ]);
  const themes = THEMES.map(({ theme, title, intro }): DiagnosticThemeView => {
    const ofTheme = series.filter((s) => s.theme === theme);
    const finding = findings.find((f) => f.theme === theme);
    return {
      theme,
      title,
      intro,
      charts: ofTheme
        .filter((s) => s.headline)
        .map(chartOf)
        .filter((c): c is DiagnosticChart => c !== null),
      tables: ofTheme.map(tableOf),
      finding: finding
        ? {
            body: finding.body,
            version: finding.version,
            updatedAt: formatDate(finding.updatedAt),
            updatedBy: finding.updatedBy?.name ?? null,
          }
        : { body: "", version: 0, updatedAt: null, updatedBy: null },
      contributions: contributions
        .filter((c) => c.theme === theme)
        .map((c) => ({
          id: c.id,
          body: c.body,
          authorName: c.author?.name ?? "Compte supprimé",
          organisationName: c.organisationName,
          createdAt: formatDate(c.createdAt),
          mayDelete: mayDeleteContribution(actor, scope, c),
        })),
    };
  });
  return {
    caisseId: territory.caisseId,
    siren: row.siren,
    hasData: series.length > 0,
    hasEpciData: series.some((s) => s.rows.some((r) => r.level === "EPCI")),
    canEdit: scope.can("diagnostic.edit"),
    canContribute: scope.can("diagnostic.contribute"),
    themes,
  };
}
