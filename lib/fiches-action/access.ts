// Loading a fiche for a write. SECURITY INVARIANT: a fiche is reached through its territory's scope; a pilot
// contributor edits only the fiches its organisation pilots. Foreign fiches answer like missing ones.
import type { Actor } from "../auth/actor";
import { organisationsOn, requireTerritoryOfRecord, type TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";

export const FICHE_NOT_FOUND = "Fiche-action introuvable.";

export async function requireFicheForEdit(
  db: Db,
  actor: Actor,
  ficheId: string,
): Promise<{
  scope: TerritoryScope;
  fiche: {
    id: string;
    territoryId: string;
    conventionId: string;
    version: number;
    status: string;
    pilotOrganisationId: string | null;
  };
}> {
  const found = await db.ficheAction.findUnique({ where: { id: ficheId }, select: { territoryId: true } });
  if (!found) throw new AppError("NOT_FOUND", FICHE_NOT_FOUND);
  const scope = await requireTerritoryOfRecord(db, actor, found.territoryId, "fiche.editPiloted", FICHE_NOT_FOUND);
  const fiche = await db.ficheAction.findFirstOrThrow({
    where: { id: ficheId, territoryId: scope.territory.id },
    select: { id: true, territoryId: true, conventionId: true, version: true, status: true, pilotOrganisationId: true },
  });
  assertMayEditFiche(actor, scope, fiche);
  return { scope, fiche };
}

/** EPCI staff and caisse roles edit every fiche of the territory; a pilot contributor only those its organisation pilots. */
export function assertMayEditFiche(actor: Actor, scope: TerritoryScope, fiche: { pilotOrganisationId: string | null }) {
  if (scope.can("fiche.edit")) return;
  if (!fiche.pilotOrganisationId || !organisationsOn(actor, scope.territory).includes(fiche.pilotOrganisationId)) {
    throw new AppError("FORBIDDEN", "Vous ne pouvez modifier que les fiches-action que votre organisation pilote.");
  }
}

export function mayEditFiche(actor: Actor, scope: TerritoryScope, fiche: { pilotOrganisationId: string | null }) {
  try {
    assertMayEditFiche(actor, scope, fiche);
    return scope.can("fiche.editPiloted");
  } catch {
    return false;
  }
}
