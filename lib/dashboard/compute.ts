// The figures of the evaluation dashboards, as pure functions over plain rows (the queries load the rows of one
// territory; the tests feed fixtures and compare with values they compute themselves).
import type { FicheStatus, Theme } from "../db/generated/enums";
import { isLate } from "../fiches-action/late";
import { compareNumbered } from "../sort";

export const STATUS_ORDER: FicheStatus[] = ["NOT_STARTED", "IN_PROGRESS", "BLOCKED", "POSTPONED", "DONE", "ABANDONED"];

export type DashboardFiche = {
  id: string;
  number: string;
  title: string;
  status: FicheStatus;
  themes: Theme[];
  axisId: string | null;
  endMonth: Date | null;
};

export type StatusCounts = Record<FicheStatus, number>;
const emptyCounts = (): StatusCounts => ({
  NOT_STARTED: 0,
  IN_PROGRESS: 0,
  DONE: 0,
  POSTPONED: 0,
  ABANDONED: 0,
  BLOCKED: 0,
});

/**
 * Fiches by status, by thématique × status (a fiche with two thématiques counts once in each), by axe × status,
 * the share done (done / all fiches of the plan) and the late fiches (end month passed, neither done nor abandoned).
 */
export function ficheFigures(fiches: DashboardFiche[], today: Date) {
  const byStatus = emptyCounts();
  const byTheme = new Map<Theme, StatusCounts>();
  const byAxis = new Map<string | null, StatusCounts>();
  for (const fiche of fiches) {
    byStatus[fiche.status] += 1;
    for (const theme of fiche.themes) {
      const row = byTheme.get(theme) ?? emptyCounts();
      row[fiche.status] += 1;
      byTheme.set(theme, row);
    }
    const row = byAxis.get(fiche.axisId) ?? emptyCounts();
    row[fiche.status] += 1;
    byAxis.set(fiche.axisId, row);
  }
  const late = fiches
    .filter((f) => isLate(f, today))
    .sort((a, b) => (a.endMonth?.getTime() ?? 0) - (b.endMonth?.getTime() ?? 0) || compareNumbered(a.number, b.number));
  return {
    total: fiches.length,
    byStatus,
    byTheme,
    byAxis,
    done: byStatus.DONE,
    shareDone: fiches.length ? byStatus.DONE / fiches.length : null,
    late,
  };
}

/** Share of the convention's period elapsed on a day (0 before it starts, 1 after it ends), and days left. */
export function periodElapsed(startDate: Date, endDate: Date, today: Date) {
  const DAY = 86_400_000;
  const start = startDate.getTime();
  const endExclusive = endDate.getTime() + DAY; // the end date is the last day of the convention
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const ratio = Math.min(1, Math.max(0, (now - start) / (endExclusive - start)));
  const totalDays = Math.round((endExclusive - start) / DAY);
  const daysLeft = Math.min(totalDays, Math.max(0, Math.round((endExclusive - now) / DAY)));
  return { ratio, daysLeft, totalDays };
}

export type DashboardIndicator = {
  id: string;
  ficheId: string;
  ficheNumber: string;
  name: string;
  unit: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
  values: { year: number; value: number | null }[];
};

/**
 * An indicator against its target: the latest value (up to the year asked, if any) and the progress made from
 * the baseline towards the target (0 = baseline, 1 = target reached; values beyond are kept, e.g. 1.2).
 * Without a target there is no progress; without a baseline, progress is measured from 0.
 */
export function indicatorProgress(indicator: DashboardIndicator, year?: number) {
  const known = indicator.values
    .filter((v): v is { year: number; value: number } => v.value !== null && (year === undefined || v.year <= year))
    .sort((a, b) => a.year - b.year);
  const latest = known.at(-1) ?? null;
  let progress: number | null = null;
  if (latest && indicator.targetValue !== null) {
    const from = indicator.baselineValue ?? 0;
    const span = indicator.targetValue - from;
    progress = span === 0 ? (latest.value === indicator.targetValue ? 1 : 0) : (latest.value - from) / span;
  }
  return { latest, progress, reached: progress !== null && progress >= 1 };
}

export type DashboardBudgetLine = {
  ficheId: string;
  year: number;
  funderId: string;
  planned: number;
  actual: number | null;
};

/** Budget planned vs actual by year and by funder × year, exact to the cent. */
export function budgetFigures(lines: DashboardBudgetLine[]) {
  const cents = (euros: number) => Math.round(euros * 100);
  const byYear = new Map<number, { planned: number; actual: number }>();
  const byFunderYear = new Map<string, Map<number, { planned: number; actual: number }>>();
  const total = { planned: 0, actual: 0 };
  for (const line of lines) {
    const planned = cents(line.planned);
    const actual = cents(line.actual ?? 0);
    total.planned += planned;
    total.actual += actual;
    const y = byYear.get(line.year) ?? { planned: 0, actual: 0 };
    y.planned += planned;
    y.actual += actual;
    byYear.set(line.year, y);
    const funder = byFunderYear.get(line.funderId) ?? new Map();
    const fy = funder.get(line.year) ?? { planned: 0, actual: 0 };
    fy.planned += planned;
    fy.actual += actual;
    funder.set(line.year, fy);
    byFunderYear.set(line.funderId, funder);
  }
  const euros = (t: { planned: number; actual: number }) => ({ planned: t.planned / 100, actual: t.actual / 100 });
  return {
    total: euros(total),
    byYear: new Map([...byYear].sort(([a], [b]) => a - b).map(([k, v]) => [k, euros(v)])),
    byFunderYear: new Map(
      [...byFunderYear].map(([funder, years]) => [funder, new Map([...years].map(([k, v]) => [k, euros(v)]))]),
    ),
  };
}

/** Conventions whose engagement holds: signed, or signed once (expired, terminated). */
const ENGAGED_STATUSES = ["SIGNED", "EXPIRED", "TERMINATED"];

/** The caisse's yearly engagement in each year, from the signed convention (edition) covering that year. */
export function engagementByYear(
  conventions: { edition: number; startDate: Date; endDate: Date; annualFunding: number | null; status: string }[],
  years: number[],
) {
  return years.map((year) => {
    const covering = conventions
      .filter(
        (c) =>
          ENGAGED_STATUSES.includes(c.status) &&
          c.annualFunding !== null &&
          c.startDate.getUTCFullYear() <= year &&
          c.endDate.getUTCFullYear() >= year,
      )
      .sort((a, b) => b.edition - a.edition)[0];
    return { year, amount: covering?.annualFunding ?? null, edition: covering?.edition ?? null };
  });
}
