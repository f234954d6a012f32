import type { Actor } from "../auth/actor";
import { requireTerritory } from "../auth/scope";
import type { Db } from "../db/client";
import { auditFor, diffFields } from "../audit/record";
import { AppError } from "../errors";
import type { UpdateTerritoryData } from "./schemas";

/** Renames a territory, sets its SIREN and population. Optimistic locking on `version`. */
export async function updateTerritory(db: Db, actor: Actor, input: UpdateTerritoryData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "territory.edit");
  if (input.siren) {
    const twin = await db.territory.findFirst({
      where: { caisseId: scope.territory.caisseId, siren: input.siren, id: { not: scope.territory.id } },
      select: { name: true },
    });
    if (twin) throw new AppError("CONFLICT", `Ce SIREN est déjà celui du territoire « ${twin.name} ».`);
  }
  return db.$transaction(async (tx) => {
    const before = await tx.territory.findUniqueOrThrow({ where: { id: scope.territory.id } });
    const next = { name: input.name, siren: input.siren, population: input.population };
    // The version in the WHERE clause makes a stale save update nothing, whatever the interleaving.
    const updated = await tx.territory.updateMany({
      where: { id: scope.territory.id, version: input.version },
      data: { ...next, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new AppError(
        "CONFLICT",
        "Ce territoire a été modifié par quelqu'un d'autre entre-temps : rechargez la page pour voir ses nouvelles valeurs.",
      );
    }
    const changes = diffFields(before, next);
    await auditFor(tx, actor, scope)("Territory", scope.territory.id, "territory.update", changes);
    return { version: input.version + 1 };
  });
}
