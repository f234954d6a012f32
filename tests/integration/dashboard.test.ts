// The territory dashboard, its year filter and the annual bilan built from it, on one fixture counted by hand:
// each part is its own test, so that a failure names the part.
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { bilanPdfData } from "../../lib/dashboard/bilan";
import { getTerritoryDashboard } from "../../lib/dashboard/queries";
import { addDecision } from "../../lib/meetings/add-decision";
import { addDecisionSchema } from "../../lib/meetings/schemas";
import { BilanDocument, renderPdf } from "../../lib/pdf/steering-documents";
import { requireTestDatabase } from "../helpers/db";
import { d, readBack, scopeOf, setupSteering } from "../helpers/steering";

const db = requireTestDatabase();
const today = d("2026-11-22");

async function createFixture() {
  const { territoryA, caisseA, convention, officer, epci, dept, meeting } = await setupSteering(db);
  const axis1 = await db.axis.create({ data: { conventionId: convention.id, position: 1, title: "Petite enfance" } });
  const axis2 = await db.axis.create({ data: { conventionId: convention.id, position: 2, title: "Parentalité" } });
  const fiche = (
    number: string,
    status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "BLOCKED" | "ABANDONED",
    themes: ("EARLY_CHILDHOOD" | "PARENTING" | "YOUTH")[],
    axisId: string,
    end: string,
  ) =>
    db.ficheAction.create({
      data: {
        territoryId: territoryA.id,
        conventionId: convention.id,
        number,
        title: `Fiche ${number}`,
        status,
        themes,
        axisId,
        endMonth: d(`${end}-01`),
      },
    });
  const f1 = await fiche("1.1", "DONE", ["EARLY_CHILDHOOD"], axis1.id, "2025-06"); // done: never late
  const f2 = await fiche("1.2", "IN_PROGRESS", ["EARLY_CHILDHOOD", "YOUTH"], axis1.id, "2026-10"); // late
  await fiche("1.3", "BLOCKED", ["YOUTH"], axis1.id, "2026-11"); // ends this month: not late yet
  await fiche("2.1", "NOT_STARTED", ["PARENTING"], axis2.id, "2025-12"); // late
  await fiche("2.2", "ABANDONED", ["PARENTING"], axis2.id, "2024-12"); // abandoned: never late
  await fiche("2.3", "DONE", ["PARENTING", "YOUTH"], axis2.id, "2027-06");
  // A fiche of another convention of the same territory does not count.
  const old = await db.convention.create({
    data: {
      territoryId: territoryA.id,
      title: "CTG",
      edition: 1,
      startDate: d("2019-01-01"),
      endDate: d("2023-12-31"),
      status: "EXPIRED",
      annualFunding: 1_000_000,
    },
  });
  await db.ficheAction.create({
    data: {
      territoryId: territoryA.id,
      conventionId: old.id,
      number: "9",
      title: "Ancienne",
      status: "IN_PROGRESS",
      themes: ["YOUTH"],
      endMonth: d("2020-01-01"),
    },
  });

  await db.indicator.create({
    data: {
      ficheId: f1.id,
      position: 1,
      name: "Places d'accueil",
      baselineValue: 20,
      targetValue: 30,
      targetYear: 2028,
      values: {
        create: [
          { year: 2024, value: 22 },
          { year: 2025, value: 26 },
        ],
      },
    },
  });
  await db.indicator.create({
    data: {
      ficheId: f2.id,
      position: 1,
      name: "Jeunes accueillis",
      targetValue: 40,
      values: { create: [{ year: 2025, value: 50 }] },
    },
  });
  await db.budgetLine.createMany({
    data: [
      { ficheId: f1.id, year: 2025, funderOrganisationId: epci.id, planned: 10_000.1, actual: 9_000.05 },
      { ficheId: f1.id, year: 2025, funderOrganisationId: dept.id, planned: 5_000, actual: null },
      { ficheId: f2.id, year: 2026, funderOrganisationId: epci.id, planned: 2_500.2, actual: 2_500.2 },
    ],
  });
  const facility = await db.facility.create({
    data: {
      territoryId: territoryA.id,
      name: "Multi-accueil",
      type: "EAJE",
      capacity: 10,
      openedOn: d("2024-01-01"),
    },
  });
  await db.facilityFunding.create({
    data: { facilityId: facility.id, year: 2025, kind: "BONUS_TERRITOIRE", amount: 500 },
  });
  await db.fundingRate.create({
    data: { caisseId: caisseA.id, facilityType: "EAJE", ratePerPlace: 1000, validFrom: d("2024-01-01") },
  });
  const m = await meeting("2025-06-12");
  await addDecision(
    db,
    officer,
    addDecisionSchema.parse({ meetingId: m, text: "Décision ouverte", ownerName: "Coordinatrice" }),
  );
  const closedDecision = await addDecision(
    db,
    officer,
    addDecisionSchema.parse({ meetingId: m, text: "Décision soldée", ownerName: "Coordinatrice" }),
  );
  await db.decision.update({ where: { id: closedDecision.decisionId }, data: { status: "DONE" } });

  return { territoryA, convention, officer, epci, axis1 };
}

let fixture: Awaited<ReturnType<typeof createFixture>>;
beforeAll(async () => {
  fixture = await createFixture();
});
const dashboard = async (year?: number) =>
  getTerritoryDashboard(db, await scopeOf(db, fixture.officer, fixture.territoryA.id), { today, year });

describe("territory dashboard", () => {
  it("computes its figures as counted by hand from the fixture", async () => {
    const { convention, epci, axis1 } = fixture;
    const dash = await dashboard();
    expect(dash.convention?.id).toBe(convention.id);
    expect(dash.fiches.total).toBe(6);
    expect(dash.fiches.byStatus).toEqual({
      NOT_STARTED: 1,
      IN_PROGRESS: 1,
      DONE: 2,
      POSTPONED: 0,
      ABANDONED: 1,
      BLOCKED: 1,
    });
    expect(dash.fiches.shareDone).toBeCloseTo(2 / 6, 10);
    expect(dash.fiches.late.map((f) => f.number)).toEqual(["2.1", "1.2"]); // oldest end first
    expect(dash.fiches.byTheme.get("YOUTH")).toMatchObject({ IN_PROGRESS: 1, BLOCKED: 1, DONE: 1 });
    expect(dash.fiches.byTheme.get("PARENTING")).toMatchObject({ NOT_STARTED: 1, ABANDONED: 1, DONE: 1 });
    expect(dash.fiches.byAxis.get(axis1.id)).toMatchObject({ DONE: 1, IN_PROGRESS: 1, BLOCKED: 1 });
    // 2024-01-01 → 2028-12-31 is 1827 days; 2026-11-22 is day 1056 (0-based) of it.
    expect(dash.convention?.period.totalDays).toBe(1827);
    expect(dash.convention?.period.ratio).toBeCloseTo(1056 / 1827, 10);
    expect(dash.convention?.period.daysLeft).toBe(1827 - 1056);
    const places = dash.indicators.find((i) => i.name === "Places d'accueil")!;
    expect(places.latest).toEqual({ year: 2025, value: 26 });
    expect(places.progress).toBeCloseTo((26 - 20) / (30 - 20), 10);
    const jeunes = dash.indicators.find((i) => i.name === "Jeunes accueillis")!;
    expect(jeunes.progress).toBeCloseTo(50 / 40, 10);
    expect(jeunes.reached).toBe(true);
    expect(dash.budget.total).toEqual({ planned: 17_500.3, actual: 11_500.25 });
    expect(dash.budget.byYear.get(2025)).toEqual({ planned: 15_000.1, actual: 9_000.05 });
    expect(dash.budget.byFunderYear.get(epci.id)?.get(2026)).toEqual({ planned: 2_500.2, actual: 2_500.2 });
    // Facilities: 10 places × 1 000 € a year + 500 € in 2025; engagement: 1.0 M€ (CTG 1) until 2023, 1.25 M€ (CTG 2) from 2024.
    const funding = Object.fromEntries(dash.fundingByYear.map((f) => [f.year, [f.engagement, f.facilities]]));
    expect(funding[2023]).toEqual([1_000_000, 0]);
    expect(funding[2024]).toEqual([1_250_000, 10_000]);
    expect(funding[2025]).toEqual([1_250_000, 10_500]);
    expect(dash.openDecisions.map((x) => x.text)).toEqual(["Décision ouverte"]);
  });

  it("keeps only the chosen year's budget, meetings and decisions", async () => {
    // The year 2025 (what the bilan of 2025 shows): budget of 2025 only, indicator values up to 2025, meetings and decisions of 2025.
    const year = await dashboard(2025);
    expect(year.budget.total).toEqual({ planned: 15_000.1, actual: 9_000.05 });
    expect(year.meetingsOfYear).toHaveLength(1);
    expect(year.decisionsOfYear).toHaveLength(2);
  });

  it("renders the bilan of a year as a PDF that reads back", async () => {
    const { territoryA } = fixture;
    const year = await dashboard(2025);
    const bilan = await readBack(
      await renderPdf(
        createElement(BilanDocument, {
          data: bilanPdfData(year, { caisseName: "Caisse de test", territoryName: territoryA.name, year: 2025 }),
        }),
      ),
    );
    expect(bilan).toContain("Bilan annuel 2025");
    expect(bilan).toContain("6 fiches-action, dont 2 réalisées (33 %)");
    expect(bilan).toContain("Budget 2025 : 15 000 € prévus, 9 000 € réalisés");
    expect(bilan).toContain("Places d’accueil");
  });
});
