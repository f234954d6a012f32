import { describe, expect, it } from "vitest";
import { saveFacilityAction, saveFundingRateAction } from "../../lib/facilities/actions";
import { requireTerritory } from "../../lib/auth/scope";
import { addFacilityFunding, saveFacility, saveFundingRate } from "../../lib/facilities/operations";
import { getFacilitiesFunding } from "../../lib/facilities/queries";
import { addFacilityFundingSchema, saveFacilitySchema, saveFundingRateSchema } from "../../lib/facilities/schemas";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();

describe("facilities and their funding", () => {
  it("totals computed and manual funding per year across a rate change date", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const { facilityId } = await saveFacility(
      db,
      officer,
      saveFacilitySchema.parse({
        territoryId: territoryA.id,
        name: "Crèche de La Canourgue",
        type: "EAJE",
        capacity: "24",
      }),
    );
    await saveFundingRate(
      db,
      officer,
      saveFundingRateSchema.parse({
        territoryId: territoryA.id,
        facilityType: "EAJE",
        scope: "caisse",
        ratePerPlace: "1 000",
        validFrom: "2024-01-01",
      }),
    );
    await saveFundingRate(
      db,
      officer,
      saveFundingRateSchema.parse({
        territoryId: territoryA.id,
        facilityType: "EAJE",
        scope: "caisse",
        ratePerPlace: "1 100",
        validFrom: "2026-07-01",
      }),
    );
    await addFacilityFunding(
      db,
      officer,
      addFacilityFundingSchema.parse({ facilityId, year: 2026, kind: "BONUS_TERRITOIRE", amount: "500,00" }),
    );
    const scope = await requireTerritory(db, officer, { id: territoryA.id }, "territory.read");
    const { rows, totals } = await getFacilitiesFunding(db, scope, [2025, 2026, 2027]);
    // Independent arithmetic: 24 places × 1 000 € in 2025; 181 days at 1 000 € and 184 at 1 100 € in 2026, + 500 €.
    expect(rows[0].byYear[2025]).toEqual({ computed: 24_000, manual: 0, total: 24_000 });
    expect(rows[0].byYear[2026].computed).toBeCloseTo((24 * (1000 * 181 + 1100 * 184)) / 365, 2);
    expect(totals[2026]).toBeCloseTo((24 * (1000 * 181 + 1100 * 184)) / 365 + 500, 2);
    expect(totals[2027]).toBe(26_400);
  });

  it("checks roles, references and input, with French messages", async () => {
    const { territoryA, territoryB, actors } = await createTenants(db);
    const foreignCommune = await db.commune.create({
      data: { territoryId: territoryB.id, name: `Ailleurs ${Date.now()}` },
    });
    expect(
      (
        await invoke(saveFacilityAction, actors.EPCI_STAFF, {
          territoryId: territoryA.id,
          name: "Crèche",
          type: "EAJE",
          communeId: foreignCommune.id,
        })
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await invoke(saveFacilityAction, actors.COPIL_MEMBER, {
          territoryId: territoryA.id,
          name: "Crèche",
          type: "EAJE",
        })
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await invoke(saveFundingRateAction, actors.EPCI_STAFF, {
          territoryId: territoryA.id,
          facilityType: "EAJE",
          scope: "caisse",
          ratePerPlace: "1",
          validFrom: "2025-01-01",
        })
      ).code,
    ).toBe("FORBIDDEN");
    const bad = await invoke(saveFacilityAction, actors.EPCI_STAFF, {
      territoryId: territoryA.id,
      name: "C",
      type: "GARDERIE",
      capacity: "vingt",
      openedOn: "2025-09-01",
      closedOn: "2025-01-01",
    });
    expect(bad.fieldErrors).toMatchObject({
      name: ["Nom : au moins 2 caractères."],
      type: ["Type de structure inconnu."],
      capacity: ["Places : nombre attendu."],
    });
    expect(await db.facility.count({ where: { territoryId: territoryA.id } })).toBe(0);
  });
});
