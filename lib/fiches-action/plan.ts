// Which convention's plan a territory follows: the newest signed or validated edition, else the newest one.
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";

export function pickPlanConvention<C extends { edition: number; status: string }>(conventions: C[]): C | null {
  const newestFirst = [...conventions].sort((a, b) => b.edition - a.edition);
  return newestFirst.find((c) => c.status === "SIGNED" || c.status === "VALIDATED") ?? newestFirst[0] ?? null;
}

export async function currentPlanConvention(db: Db, scope: TerritoryScope) {
  return pickPlanConvention(
    await db.convention.findMany({
      where: { territoryId: scope.territory.id },
      select: { id: true, title: true, edition: true, status: true },
    }),
  );
}
