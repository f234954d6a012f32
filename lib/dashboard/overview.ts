import "server-only";
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import type { Db } from "../db/client";
import type { ConventionStatus } from "../db/generated/enums";
import { latestCoverageByTerritory } from "../diagnostic/queries";
import { lateWhere } from "../fiches-action/late";
import { pickPlanConvention } from "../fiches-action/plan";
import { z } from "../zod-fr";
import { compareFrench } from "../sort";

export const overviewFiltersSchema = z.object({
  tri: z.enum(["nom", "convention", "couverture", "fin", "realisees", "retard", "reunion"]).optional().catch(undefined),
  ordre: z.enum(["asc", "desc"]).optional().catch(undefined),
  statut: z
    .enum(["DRAFT", "CONSULTATION", "VALIDATED", "SIGNED", "EXPIRED", "TERMINATED", "AUCUNE"])
    .optional()
    .catch(undefined),
  alerte: z.enum(["1"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type OverviewFilters = z.output<typeof overviewFiltersSchema>;

const RENEWAL_STATUSES: ConventionStatus[] = ["DRAFT", "CONSULTATION", "VALIDATED"];

/** The order of the "Convention" column: from the draft to the convention that ended (none last). */
const STATUS_ORDER: ConventionStatus[] = ["DRAFT", "CONSULTATION", "VALIDATED", "SIGNED", "EXPIRED", "TERMINATED"];

/** Ends within 12 months of today (and has not ended yet). */
export function endsWithinTwelveMonths(endDate: Date, today: Date): boolean {
  const limit = Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate());
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return endDate.getTime() >= todayUtc && endDate.getTime() <= limit;
}

/**
 * Every territory of a caisse with its current convention (newest signed, else newest), whether a renewal draft
 * exists (a newer edition not yet signed), share of fiches done and late fiches of that convention, and the last
 * meeting held, and the latest coverage rate of its EPCI (open data, `txcouv`). Six queries whatever the number of
 * territories.
 */
export async function getCaisseOverview(
  db: Db,
  actor: Actor,
  caisseId: string,
  filters: OverviewFilters,
  today = new Date(),
) {
  requireCaisse(actor, caisseId, "caisse.overview");
  const [caisse, territories, conventions, ficheCounts, lateCounts, lastMeetings] = await Promise.all([
    db.caisse.findUniqueOrThrow({ where: { id: caisseId }, select: { id: true, name: true, shortName: true } }),
    db.territory.findMany({ where: { caisseId }, select: { id: true, slug: true, name: true, siren: true } }),
    db.convention.findMany({
      where: { territory: { caisseId } },
      select: {
        id: true,
        territoryId: true,
        edition: true,
        status: true,
        startDate: true,
        endDate: true,
        terminatedAt: true,
      },
    }),
    db.ficheAction.groupBy({
      by: ["conventionId", "status"],
      where: { territory: { caisseId } },
      _count: { _all: true },
    }),
    db.ficheAction.groupBy({
      by: ["conventionId"],
      where: { territory: { caisseId }, ...lateWhere(today) },
      _count: { _all: true },
    }),
    db.meeting.groupBy({
      by: ["territoryId"],
      where: { territory: { caisseId }, status: "HELD" },
      _max: { startsAt: true },
    }),
  ]);
  const coverage = await latestCoverageByTerritory(db, caisseId, territories);
  const conventionsOf = new Map<string, typeof conventions>();
  for (const c of conventions) conventionsOf.set(c.territoryId, [...(conventionsOf.get(c.territoryId) ?? []), c]);
  const lastMeetingOf = new Map(lastMeetings.map((m) => [m.territoryId, m._max.startsAt]));
  const lateOf = new Map(lateCounts.map((l) => [l.conventionId, l._count._all]));

  let rows = territories.map((t) => {
    const list = (conventionsOf.get(t.id) ?? []).sort((a, b) => b.edition - a.edition);
    const current = pickPlanConvention(list, today); // the same convention as the territory's dashboard
    const renewal = current
      ? (list.find((c) => c.edition > current.edition && RENEWAL_STATUSES.includes(c.status)) ?? null)
      : null;
    const counts = ficheCounts.filter((f) => f.conventionId === current?.id);
    const total = counts.reduce((sum, f) => sum + f._count._all, 0);
    const done = counts.find((f) => f.status === "DONE")?._count._all ?? 0;
    const ending = current !== null && current.status === "SIGNED" && endsWithinTwelveMonths(current.endDate, today);
    return {
      territory: { id: t.id, slug: t.slug, name: t.name },
      convention: current,
      /** The latest coverage rate of the territory's EPCI (places for 100 children under 3) and its year. */
      coverage: coverage.get(t.id) ?? null,
      renewal,
      fiches: total,
      done,
      shareDone: total ? done / total : null,
      late: current ? (lateOf.get(current.id) ?? 0) : 0,
      lastMeeting: lastMeetingOf.get(t.id) ?? null,
      alert: ending && !renewal,
    };
  });

  if (filters.statut)
    rows = rows.filter((r) =>
      filters.statut === "AUCUNE" ? r.convention === null : r.convention?.status === filters.statut,
    );
  if (filters.alerte) rows = rows.filter((r) => r.alert);
  if (filters.q) {
    const q = filters.q.toLocaleLowerCase("fr");
    rows = rows.filter((r) => r.territory.name.toLocaleLowerCase("fr").includes(q));
  }
  const direction = filters.ordre === "desc" ? -1 : 1;
  const nullsLast = (a: number | null, b: number | null) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : (a - b) * direction;
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    compareFrench(a.territory.name, b.territory.name);
  rows.sort((a, b) => {
    switch (filters.tri) {
      case "convention":
        return (
          nullsLast(
            a.convention ? STATUS_ORDER.indexOf(a.convention.status) : null,
            b.convention ? STATUS_ORDER.indexOf(b.convention.status) : null,
          ) || byName(a, b)
        );
      case "couverture":
        return nullsLast(a.coverage?.value ?? null, b.coverage?.value ?? null) || byName(a, b);
      case "fin":
        return (
          nullsLast(a.convention?.endDate.getTime() ?? null, b.convention?.endDate.getTime() ?? null) || byName(a, b)
        );
      case "realisees":
        return nullsLast(a.shareDone, b.shareDone) || byName(a, b);
      case "retard":
        return (a.late - b.late) * direction || byName(a, b);
      case "reunion":
        return nullsLast(a.lastMeeting?.getTime() ?? null, b.lastMeeting?.getTime() ?? null) || byName(a, b);
      default:
        return byName(a, b) * direction;
    }
  });
  return { caisse, rows, totalTerritories: territories.length };
}

export type CaisseOverview = Awaited<ReturnType<typeof getCaisseOverview>>;
