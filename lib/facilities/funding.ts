// Funding of facilities (annexe 5): a per-place part computed from dated rate tables, plus manual amounts.
// A rate applies from its date until the next rate of the same type; a territory's own rate wins over the
// caisse-wide one. A year is split at each rate change and at the facility's opening and closing dates, and
// each part counts in proportion to its days.
export type Rate = { facilityType: string; territoryId: string | null; ratePerPlace: number; validFrom: Date };
export type FacilityForFunding = {
  type: string;
  capacity: number | null;
  openedOn: Date | null;
  closedOn: Date | null;
};

const DAY = 86_400_000;
const utc = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);

/** The rates that apply to a facility type on a territory, oldest first (territory rates replace caisse ones). */
export function applicableRates(rates: Rate[], facilityType: string, territoryId: string): Rate[] {
  const ofType = rates.filter(
    (r) => r.facilityType === facilityType && (r.territoryId === null || r.territoryId === territoryId),
  );
  const own = ofType.filter((r) => r.territoryId === territoryId);
  return (own.length ? own : ofType).sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
}

/** The per-place amount of one facility for one year, in euros rounded to the cent. */
export function computedFunding(facility: FacilityForFunding, rates: Rate[], year: number): number {
  if (!facility.capacity || rates.length === 0) return 0;
  const yearStart = utc(year);
  const yearEnd = utc(year + 1); // exclusive
  const daysInYear = (yearEnd - yearStart) / DAY;
  const from = Math.max(yearStart, facility.openedOn?.getTime() ?? yearStart);
  const to = Math.min(yearEnd, facility.closedOn ? facility.closedOn.getTime() + DAY : yearEnd); // closing day included
  if (to <= from) return 0;
  let total = 0;
  for (const [index, rate] of rates.entries()) {
    const start = Math.max(from, rate.validFrom.getTime());
    const end = Math.min(to, rates[index + 1]?.validFrom.getTime() ?? Infinity);
    if (end > start) total += facility.capacity * rate.ratePerPlace * ((end - start) / DAY / daysInYear);
  }
  return Math.round(total * 100) / 100;
}
