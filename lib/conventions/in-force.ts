// One convention in force per territory at a time. A signed convention is in force from its start date to its end
// date, or to the day before its termination takes effect; two signed editions of a territory never overlap
// (signing one that would is refused: lib/conventions/sign-convention.ts). Meetings, the dashboard and the plan
// follow the convention in force on the day concerned.
import type { ConventionStatus } from "../db/generated/enums";
import { parisDay } from "../dates";

/** Statuses of a convention that was signed: its period counts, whether it is still running or not. */
export const SIGNED_STATUSES: ConventionStatus[] = ["SIGNED", "EXPIRED", "TERMINATED"];

type Period = { startDate: Date; endDate: Date; terminatedAt?: Date | null };

/** The last day in force (dates are calendar days at UTC midnight, as PostgreSQL `date` columns come back). */
export function lastDayInForce(convention: Period): Date {
  if (convention.terminatedAt && convention.terminatedAt <= convention.endDate) {
    return new Date(convention.terminatedAt.getTime() - 24 * 3600 * 1000);
  }
  return convention.endDate;
}

/** The calendar day of an instant in Paris, as a date at UTC midnight (comparable with `date` columns). */
export function calendarDay(instant: Date): Date {
  return new Date(`${parisDay(instant)}T00:00:00.000Z`);
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.startDate <= lastDayInForce(b) && b.startDate <= lastDayInForce(a);
}

export function isInForceOn(convention: Period & { status: string }, instant: Date): boolean {
  const day = calendarDay(instant);
  return (
    SIGNED_STATUSES.includes(convention.status as ConventionStatus) &&
    convention.startDate <= day &&
    day <= lastDayInForce(convention)
  );
}

/**
 * The convention a territory works with on a day: the one in force that day; failing that (before the first one
 * starts, between two editions), the newest signed or validated edition; failing that, the newest one.
 */
export function conventionOn<C extends Period & { edition: number; status: string }>(
  conventions: C[],
  instant: Date,
): C | null {
  const newestFirst = [...conventions].sort((a, b) => b.edition - a.edition);
  return (
    newestFirst.find((c) => isInForceOn(c, instant)) ??
    newestFirst.find((c) => c.status === "SIGNED" || c.status === "VALIDATED") ??
    newestFirst[0] ??
    null
  );
}

/** The default start of a renewal: the day after the previous edition ends. */
export function renewalStart(previous: Period): Date {
  return new Date(lastDayInForce(previous).getTime() + 24 * 3600 * 1000);
}

/** CTGs run five years: the default end of a period is the day before the fifth anniversary of its start. */
export const DEFAULT_PERIOD_YEARS = 5;

/**
 * The default end of a period starting on `start` (a calendar day at UTC midnight): start + 5 years − 1 day,
 * 1 January 2027 → 31 December 2031. A start on 29 February ends on 28 February.
 */
export function defaultPeriodEnd(start: Date): Date {
  const anniversary = Date.UTC(start.getUTCFullYear() + DEFAULT_PERIOD_YEARS, start.getUTCMonth(), start.getUTCDate());
  return new Date(anniversary - 24 * 3600 * 1000);
}

/**
 * Whether a convention ending on `endDate` is over at `instant`: its end date is before that day in Paris. A
 * signed convention becomes expired on the day after its end date (lib/conventions/expire-conventions.ts), and
 * may be declared so by hand from then on (lib/conventions/status.ts).
 */
export function hasEnded(endDate: Date, instant: Date): boolean {
  return endDate < calendarDay(instant);
}
