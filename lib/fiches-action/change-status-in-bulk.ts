import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { requireTerritory } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertMayEditFiche } from "./access";
import { writeStatus } from "./fiche-writes";
import type { BulkStatusData } from "./schemas";

const FICHE_NOT_FOUND_BULK = "Fiche-action introuvable dans la sélection.";

/** Changes the status of several fiches of one territory at once; each gets its journal entry. */
export async function changeStatusInBulk(db: Db, actor: Actor, input: BulkStatusData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "fiche.editPiloted");
  return db.$transaction(async (tx) => {
    const fiches = await tx.ficheAction.findMany({
      where: { id: { in: input.ficheIds }, territoryId: scope.territory.id },
      select: { id: true, status: true, pilotOrganisationId: true },
    });
    if (fiches.length !== new Set(input.ficheIds).size) throw new AppError("NOT_FOUND", FICHE_NOT_FOUND_BULK);
    for (const fiche of fiches) assertMayEditFiche(actor, scope, fiche);
    let changed = 0;
    for (const fiche of fiches) {
      if (fiche.status === input.status) continue;
      await writeStatus(tx, auditFor(tx, actor, scope), fiche, input.status, input.comment, actor.id);
      changed++;
    }
    return { changed };
  });
}
