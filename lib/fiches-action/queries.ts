import "server-only";
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { FICHE_NOT_FOUND } from "./access";
import { isLate, lateWhere } from "./late";
import type { FicheFilters } from "./schemas";
import { budgetTotals } from "./totals";
import { compareNumbered } from "../sort";

const PRIORITY_ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;

export async function listFiches(db: Db, scope: TerritoryScope, filters: FicheFilters, today = new Date()) {
  const where: Prisma.FicheActionWhereInput = { territoryId: scope.territory.id };
  if (filters.theme) where.themes = { has: filters.theme };
  if (filters.axe) where.axisId = filters.axe;
  if (filters.statut) where.status = filters.statut;
  if (filters.pilote) where.pilotOrganisationId = filters.pilote;
  if (filters.priorite) where.priority = filters.priorite;
  if (filters.retard) Object.assign(where, lateWhere(today));
  if (filters.convention) where.conventionId = filters.convention;
  if (filters.financeur || filters.annee)
    where.budgetLines = {
      some: {
        ...(filters.financeur ? { funderOrganisationId: filters.financeur } : {}),
        ...(filters.annee ? { year: filters.annee } : {}),
      },
    };
  if (filters.q)
    where.OR = [
      { title: { contains: filters.q, mode: "insensitive" } },
      { number: { startsWith: filters.q } },
      { description: { contains: filters.q, mode: "insensitive" } },
    ];
  const direction = filters.ordre ?? "asc";
  const orderBy: Prisma.FicheActionOrderByWithRelationInput[] =
    filters.tri === "titre"
      ? [{ title: direction }]
      : filters.tri === "statut"
        ? [{ status: direction }, { number: "asc" }]
        : filters.tri === "fin"
          ? [{ endMonth: { sort: direction, nulls: "last" } }, { number: "asc" }]
          : [{ number: direction }];
  const fiches = await db.ficheAction.findMany({
    where,
    orderBy,
    take: 2000,
    select: {
      id: true,
      number: true,
      title: true,
      themes: true,
      status: true,
      priority: true,
      startMonth: true,
      endMonth: true,
      version: true,
      pilotOrganisationId: true,
      axis: { select: { id: true, title: true, position: true } },
      pilotOrganisation: { select: { id: true, name: true, shortName: true } },
      convention: { select: { edition: true } },
    },
  });
  const rows = fiches.map((f) => ({ ...f, late: isLate(f, today) }));
  // Numbers sort naturally ("2.10" after "2.9"); priority sorts by weight, not by code.
  if (!filters.tri || filters.tri === "numero")
    rows.sort((a, b) => compareNumbered(a.number, b.number) * (direction === "asc" ? 1 : -1));
  if (filters.tri === "priorite")
    rows.sort((a, b) => (PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]) * (direction === "asc" ? 1 : -1));
  return rows;
}

export async function listFilterOptions(db: Db, scope: TerritoryScope) {
  const [axes, pilots] = await Promise.all([
    db.axis.findMany({
      where: { convention: { territoryId: scope.territory.id } },
      orderBy: [{ convention: { edition: "desc" } }, { position: "asc" }],
      select: { id: true, title: true, position: true, convention: { select: { edition: true } } },
    }),
    db.organisation.findMany({
      where: { pilotedFiches: { some: { territoryId: scope.territory.id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { axes, pilots };
}

export async function getFiche(db: Db, scope: TerritoryScope, ficheId: string) {
  const fiche = await db.ficheAction.findFirst({
    where: { id: ficheId, territoryId: scope.territory.id },
    include: {
      axis: true,
      convention: { select: { id: true, title: true, edition: true } },
      pilotOrganisation: true,
      copilotOrganisation: true,
      communes: { include: { commune: true } },
      partners: { include: { organisation: true } },
      steps: { orderBy: { position: "asc" } },
      notes: { orderBy: { date: "desc" } },
      statusChanges: { orderBy: { createdAt: "desc" } },
      indicators: { orderBy: { position: "asc" }, include: { values: { orderBy: { year: "asc" } } } },
      budgetLines: { orderBy: [{ year: "asc" }], include: { funderOrganisation: true } },
    },
  });
  if (!fiche) throw new AppError("NOT_FOUND", FICHE_NOT_FOUND);
  const actorIds = [
    ...new Set(
      [...fiche.statusChanges.map((s) => s.actorId), ...fiche.notes.map((n) => n.authorId)].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const totals = budgetTotals(
    fiche.budgetLines.map((l) => ({
      ficheId: fiche.id,
      axisId: fiche.axisId,
      year: l.year,
      funderId: l.funderOrganisationId,
      nature: l.nature,
      planned: Number(l.planned),
      actual: l.actual === null ? null : Number(l.actual),
    })),
  );
  return { ...fiche, nameOf, totals };
}

export type FicheDetail = Awaited<ReturnType<typeof getFiche>>;

export async function listOrganisationsOfCaisse(db: Db, scope: TerritoryScope) {
  return db.organisation.findMany({
    where: { caisseId: scope.territory.caisseId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true },
  });
}

/** What the dashboards' drill-down filters point at (a convention of the territory, a funder of its caisse). */
export async function getDrillDownSubjects(
  db: Db,
  scope: TerritoryScope,
  ids: { conventionId?: string; funderId?: string },
) {
  const [convention, funder] = await Promise.all([
    ids.conventionId
      ? db.convention.findFirst({
          where: { id: ids.conventionId, territoryId: scope.territory.id },
          select: { edition: true },
        })
      : null,
    ids.funderId
      ? db.organisation.findFirst({
          where: { id: ids.funderId, caisseId: scope.territory.caisseId },
          select: { name: true },
        })
      : null,
  ]);
  return { convention, funder };
}

/** The axes of one convention of the territory. */
export async function listConventionAxes(db: Db, scope: TerritoryScope, conventionId: string) {
  return db.axis.findMany({
    where: { conventionId, convention: { territoryId: scope.territory.id } },
    orderBy: { position: "asc" },
  });
}
