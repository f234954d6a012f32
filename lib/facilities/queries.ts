import "server-only";
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import { currentPlanConvention } from "../fiches-action/plan";
import { applicableRates, computedFunding } from "./funding";

/** Facilities with their funding per year (computed from rates + manual amounts) and totals per year. */
export async function getFacilitiesFunding(db: Db, scope: TerritoryScope, years: number[]) {
  const [facilities, rates] = await Promise.all([
    db.facility.findMany({
      where: { territoryId: scope.territory.id },
      orderBy: { name: "asc" },
      include: { commune: true, fundings: true },
    }),
    db.fundingRate.findMany({
      where: { caisseId: scope.territory.caisseId, OR: [{ territoryId: null }, { territoryId: scope.territory.id }] },
      orderBy: [{ facilityType: "asc" }, { validFrom: "asc" }],
    }),
  ]);
  const plainRates = rates.map((r) => ({
    facilityType: r.facilityType,
    territoryId: r.territoryId,
    ratePerPlace: Number(r.ratePerPlace),
    validFrom: r.validFrom,
  }));
  const rows = facilities.map((facility) => {
    const applicable = applicableRates(plainRates, facility.type, scope.territory.id);
    const byYear = Object.fromEntries(
      years.map((year) => {
        const computed = computedFunding(facility, applicable, year);
        const manual =
          facility.fundings
            .filter((f) => f.year === year)
            .reduce((sum, f) => sum + Math.round(Number(f.amount) * 100), 0) / 100;
        return [year, { computed, manual, total: Math.round((computed + manual) * 100) / 100 }];
      }),
    );
    return { facility, byYear };
  });
  const totals = Object.fromEntries(
    years.map((year) => [year, Math.round(rows.reduce((sum, r) => sum + r.byYear[year].total * 100, 0)) / 100]),
  );
  return { rows, totals, rates };
}

/** The years shown on the facilities page: those of the plan's convention (at most 8), else around this year. */
export async function listFundingYears(db: Db, scope: TerritoryScope, thisYear: number) {
  const convention = await currentPlanConvention(db, scope);
  const period = convention
    ? await db.convention.findFirstOrThrow({
        where: { id: convention.id, territoryId: scope.territory.id },
        select: { startDate: true, endDate: true },
      })
    : null;
  const first = period ? Math.min(period.startDate.getUTCFullYear(), thisYear) : thisYear - 2;
  const last = period ? period.endDate.getUTCFullYear() : thisYear + 2;
  return Array.from({ length: Math.min(8, last - first + 1) }, (_, i) => first + i);
}
