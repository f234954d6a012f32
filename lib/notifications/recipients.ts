// Who may be told about something of a territory: the same membership model as lib/auth/scope.ts (rolesOn): the
// caisse-wide roles of the territory's caisse, and the roles held on the territory itself; a suspended membership or
// a deactivated account gives nothing. Every recipient list of lib/notifications is filtered through here, so
// that another territory's people are never told anything.
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { CAISSE_ROLES } from "../auth/permissions";

export type NotifiedTerritory = { id: string; caisseId: string; slug: string; name: string };

/** The memberships that give access to `territory`. */
export function accessWhere(territory: { id: string; caisseId: string }): Prisma.MembershipWhereInput {
  return {
    suspendedAt: null,
    caisseId: territory.caisseId,
    user: { isActive: true },
    OR: [{ territoryId: null, role: { in: [...CAISSE_ROLES] } }, { territoryId: territory.id }],
  };
}

async function userIds(tx: Tx, where: Prisma.MembershipWhereInput): Promise<string[]> {
  const rows = await tx.membership.findMany({ where, select: { userId: true }, distinct: ["userId"] });
  return rows.map((r) => r.userId);
}

/** The people of an organisation on the territory (a fiche's pilot, a decision's owner). */
export function organisationMembers(tx: Tx, territory: { id: string; caisseId: string }, organisationId: string) {
  return userIds(tx, { AND: [accessWhere(territory), { organisationId, territoryId: territory.id }] });
}

/** The caisse's chargé(e)s de coopération (caisse-wide role). */
export function cooperationOfficers(
  tx: Tx,
  territory: { id: string; caisseId: string },
  roles: Role[] = ["COOPERATION_OFFICER"],
) {
  return userIds(tx, {
    AND: [accessWhere(territory), { territoryId: null, role: { in: roles } }],
  });
}

/** Of `ids`, the users that have access to `territory` (the final filter of every notification). */
export function withAccess(tx: Tx, territory: { id: string; caisseId: string }, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return userIds(tx, { AND: [accessWhere(territory), { userId: { in: ids } }] });
}

/** The accounts, with access to `territory`, whose email is one of `emails` (lower-case). */
export async function accountsByEmail(tx: Tx, territory: { id: string; caisseId: string }, emails: string[]) {
  if (!emails.length) return new Map<string, string>();
  const rows = await tx.membership.findMany({
    where: { AND: [accessWhere(territory), { user: { email: { in: emails } } }] },
    select: { user: { select: { id: true, email: true } } },
  });
  return new Map(rows.map((r) => [r.user.email, r.user.id]));
}
