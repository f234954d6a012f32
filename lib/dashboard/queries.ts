import "server-only";
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import { getFacilitiesFunding } from "../facilities/queries";
import { pickPlanConvention } from "../fiches-action/plan";
import { CLOSED_DECISION_STATUSES } from "../meetings/schemas";
import { budgetFigures, engagementByYear, ficheFigures, indicatorProgress, periodElapsed } from "./compute";
import { compareNumbered } from "../sort";

/**
 * Everything the territory dashboard shows, for the plan of the current convention (the newest signed or
 * validated one, else the newest). With a year, the figures of that year only (the annual bilan): budget lines
 * of the year, indicator values up to the year, meetings and decisions of the year. A bounded number of queries,
 * each filtered by the territory (or the convention): the cost does not grow with the number of territories.
 */
export async function getTerritoryDashboard(
  db: Db,
  scope: TerritoryScope,
  options: { today?: Date; year?: number } = {},
) {
  const today = options.today ?? new Date();
  const { year } = options;
  const territoryId = scope.territory.id;
  const conventions = await db.convention.findMany({
    where: { territoryId },
    orderBy: { edition: "desc" },
    select: {
      id: true,
      title: true,
      edition: true,
      status: true,
      startDate: true,
      endDate: true,
      terminatedAt: true,
      annualFunding: true,
    },
  });
  const convention = pickPlanConvention(conventions, today);
  const conventionId = convention?.id ?? "-";
  const yearStart = year ? new Date(Date.UTC(year, 0, 1)) : undefined;
  const yearEnd = year ? new Date(Date.UTC(year + 1, 0, 1)) : undefined;
  // Facilities: the years of the convention (or the year of the bilan), with the caisse's engagement beside them.
  const thisYear = today.getUTCFullYear();
  const firstYear = convention ? convention.startDate.getUTCFullYear() : thisYear;
  const lastYear = convention ? convention.endDate.getUTCFullYear() : thisYear;
  const previous = conventions.filter((c) => convention && c.edition < convention.edition).at(0);
  const fromYear = previous ? Math.max(previous.startDate.getUTCFullYear(), firstYear - 2) : firstYear;
  const years = year ? [year] : Array.from({ length: Math.min(10, lastYear - fromYear + 1) }, (_, i) => fromYear + i);

  const [
    facilities,
    fiches,
    axes,
    indicators,
    budgetLines,
    openDecisions,
    openDecisionCount,
    nextMeeting,
    lastMeeting,
    meetingsOfYear,
    decisionsOfYear,
  ] = await Promise.all([
    getFacilitiesFunding(db, scope, years),
    db.ficheAction.findMany({
      where: { conventionId, territoryId },
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        themes: true,
        axisId: true,
        endMonth: true,
        pilotOrganisation: { select: { name: true, shortName: true } },
      },
    }),
    db.axis.findMany({
      where: { conventionId },
      orderBy: { position: "asc" },
      select: { id: true, position: true, title: true },
    }),
    db.indicator.findMany({
      where: { fiche: { conventionId, territoryId }, kind: "QUANTITATIVE" },
      orderBy: [{ ficheId: "asc" }, { position: "asc" }],
      select: {
        id: true,
        ficheId: true,
        name: true,
        unit: true,
        baselineValue: true,
        targetValue: true,
        targetYear: true,
        values: { select: { year: true, value: true }, orderBy: { year: "asc" } },
      },
    }),
    db.budgetLine.findMany({
      where: { fiche: { conventionId, territoryId }, ...(year ? { year } : {}) },
      select: {
        ficheId: true,
        year: true,
        funderOrganisationId: true,
        planned: true,
        actual: true,
        funderOrganisation: { select: { id: true, name: true, shortName: true } },
      },
    }),
    db.decision.findMany({
      where: { territoryId, status: { notIn: [...CLOSED_DECISION_STATUSES] } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        text: true,
        status: true,
        dueDate: true,
        ownerName: true,
        ownerOrganisation: { select: { id: true, name: true } },
        meeting: { select: { id: true, kind: true, startsAt: true } },
      },
    }),
    db.decision.count({ where: { territoryId, status: { notIn: [...CLOSED_DECISION_STATUSES] } } }),
    db.meeting.findFirst({
      where: { territoryId, startsAt: { gte: today }, status: "PLANNED" },
      orderBy: { startsAt: "asc" },
      select: { id: true, kind: true, startsAt: true, place: true },
    }),
    db.meeting.findFirst({
      where: { territoryId, status: "HELD" },
      orderBy: { startsAt: "desc" },
      select: { id: true, kind: true, startsAt: true, place: true, minutes: true },
    }),
    year
      ? db.meeting.findMany({
          where: { territoryId, startsAt: { gte: yearStart, lt: yearEnd } },
          orderBy: { startsAt: "asc" },
          select: { id: true, kind: true, startsAt: true, place: true, status: true },
        })
      : Promise.resolve([]),
    year
      ? db.decision.findMany({
          where: { territoryId, meeting: { startsAt: { gte: yearStart, lt: yearEnd } } },
          orderBy: { id: "asc" },
          select: {
            id: true,
            text: true,
            status: true,
            dueDate: true,
            ownerName: true,
            ownerOrganisation: { select: { name: true } },
          },
        })
      : Promise.resolve([]),
  ]);

  const ficheNumber = new Map(fiches.map((f) => [f.id, f.number]));
  // Statuses are today's (the history of statuses is not replayed), so lateness is today's too, also in a bilan.
  const figures = ficheFigures(fiches, today);
  const indicatorRows = indicators
    .map((i) => {
      const plain = {
        id: i.id,
        ficheId: i.ficheId,
        ficheNumber: ficheNumber.get(i.ficheId) ?? "",
        name: i.name,
        unit: i.unit,
        baselineValue: i.baselineValue === null ? null : Number(i.baselineValue),
        targetValue: i.targetValue === null ? null : Number(i.targetValue),
        targetYear: i.targetYear,
        values: i.values.map((v) => ({ year: v.year, value: v.value === null ? null : Number(v.value) })),
      };
      return { ...plain, ...indicatorProgress(plain, year) };
    })
    .sort((a, b) => compareNumbered(a.ficheNumber, b.ficheNumber));
  const budget = budgetFigures(
    budgetLines.map((l) => ({
      ficheId: l.ficheId,
      year: l.year,
      funderId: l.funderOrganisationId,
      planned: Number(l.planned),
      actual: l.actual === null ? null : Number(l.actual),
    })),
  );

  const engagement = engagementByYear(
    conventions.map((c) => ({ ...c, annualFunding: c.annualFunding === null ? null : Number(c.annualFunding) })),
    years,
  );
  const fundingByYear = years.map((y, index) => ({
    year: y,
    facilities: facilities.totals[y] ?? 0,
    facilityCount: facilities.rows.filter((r) => r.byYear[y].total > 0).length,
    engagement: engagement[index].amount,
    edition: engagement[index].edition,
  }));

  return {
    today,
    year,
    convention: convention
      ? {
          ...convention,
          annualFunding: convention.annualFunding === null ? null : Number(convention.annualFunding),
          period: periodElapsed(convention.startDate, convention.endDate, today),
        }
      : null,
    fiches: figures,
    ficheList: fiches,
    axes,
    indicators: indicatorRows,
    budget,
    funders: new Map(budgetLines.map((l) => [l.funderOrganisation.id, l.funderOrganisation])),
    fundingByYear,
    openDecisions,
    openDecisionCount,
    nextMeeting,
    lastMeeting,
    meetingsOfYear,
    decisionsOfYear,
  };
}

export type TerritoryDashboard = Awaited<ReturnType<typeof getTerritoryDashboard>>;
