import "server-only";
// The caisse's partner directory. Callers have passed requireCaisse(…, "organisation.manage") for `caisseId`.
import type { Db } from "../db/client";
import { compareFrench } from "../sort";

/**
 * Every partner of the caisse with the territories where it takes part: the one it belongs to, those whose EPCI it
 * is, whose conventions it signs, whose fiches it pilots, and where its people hold a role.
 */
export async function listOrganisations(db: Db, caisseId: string) {
  const organisations = await db.organisation.findMany({
    where: { caisseId },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      shortName: true,
      siren: true,
      version: true,
      territory: { select: { id: true, name: true, slug: true } },
      epciOf: { where: { caisseId }, select: { id: true, name: true, slug: true } },
      signatories: {
        select: { convention: { select: { territory: { select: { id: true, name: true, slug: true } } } } },
      },
      pilotedFiches: {
        where: { territory: { caisseId } },
        distinct: ["territoryId"],
        select: { territory: { select: { id: true, name: true, slug: true } } },
      },
      memberships: {
        where: { caisseId, territoryId: { not: null } },
        distinct: ["territoryId"],
        select: { territory: { select: { id: true, name: true, slug: true } } },
      },
    },
  });
  return organisations.map(({ territory, epciOf, signatories, pilotedFiches, memberships, ...organisation }) => {
    const places = new Map<string, { id: string; name: string; slug: string }>();
    for (const t of [
      territory,
      ...epciOf,
      ...signatories.map((s) => s.convention.territory),
      ...pilotedFiches.map((f) => f.territory),
      ...memberships.map((m) => m.territory),
    ])
      if (t) places.set(t.id, t);
    return {
      ...organisation,
      territoryId: territory?.id ?? null,
      territories: [...places.values()].sort((a, b) => compareFrench(a.name, b.name)),
    };
  });
}

export function getOrganisation(db: Db, caisseId: string, organisationId: string) {
  return db.organisation.findFirst({
    where: { id: organisationId, caisseId },
    select: { id: true, kind: true, name: true, shortName: true, siren: true, territoryId: true, version: true },
  });
}

/** The caisse's territories, for the "territoire" choice of a partner. */
export function listCaisseTerritories(db: Db, caisseId: string) {
  return db.territory.findMany({ where: { caisseId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
