// A territory's diagnostic series: its EPCI's values beside its département's and France's, per series and year,
// with where each comes from. Every read is bounded by the caller's caisse (values are kept per caisse) and by the
// territory's SIREN; callers have checked the territory (lib/auth/scope.ts).
import type { Db, Tx } from "../db/client";
import type { DiagnosticLevel, DiagnosticTheme } from "../db/generated/enums";
import { findEpci } from "../geo/decoupage";
import { SERIES, seriesByKey, type SeriesDefinition } from "./catalogue";

export type SeriesRow = {
  level: DiagnosticLevel;
  areaCode: string;
  areaName: string;
  /** One value per year of `years` (null: not published for that year). */
  values: (number | null)[];
};

export type Provenance = { datasetId: string; source: string; extractedAt: Date; importedAt: Date; years: number[] };

export type DiagnosticSeries = SeriesDefinition & {
  years: number[];
  rows: SeriesRow[];
  provenance: Provenance[];
};

/** The areas a territory is compared with: its EPCI (by SIREN), its département(s) and France. */
export function comparisonAreas(territory: { siren: string | null }, caisseDepartement: string) {
  const epci = territory.siren ? findEpci(territory.siren) : null;
  const departements = [...new Set([caisseDepartement, ...(epci?.departements ?? [])])];
  return { siren: territory.siren, departements };
}

const levelOrder: Record<DiagnosticLevel, number> = { EPCI: 0, DEPARTEMENT: 1, FRANCE: 2 };

/**
 * Every series the caisse holds for a territory, in catalogue order; `keys` narrows to some series. A territory
 * without SIREN has no EPCI row (its département and France still compare).
 */
export async function loadTerritorySeries(
  db: Db | Tx,
  territory: { id: string; caisseId: string },
  keys?: string[],
): Promise<DiagnosticSeries[]> {
  const row = await db.territory.findUniqueOrThrow({
    where: { id: territory.id },
    select: { siren: true, caisseId: true, caisse: { select: { departement: true } } },
  });
  if (row.caisseId !== territory.caisseId) return [];
  const areas = comparisonAreas(row, row.caisse.departement);
  const values = await db.diagnosticValue.findMany({
    where: {
      caisseId: territory.caisseId,
      ...(keys ? { series: { in: keys } } : {}),
      OR: [
        ...(areas.siren ? [{ level: "EPCI" as const, areaCode: areas.siren }] : []),
        { level: "DEPARTEMENT", areaCode: { in: areas.departements } },
        { level: "FRANCE" },
      ],
    },
    select: {
      level: true,
      areaCode: true,
      areaName: true,
      series: true,
      year: true,
      value: true,
      import: { select: { datasetId: true, source: true, extractedAt: true, importedAt: true, id: true } },
    },
  });
  const bySeries = new Map<string, typeof values>();
  for (const value of values) {
    const list = bySeries.get(value.series) ?? [];
    list.push(value);
    bySeries.set(value.series, list);
  }
  const result: DiagnosticSeries[] = [];
  for (const definition of SERIES) {
    const list = bySeries.get(definition.key);
    if (!list?.length) continue;
    const years = [...new Set(list.map((v) => v.year))].sort((a, b) => a - b);
    const rowsByArea = new Map<string, SeriesRow>();
    for (const v of list) {
      const key = `${v.level}:${v.areaCode}`;
      let r = rowsByArea.get(key);
      if (!r) {
        r = { level: v.level, areaCode: v.areaCode, areaName: v.areaName, values: years.map(() => null) };
        rowsByArea.set(key, r);
      }
      r.values[years.indexOf(v.year)] = Number(v.value);
      // The newest name of the area (year N uses the geography of 1 January N+1).
      if (v.year === years[years.length - 1]) r.areaName = v.areaName;
    }
    const rows = [...rowsByArea.values()].sort(
      (a, b) =>
        levelOrder[a.level] - levelOrder[b.level] ||
        (a.areaCode === row.caisse.departement ? -1 : b.areaCode === row.caisse.departement ? 1 : 0) ||
        a.areaCode.localeCompare(b.areaCode),
    );
    const imports = new Map<string, Provenance>();
    for (const v of list) {
      const p = imports.get(v.import.id);
      if (p) {
        if (!p.years.includes(v.year)) p.years.push(v.year);
      } else {
        imports.set(v.import.id, {
          datasetId: v.import.datasetId,
          source: v.import.source,
          extractedAt: v.import.extractedAt,
          importedAt: v.import.importedAt,
          years: [v.year],
        });
      }
    }
    const provenance = [...imports.values()]
      .map((p) => ({ ...p, years: p.years.sort((a, b) => a - b) }))
      .sort((a, b) => a.datasetId.localeCompare(b.datasetId) || a.importedAt.getTime() - b.importedAt.getTime());
    result.push({ ...definition, years, rows, provenance });
  }
  return result;
}

/** The EPCI's own values of one series, by year (for indicators and the caisse overview). */
export function epciValues(series: DiagnosticSeries | undefined): { year: number; value: number }[] {
  const epci = series?.rows.find((r) => r.level === "EPCI");
  if (!series || !epci) return [];
  return series.years
    .map((year, i) => ({ year, value: epci.values[i] }))
    .filter((p): p is { year: number; value: number } => p.value !== null);
}

/** The latest coverage rate (`txcouv`) of each territory of a caisse that has a SIREN, by territory id. */
export async function latestCoverageByTerritory(
  db: Db,
  caisseId: string,
  territories: { id: string; siren: string | null }[],
): Promise<Map<string, { year: number; value: number }>> {
  const sirens = territories.map((t) => t.siren).filter((s): s is string => s !== null);
  const result = new Map<string, { year: number; value: number }>();
  if (!sirens.length) return result;
  const values = await db.diagnosticValue.findMany({
    where: { caisseId, level: "EPCI", series: "txcouv", areaCode: { in: sirens } },
    orderBy: { year: "desc" },
    distinct: ["areaCode"],
    select: { areaCode: true, year: true, value: true },
  });
  const bySiren = new Map(values.map((v) => [v.areaCode, { year: v.year, value: Number(v.value) }]));
  for (const t of territories) {
    const latest = t.siren ? bySiren.get(t.siren) : undefined;
    if (latest) result.set(t.id, latest);
  }
  return result;
}

export function seriesLabel(key: string): string {
  return seriesByKey.get(key)?.label ?? key;
}

export type { DiagnosticTheme };
