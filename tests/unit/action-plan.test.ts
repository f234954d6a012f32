import { describe, expect, it } from "vitest";
import { applicableRates, computedFunding, type Rate } from "../../lib/facilities/funding";
import { isLate } from "../../lib/fiches-action/late";
import { saveBudgetLineSchema } from "../../lib/fiches-action/schemas";
import { budgetTotals } from "../../lib/fiches-action/totals";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the late rule", () => {
  it("is late once the end month is over and the fiche is neither done nor abandoned", () => {
    const end = d("2025-06-01"); // runs until 30 June 2025
    expect(isLate({ status: "IN_PROGRESS", endMonth: end }, d("2025-06-30"))).toBe(false);
    expect(isLate({ status: "IN_PROGRESS", endMonth: end }, d("2025-07-01"))).toBe(true);
    expect(isLate({ status: "NOT_STARTED", endMonth: end }, d("2026-01-01"))).toBe(true);
    expect(isLate({ status: "BLOCKED", endMonth: end }, d("2026-01-01"))).toBe(true);
    expect(isLate({ status: "DONE", endMonth: end }, d("2026-01-01"))).toBe(false);
    expect(isLate({ status: "ABANDONED", endMonth: end }, d("2026-01-01"))).toBe(false);
    expect(isLate({ status: "IN_PROGRESS", endMonth: null }, d("2030-01-01"))).toBe(false);
    expect(isLate({ status: "IN_PROGRESS", endMonth: d("2025-12-01") }, d("2026-01-01"))).toBe(true);
  });
});

describe("budget totals", () => {
  it("sums planned and actual per fiche, axe, funder and year, to the cent", () => {
    const lines = [
      {
        ficheId: "f1",
        axisId: "a1",
        year: 2024,
        funderId: "caf",
        nature: "OPERATING" as const,
        planned: 120000.1,
        actual: 118500.2,
      },
      {
        ficheId: "f1",
        axisId: "a1",
        year: 2025,
        funderId: "epci",
        nature: "OPERATING" as const,
        planned: 0.2,
        actual: null,
      },
      {
        ficheId: "f2",
        axisId: "a2",
        year: 2024,
        funderId: "caf",
        nature: "INVESTMENT" as const,
        planned: 30000,
        actual: 18000,
      },
    ];
    const totals = budgetTotals(lines);
    expect(totals.all).toEqual({ planned: 150000.3, actual: 136500.2 });
    expect(totals.byFiche.get("f1")).toEqual({ planned: 120000.3, actual: 118500.2 });
    expect(totals.byAxis.get("a2")).toEqual({ planned: 30000, actual: 18000 });
    expect(totals.byFunder.get("caf")).toEqual({ planned: 150000.1, actual: 136500.2 });
    expect(totals.byYear.get("2024")).toEqual({ planned: 150000.1, actual: 136500.2 });
    expect(totals.byYear.get("2025")).toEqual({ planned: 0.2, actual: 0 });
  });

  it("reads amounts typed the French way, and refuses text", () => {
    const base = { ficheId: "f", year: 2025, funderOrganisationId: "o" };
    expect(saveBudgetLineSchema.parse({ ...base, planned: "1 250 000,50", actual: "" })).toMatchObject({
      planned: 1250000.5,
      actual: null,
    });
    expect(saveBudgetLineSchema.parse({ ...base, planned: "1 000 €" }).planned).toBe(1000);
    expect(
      saveBudgetLineSchema.safeParse({ ...base, planned: "mille euros" }).error?.flatten().fieldErrors.planned,
    ).toEqual(["Prévu : montant en euros attendu."]);
    expect(saveBudgetLineSchema.safeParse({ ...base, planned: "-5" }).error?.flatten().fieldErrors.planned).toEqual([
      "Prévu : montant positif attendu.",
    ]);
  });
});

describe("funding from dated rate tables", () => {
  const rates: Rate[] = [
    { facilityType: "EAJE", territoryId: null, ratePerPlace: 1000, validFrom: d("2024-01-01") },
    { facilityType: "EAJE", territoryId: null, ratePerPlace: 1100, validFrom: d("2026-07-01") },
    { facilityType: "ALSH", territoryId: null, ratePerPlace: 300, validFrom: d("2024-01-01") },
    { facilityType: "ALSH", territoryId: "t1", ratePerPlace: 350, validFrom: d("2025-01-01") },
  ];
  const creche = { type: "EAJE", capacity: 24, openedOn: null, closedOn: null };

  it("applies one rate for a whole year", () => {
    expect(computedFunding(creche, applicableRates(rates, "EAJE", "t1"), 2025)).toBe(24_000);
  });

  it("splits a year at a rate change, day by day", () => {
    // 2026: 181 days at 1 000 €, 184 days at 1 100 € (365 days).
    const expected = Math.round(((24 * (1000 * 181 + 1100 * 184)) / 365) * 100) / 100;
    expect(computedFunding(creche, applicableRates(rates, "EAJE", "t1"), 2026)).toBe(expected);
    expect(expected).toBeCloseTo(25_209.86, 2); // 24 × (181 000 + 202 400) / 365
    expect(computedFunding(creche, applicableRates(rates, "EAJE", "t1"), 2027)).toBe(26_400);
  });

  it("counts only the days the facility is open, and nothing before the first rate", () => {
    const opened = { ...creche, openedOn: d("2025-09-01") }; // 122 days of 365
    expect(computedFunding(opened, applicableRates(rates, "EAJE", "t1"), 2025)).toBe(
      Math.round(((24 * 1000 * 122) / 365) * 100) / 100,
    );
    expect(computedFunding({ ...creche, closedOn: d("2025-06-30") }, applicableRates(rates, "EAJE", "t1"), 2025)).toBe(
      Math.round(((24 * 1000 * 181) / 365) * 100) / 100,
    );
    expect(computedFunding(creche, applicableRates(rates, "EAJE", "t1"), 2023)).toBe(0);
  });

  it("prefers the territory's own rate to the caisse-wide one", () => {
    const alsh = { type: "ALSH", capacity: 60, openedOn: null, closedOn: null };
    expect(computedFunding(alsh, applicableRates(rates, "ALSH", "t1"), 2025)).toBe(21_000);
    expect(computedFunding(alsh, applicableRates(rates, "ALSH", "t2"), 2025)).toBe(18_000);
  });
});
