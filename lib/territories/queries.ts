import "server-only";
import type { Actor } from "../auth/actor";
import { visibleTerritoriesWhere, type TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import { countsBy } from "../db/counts";
import type { FicheStatus } from "../db/generated/enums";

/** The territories the caller may see, grouped by caisse, with each convention's status and period. */
export async function listVisibleTerritories(db: Db, actor: Actor) {
  const territories = await db.territory.findMany({
    where: visibleTerritoriesWhere(actor),
    orderBy: [{ caisse: { shortName: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      caisse: { select: { id: true, shortName: true, kind: true } },
      conventions: {
        orderBy: { edition: "desc" },
        select: { id: true, title: true, edition: true, status: true, startDate: true, endDate: true },
      },
    },
  });
  const groups = new Map<string, { caisse: (typeof territories)[number]["caisse"]; territories: typeof territories }>();
  for (const territory of territories) {
    const group = groups.get(territory.caisse.id) ?? { caisse: territory.caisse, territories: [] };
    group.territories.push(territory);
    groups.set(territory.caisse.id, group);
  }
  return [...groups.values()];
}

/** The territory home page: identity, conventions, fiche counts by status, next meeting. */
export async function getTerritoryHome(db: Db, scope: TerritoryScope, now = new Date()) {
  const territoryId = scope.territory.id;
  const [territory, conventions, statusCounts, nextMeeting, lastMeeting] = await Promise.all([
    db.territory.findUniqueOrThrow({
      where: { id: territoryId },
      select: {
        id: true,
        slug: true,
        name: true,
        siren: true,
        population: true,
        version: true,
        caisse: { select: { shortName: true } },
        communes: { select: { name: true }, orderBy: { name: "asc" } },
      },
    }),
    db.convention.findMany({
      where: { territoryId },
      orderBy: { edition: "desc" },
      select: {
        id: true,
        title: true,
        edition: true,
        status: true,
        startDate: true,
        endDate: true,
        annualFunding: true,
      },
    }),
    db.ficheAction.groupBy({ by: ["status"], where: { territoryId }, _count: { _all: true } }),
    db.meeting.findFirst({
      where: { territoryId, startsAt: { gte: now }, status: "PLANNED" },
      orderBy: { startsAt: "asc" },
      select: { id: true, kind: true, startsAt: true, place: true },
    }),
    db.meeting.findFirst({
      where: { territoryId, startsAt: { lt: now }, status: "HELD" },
      orderBy: { startsAt: "desc" },
      select: { id: true, kind: true, startsAt: true, place: true },
    }),
  ]);
  const counts = Object.fromEntries(statusCounts.map((row) => [row.status, row._count._all])) as Partial<
    Record<FicheStatus, number>
  >;
  const ids = conventions.map((c) => c.id);
  const [signatories, fiches] = await Promise.all([
    db.signatory.groupBy({ by: ["conventionId"], where: { conventionId: { in: ids } }, _count: { _all: true } }),
    db.ficheAction.groupBy({
      by: ["conventionId"],
      where: { territoryId, conventionId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  const signatoriesOf = countsBy(signatories, "conventionId");
  const fichesOf = countsBy(fiches, "conventionId");
  return {
    territory,
    conventions: conventions.map((c) => ({
      ...c,
      _count: { signatories: signatoriesOf(c.id), fiches: fichesOf(c.id) },
    })),
    ficheCounts: counts,
    nextMeeting,
    lastMeeting,
  };
}

export async function listCommunes(db: Db, scope: TerritoryScope) {
  return db.commune.findMany({ where: { territoryId: scope.territory.id }, orderBy: { name: "asc" } });
}

export async function getCaisseOfTerritory(db: Db, scope: TerritoryScope) {
  return db.caisse.findUniqueOrThrow({ where: { id: scope.territory.caisseId }, select: { name: true } });
}
