// Changes to the people of a caisse run one at a time per caisse: each takes a row lock on the caisse
// (SELECT … FOR UPDATE) first, so that two admins removing each other at once cannot leave the caisse without an
// active admin (the second sees the first's change and is refused), and two identical invitations cannot both pass
// the "already pending" check.
import type { Tx } from "../db/client";
import { AppError } from "../errors";

export async function lockCaisse(tx: Tx, caisseId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Caisse" WHERE id = ${caisseId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
}

/** Active admins of the caisse (not suspended, account active), after the change being made in `tx`. */
export function activeAdminCount(tx: Tx, caisseId: string): Promise<number> {
  return tx.membership.count({
    where: { caisseId, territoryId: null, role: "CAISSE_ADMIN", suspendedAt: null, user: { isActive: true } },
  });
}

export const LAST_ADMIN_MESSAGE =
  "La caisse doit garder au moins une administratrice ou un administrateur actif : nommez-en un autre d'abord.";

/** Refuses (and so rolls back) a change that left the caisse without an active admin. */
export async function assertAdminLeft(tx: Tx, caisseId: string): Promise<void> {
  if ((await activeAdminCount(tx, caisseId)) === 0) throw new AppError("INVALID_STATE", LAST_ADMIN_MESSAGE);
}

/** The territory (and organisation) of a role belong to this caisse; anything else reads as not found. */
export async function assertScopeInCaisse(
  tx: Tx,
  caisseId: string,
  scope: { territoryId: string | null; organisationId: string | null },
): Promise<{ territoryName: string | null; organisationName: string | null }> {
  let territoryName: string | null = null;
  let organisationName: string | null = null;
  if (scope.territoryId) {
    const territory = await tx.territory.findFirst({
      where: { id: scope.territoryId, caisseId },
      select: { name: true },
    });
    if (!territory) throw new AppError("NOT_FOUND", "Territoire introuvable.");
    territoryName = territory.name;
  }
  if (scope.organisationId) {
    const organisation = await tx.organisation.findFirst({
      where: { id: scope.organisationId, caisseId },
      select: { name: true },
    });
    if (!organisation) throw new AppError("NOT_FOUND", "Organisation introuvable.");
    organisationName = organisation.name;
  }
  return { territoryName, organisationName };
}
