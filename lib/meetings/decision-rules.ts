// Rules and labels of a decision, for pages, PDFs and the bilan.
import { parisDay } from "../dates";

/** A decision still open whose due date is before today (Paris): due dates are days, stored at UTC midnight. */
export function isOverdue(decision: { dueDate: Date | null; status: string }, now = new Date()): boolean {
  if (!decision.dueDate || decision.status === "DONE" || decision.status === "CANCELLED") return false;
  return decision.dueDate.toISOString().slice(0, 10) < parisDay(now);
}

type Owner = { ownerName: string | null; ownerOrganisation: { name: string } | null };
/** The decision's owner: person and/or organisation (the same name once), or a dash. */
export const ownerLabel = (d: Owner) =>
  [d.ownerName, d.ownerOrganisation?.name].filter((v, i, all) => v && all.indexOf(v) === i).join(" — ") || "—";
