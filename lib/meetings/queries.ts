import "server-only";
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import { countsBy } from "../db/counts";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { MEETING_NOT_FOUND } from "./meeting-access";
import { CLOSED_DECISION_STATUSES, type DecisionFilters } from "./schemas";
import { compareNumbered } from "../sort";

export async function listMeetings(db: Db, scope: TerritoryScope) {
  const meetings = await db.meeting.findMany({
    where: { territoryId: scope.territory.id },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      kind: true,
      startsAt: true,
      place: true,
      status: true,
      minutes: true,
    },
  });
  const ids = meetings.map((m) => m.id);
  const [attendees, decisions, reviews] = await Promise.all([
    db.meetingAttendee.groupBy({ by: ["meetingId"], where: { meetingId: { in: ids } }, _count: { _all: true } }),
    db.decision.groupBy({ by: ["meetingId"], where: { meetingId: { in: ids } }, _count: { _all: true } }),
    db.meetingFicheReview.groupBy({ by: ["meetingId"], where: { meetingId: { in: ids } }, _count: { _all: true } }),
  ]);
  const [attendeesOf, decisionsOf, reviewsOf] = [
    countsBy(attendees, "meetingId"),
    countsBy(decisions, "meetingId"),
    countsBy(reviews, "meetingId"),
  ];
  return meetings.map((m) => ({
    ...m,
    _count: { attendees: attendeesOf(m.id), decisions: decisionsOf(m.id), ficheReviews: reviewsOf(m.id) },
  }));
}

type DecisionWithFollowUps = {
  meeting: { startsAt: Date };
  followUps: { meeting: { startsAt: Date }; statusAfter: string }[];
};

/**
 * The decisions a meeting follows up: taken at an earlier meeting and not closed by a follow-up at a meeting
 * before this one (a decision closed AT this meeting is still listed, with its closing follow-up).
 */
export function decisionsToFollowAt<D extends DecisionWithFollowUps>(decisions: D[], meeting: { startsAt: Date }): D[] {
  return decisions.filter(
    (d) =>
      d.meeting.startsAt < meeting.startsAt &&
      !d.followUps.some(
        (f) =>
          f.meeting.startsAt < meeting.startsAt &&
          (CLOSED_DECISION_STATUSES as readonly string[]).includes(f.statusAfter),
      ),
  );
}

const decisionInclude = {
  meeting: { select: { id: true, kind: true, startsAt: true } },
  ownerOrganisation: { select: { id: true, name: true, shortName: true } },
  followUps: {
    orderBy: { createdAt: "asc" },
    include: { meeting: { select: { id: true, kind: true, startsAt: true } } },
  },
} satisfies Prisma.DecisionInclude;

export async function getMeeting(db: Db, scope: TerritoryScope, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, territoryId: scope.territory.id },
    include: {
      convention: { select: { id: true, title: true, edition: true, startDate: true, endDate: true } },
      agendaItems: { orderBy: { position: "asc" } },
      attendees: {
        orderBy: [{ isAdviser: "asc" }, { name: "asc" }],
        include: { organisation: { select: { id: true, name: true, shortName: true } } },
      },
      ficheReviews: { include: { fiche: { select: { id: true, number: true, title: true, status: true } } } },
      decisions: { orderBy: { id: "asc" }, include: decisionInclude },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND", MEETING_NOT_FOUND);
  meeting.ficheReviews.sort((a, b) => compareNumbered(a.fiche.number, b.fiche.number));
  const earlier = await db.decision.findMany({
    where: { territoryId: scope.territory.id, meeting: { startsAt: { lt: meeting.startsAt } } },
    orderBy: [{ meeting: { startsAt: "asc" } }, { id: "asc" }],
    include: decisionInclude,
  });
  const toFollow = decisionsToFollowAt(earlier, meeting);
  const [previous, next] = await Promise.all([
    db.meeting.findFirst({
      where: { territoryId: scope.territory.id, startsAt: { lt: meeting.startsAt } },
      orderBy: { startsAt: "desc" },
      select: { id: true, kind: true, startsAt: true },
    }),
    db.meeting.findFirst({
      where: { territoryId: scope.territory.id, startsAt: { gt: meeting.startsAt } },
      orderBy: { startsAt: "asc" },
      select: { id: true, kind: true, startsAt: true },
    }),
  ]);
  return { ...meeting, toFollow, previous, next };
}

export type MeetingDetail = Awaited<ReturnType<typeof getMeeting>>;

export type MeetingFormOptions = Awaited<ReturnType<typeof meetingFormOptions>>;

export async function listDecisions(db: Db, scope: TerritoryScope, filters: DecisionFilters) {
  const where: Prisma.DecisionWhereInput = { territoryId: scope.territory.id };
  const statut = filters.statut ?? "ouvertes";
  if (statut === "ouvertes") where.status = { notIn: [...CLOSED_DECISION_STATUSES] };
  if (statut === "soldees") where.status = { in: [...CLOSED_DECISION_STATUSES] };
  if (filters.responsable) where.ownerOrganisationId = filters.responsable;
  return db.decision.findMany({
    where,
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    include: decisionInclude,
    take: 1000,
  });
}

/** What the meeting forms offer: the caisse's organisations and the fiches of the territory. */
export async function meetingFormOptions(db: Db, scope: TerritoryScope) {
  const [organisations, fiches] = await Promise.all([
    db.organisation.findMany({
      where: { caisseId: scope.territory.caisseId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.ficheAction.findMany({
      where: { territoryId: scope.territory.id },
      select: { id: true, number: true, title: true, status: true, convention: { select: { edition: true } } },
    }),
  ]);
  fiches.sort((a, b) => b.convention.edition - a.convention.edition || compareNumbered(a.number, b.number));
  return { organisations, fiches };
}

/** The organisations that own decisions on the territory (the owner filter of the decisions page). */
export async function listDecisionOwners(db: Db, scope: TerritoryScope) {
  return db.organisation.findMany({
    where: { ownedDecisions: { some: { territoryId: scope.territory.id } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
