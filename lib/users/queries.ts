// The people of a caisse, for its admins: each person with their roles in this caisse (never another caisse's),
// the invitations not used yet, and what the forms offer (territories and organisations of the caisse).
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import type { Db } from "../db/client";
import { roleWithScope } from "../labels";
import { compareFrench } from "../sort";

export async function getCaissePeople(db: Db, actor: Actor, caisseId: string, now = new Date()) {
  requireCaisse(actor, caisseId, "user.manage");
  const [caisse, memberships, invitations, territories, organisations] = await Promise.all([
    db.caisse.findUniqueOrThrow({ where: { id: caisseId }, select: { id: true, shortName: true } }),
    db.membership.findMany({
      where: { caisseId },
      select: {
        id: true,
        role: true,
        territoryId: true,
        organisationId: true,
        suspendedAt: true,
        territory: { select: { name: true } },
        organisation: { select: { name: true } },
        user: { select: { id: true, name: true, email: true, isActive: true, lastLoginAt: true } },
      },
      orderBy: [{ createdAt: "asc" }],
    }),
    db.invitation.findMany({
      where: { caisseId, acceptedAt: null, revokedAt: null },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        lastSentAt: true,
        expiresAt: true,
        territory: { select: { name: true } },
        organisation: { select: { name: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
    db.territory.findMany({ where: { caisseId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.organisation.findMany({ where: { caisseId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const people = new Map<
    string,
    {
      id: string;
      name: string;
      email: string;
      lastLoginAt: Date | null;
      active: boolean;
      isSelf: boolean;
      roles: {
        id: string;
        role: (typeof memberships)[number]["role"];
        territoryId: string | null;
        organisationId: string | null;
        label: string;
        suspended: boolean;
      }[];
    }
  >();
  for (const m of memberships) {
    const person = people.get(m.user.id) ?? {
      id: m.user.id,
      name: m.user.name,
      email: m.user.email,
      lastLoginAt: m.user.lastLoginAt,
      active: false,
      isSelf: m.user.id === actor.id,
      roles: [],
    };
    person.roles.push({
      id: m.id,
      role: m.role,
      territoryId: m.territoryId,
      organisationId: m.organisationId,
      label: roleWithScope(m.role, m.territory?.name, m.organisation?.name),
      suspended: m.suspendedAt !== null,
    });
    // Active here: the account is active and at least one of its roles in this caisse is not suspended.
    person.active ||= m.user.isActive && m.suspendedAt === null;
    people.set(m.user.id, person);
  }
  return {
    caisse,
    people: [...people.values()].sort((a, b) => compareFrench(a.name, b.name)),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      name: i.name,
      role: roleWithScope(i.role, i.territory?.name, i.organisation?.name),
      lastSentAt: i.lastSentAt,
      expiresAt: i.expiresAt,
      expired: i.expiresAt <= now,
    })),
    territories,
    organisations,
  };
}
export type CaissePeople = Awaited<ReturnType<typeof getCaissePeople>>;
