// Indicators of fiches-action that read their baseline and yearly values from a diagnostic series (e.g. "Taux de
// couverture petite enfance" from `txcouv`): set when the indicator is linked, and again after every import.
import { auditFor } from "../audit/record";
import type { Tx } from "../db/client";
import { formatDate } from "../format";
import { epciValues, loadTerritorySeries } from "./queries";

/** The text kept with a value taken from a series: its dataset and extraction date. */
export function provenanceComment(datasetId: string, extractedAt: Date): string {
  return `Données ouvertes Cnaf (${datasetId}), extraites le ${formatDate(extractedAt)}`;
}

/**
 * The baseline of a linked indicator: the value of its baseline year when the series has it; without a baseline
 * year, the last year before the convention starts (else the first year published).
 */
export function pickBaseline(
  points: { year: number; value: number }[],
  baselineYear: number | null,
  conventionStartYear: number | null,
): { year: number; value: number } | null {
  if (!points.length) return null;
  if (baselineYear !== null) return points.find((p) => p.year === baselineYear) ?? null;
  const before = conventionStartYear !== null ? points.filter((p) => p.year < conventionStartYear) : [];
  return before.length ? before[before.length - 1] : points[0];
}

/**
 * Updates the linked indicators of some territories of a caisse (all of them without `territoryIds`), in `tx`.
 * Values of years after the baseline come from the series (marked `fromDiagnostic`); a value typed for a year the
 * series does not publish stays. Returns the number of indicators changed; each change is audited.
 */
export async function syncLinkedIndicators(
  tx: Tx,
  actor: { id: string } | null,
  caisseId: string,
  options: { territoryIds?: string[]; indicatorId?: string } = {},
): Promise<number> {
  const indicators = await tx.indicator.findMany({
    where: {
      diagnosticSeries: { not: null },
      ...(options.indicatorId ? { id: options.indicatorId } : {}),
      fiche: {
        territory: { caisseId },
        ...(options.territoryIds ? { territoryId: { in: options.territoryIds } } : {}),
      },
    },
    select: {
      id: true,
      name: true,
      diagnosticSeries: true,
      baselineValue: true,
      baselineYear: true,
      values: { select: { year: true, value: true, fromDiagnostic: true } },
      fiche: {
        select: {
          id: true,
          territoryId: true,
          territory: { select: { id: true, caisseId: true } },
          convention: { select: { startDate: true } },
        },
      },
    },
  });
  let changed = 0;
  const seriesCache = new Map<string, Awaited<ReturnType<typeof loadTerritorySeries>>>();
  for (const indicator of indicators) {
    const territory = indicator.fiche.territory;
    const cacheKey = territory.id;
    let series = seriesCache.get(cacheKey);
    if (!series) {
      series = await loadTerritorySeries(tx, territory);
      seriesCache.set(cacheKey, series);
    }
    const current = series.find((s) => s.key === indicator.diagnosticSeries);
    const points = epciValues(current);
    const startYear = indicator.fiche.convention?.startDate.getUTCFullYear() ?? null;
    const baseline = pickBaseline(points, indicator.baselineYear, startYear);
    const changes: Record<string, { old: unknown; new: unknown }> = {};
    if (baseline && (indicator.baselineValue === null || Number(indicator.baselineValue) !== baseline.value)) {
      changes.baselineValue = {
        old: indicator.baselineValue === null ? null : Number(indicator.baselineValue),
        new: baseline.value,
      };
    }
    if (baseline && indicator.baselineYear !== baseline.year) {
      changes.baselineYear = { old: indicator.baselineYear, new: baseline.year };
    }
    if (changes.baselineValue || changes.baselineYear) {
      await tx.indicator.update({
        where: { id: indicator.id },
        data: { baselineValue: baseline!.value, baselineYear: baseline!.year },
      });
    }
    const provenanceOf = (year: number) =>
      current?.provenance.find((p) => p.years.includes(year) && p.datasetId.endsWith("_epci")) ??
      current?.provenance.find((p) => p.years.includes(year));
    for (const point of points) {
      if (baseline && point.year <= baseline.year) continue;
      const existing = indicator.values.find((v) => v.year === point.year);
      if (existing && existing.fromDiagnostic && Number(existing.value) === point.value) continue;
      const p = provenanceOf(point.year);
      const comment = p ? provenanceComment(p.datasetId, p.extractedAt) : null;
      await tx.indicatorValue.upsert({
        where: { indicatorId_year: { indicatorId: indicator.id, year: point.year } },
        create: { indicatorId: indicator.id, year: point.year, value: point.value, comment, fromDiagnostic: true },
        update: { value: point.value, comment, fromDiagnostic: true },
      });
      changes[`valeur ${point.year}`] = {
        old: existing?.value == null ? null : Number(existing.value),
        new: point.value,
      };
    }
    if (Object.keys(changes).length) {
      changed++;
      const audit = auditFor(tx, actor, { territory });
      await audit("Indicator", indicator.id, "indicator.diagnostic", changes);
      await tx.ficheAction.update({ where: { id: indicator.fiche.id }, data: { version: { increment: 1 } } });
    }
  }
  return changed;
}
