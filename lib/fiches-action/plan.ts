// Which convention's plan a territory follows on a day: the convention in force (lib/conventions/in-force.ts).
import type { TerritoryScope } from "../auth/scope";
import { conventionOn } from "../conventions/in-force";
import type { Db } from "../db/client";

export const pickPlanConvention = conventionOn;

export const PLAN_CONVENTION_SELECT = {
  id: true,
  title: true,
  edition: true,
  status: true,
  startDate: true,
  endDate: true,
  terminatedAt: true,
} as const;

export async function currentPlanConvention(db: Db, scope: TerritoryScope, on = new Date()) {
  return conventionOn(
    await db.convention.findMany({ where: { territoryId: scope.territory.id }, select: PLAN_CONVENTION_SELECT }),
    on,
  );
}
