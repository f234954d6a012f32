import type { FicheStatus } from "../db/generated/enums";

/** Statuses that close a fiche: a closed fiche is never late. */
export const CLOSED_STATUSES: FicheStatus[] = ["DONE", "ABANDONED"];

/**
 * A fiche is late when its end month has passed (end months are stored as their first day: the fiche runs until
 * the last day of that month) and it is neither done nor abandoned.
 */
export function isLate(fiche: { status: FicheStatus; endMonth: Date | null }, today: Date = new Date()): boolean {
  if (!fiche.endMonth || CLOSED_STATUSES.includes(fiche.status)) return false;
  const firstDayAfterEnd = Date.UTC(fiche.endMonth.getUTCFullYear(), fiche.endMonth.getUTCMonth() + 1, 1);
  return today.getTime() >= firstDayAfterEnd;
}

/** The Prisma filter equivalent of isLate, for lists and counts: end month before the current month. */
export function lateWhere(today: Date = new Date()) {
  return {
    endMonth: { lt: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)) },
    status: { notIn: CLOSED_STATUSES },
  };
}
