// The caisse overview's coverage rate: the latest `txcouv` of each territory's EPCI (the caisse's own values only),
// sortable with the convention status and the other columns.
import { describe, expect, it } from "vitest";
import { getCaisseOverview, overviewFiltersSchema } from "../../lib/dashboard/overview";
import { requireTestDatabase } from "../helpers/db";
import { createDiagnosticValues, createTenants, createTerritory } from "../helpers/factories";

const db = requireTestDatabase();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("caisse overview, coverage rate", () => {
  it("shows each territory's latest coverage rate with its year, none without data, and sorts by it and by convention status", async () => {
    const { caisseA, caisseB, territoryA, territoryA2, actors } = await createTenants(db);
    const third = await createTerritory(db, caisseA.id, "Territoire sans SIREN");
    await db.territory.update({ where: { id: territoryA.id }, data: { siren: "200069268" } });
    await db.territory.update({ where: { id: territoryA2.id }, data: { siren: "244800405" } });
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
      ["EPCI", "200069268", "CC Aubrac Lot Causses Tarn", "txcouv", 2022, 48],
      ["EPCI", "200069268", "CC Aubrac Lot Causses Tarn", "txcouv", 2023, 49.2],
      ["EPCI", "244800405", "CC Cœur de Lozère", "txcouv", 2023, 35.5],
      ["EPCI", "244800405", "CC Cœur de Lozère", "txcouv_eaje", 2024, 20],
    ]);
    // Caisse B's values for the same EPCI (a later year) are not caisse A's.
    await createDiagnosticValues(db, caisseB.id, "txcouv_pe_epci", [
      ["EPCI", "244800405", "CC Cœur de Lozère", "txcouv", 2024, 90],
    ]);
    await db.convention.create({
      data: { territoryId: territoryA.id, title: "CTG", startDate: d("2024-01-01"), endDate: d("2028-12-31") },
    });
    await db.convention.create({
      data: {
        territoryId: territoryA2.id,
        title: "CTG",
        startDate: d("2023-01-01"),
        endDate: d("2027-12-31"),
        status: "SIGNED",
      },
    });
    const officer = actors.COOPERATION_OFFICER;
    const today = d("2026-11-22");
    const overview = (filters: Record<string, string>) =>
      getCaisseOverview(db, officer, caisseA.id, overviewFiltersSchema.parse(filters), today);

    const all = await overview({});
    const row = (id: string) => all.rows.find((r) => r.territory.id === id)!;
    expect(row(territoryA.id).coverage).toEqual({ year: 2023, value: 49.2 });
    expect(row(territoryA2.id).coverage).toEqual({ year: 2023, value: 35.5 });
    expect(row(third.id).coverage).toBeNull();

    const ids = async (filters: Record<string, string>) => (await overview(filters)).rows.map((r) => r.territory.id);
    expect(await ids({ tri: "couverture", ordre: "asc" })).toEqual([territoryA2.id, territoryA.id, third.id]);
    // Territories without data stay last whatever the order.
    expect(await ids({ tri: "couverture", ordre: "desc" })).toEqual([territoryA.id, territoryA2.id, third.id]);
    expect(await ids({ tri: "convention", ordre: "asc" })).toEqual([territoryA.id, territoryA2.id, third.id]);
    expect(await ids({ tri: "convention", ordre: "desc" })).toEqual([territoryA2.id, territoryA.id, third.id]);
    // An unknown sort falls back to the name.
    expect(overviewFiltersSchema.parse({ tri: "inconnu" }).tri).toBeUndefined();
  });
});
