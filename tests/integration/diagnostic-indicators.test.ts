// Indicators of fiches-action linked to a diagnostic series: linking fills the baseline and the yearly values at once
// (same transaction), a new import's year updates them, a value the series publishes cannot be typed over, unlinking
// keeps the values, and another caisse's values are never used.
import { describe, expect, it } from "vitest";
import { syncLinkedIndicators } from "../../lib/diagnostic/indicators";
import { createFiche } from "../../lib/fiches-action/create-fiche";
import { linkIndicatorSeries } from "../../lib/fiches-action/link-indicator-series";
import { saveIndicator } from "../../lib/fiches-action/save-indicator";
import { saveIndicatorValue } from "../../lib/fiches-action/save-indicator-value";
import {
  createFicheSchema,
  linkIndicatorSeriesSchema,
  saveIndicatorSchema,
  saveIndicatorValueSchema,
} from "../../lib/fiches-action/schemas";
import { requireTestDatabase } from "../helpers/db";
import { createDiagnosticValues, createTenants } from "../helpers/factories";

const db = requireTestDatabase();
const SIREN = "200069268";

async function setup() {
  const tenants = await createTenants(db);
  const { caisseA, caisseB, territoryA } = tenants;
  await db.territory.update({ where: { id: territoryA.id }, data: { siren: SIREN } });
  const convention = await db.convention.create({
    data: {
      territoryId: territoryA.id,
      title: "CTG",
      startDate: new Date("2024-01-01"),
      endDate: new Date("2028-12-31"),
    },
  });
  await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
    ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2021, 46.5],
    ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2022, 48],
    ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2023, 49.2],
  ]);
  await createDiagnosticValues(db, caisseA.id, "txcouv_pe_dep", [["DEPARTEMENT", "48", "Lozère", "txcouv", 2023, 61]]);
  // Another caisse holds other values for the same EPCI (and a later year): never read for caisse A's indicators.
  await createDiagnosticValues(db, caisseB.id, "txcouv_pe_epci", [
    ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2022, 12],
    ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2024, 13],
  ]);
  const staff = tenants.actors.EPCI_STAFF;
  const { ficheId } = await createFiche(
    db,
    staff,
    createFicheSchema.parse({
      conventionId: convention.id,
      number: "1.1",
      title: "Accueil du jeune enfant",
      themes: ["EARLY_CHILDHOOD"],
    }),
  );
  return { ...tenants, convention, staff, ficheId };
}

const indicatorOf = (id: string) =>
  db.indicator.findUniqueOrThrow({ where: { id }, include: { values: { orderBy: { year: "asc" } } } });

describe("indicators linked to a diagnostic series", () => {
  it("fills the baseline (its year's value, 48 in 2022 as Aubrac's 1.1) and the yearly values when created linked, then follows a new import", async () => {
    const { staff, ficheId, caisseA } = await setup();
    const { indicatorId } = await saveIndicator(
      db,
      staff,
      saveIndicatorSchema.parse({
        ficheId,
        name: "Taux de couverture petite enfance",
        unit: "%",
        baselineYear: "2022",
        targetValue: "55",
        targetYear: "2028",
        diagnosticSeries: "txcouv",
      }),
    );
    let indicator = await indicatorOf(indicatorId);
    expect(indicator.diagnosticSeries).toBe("txcouv");
    expect(Number(indicator.baselineValue)).toBe(48);
    expect(indicator.baselineYear).toBe(2022);
    expect(indicator.values.map((v) => [v.year, Number(v.value), v.fromDiagnostic])).toEqual([[2023, 49.2, true]]);
    expect(indicator.values[0].comment).toBe("Données ouvertes Cnaf (txcouv_pe_epci), extraites le 15 novembre 2026");
    const audit = await db.auditEvent.findMany({ where: { entityId: indicatorId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["indicator.create", "indicator.diagnostic"]);

    // A later import publishes 2024 (and corrects 2023): the next sync takes both.
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2024, 51.4],
    ]);
    await db.diagnosticValue.updateMany({
      where: { caisseId: caisseA.id, areaCode: SIREN, series: "txcouv", year: 2023 },
      data: { value: 49.5 },
    });
    expect(await db.$transaction((tx) => syncLinkedIndicators(tx, null, caisseA.id, { indicatorId }))).toBe(1);
    indicator = await indicatorOf(indicatorId);
    expect(indicator.values.map((v) => [v.year, Number(v.value), v.fromDiagnostic])).toEqual([
      [2023, 49.5, true],
      [2024, 51.4, true],
    ]);
    // Caisse B's 2024 value (13) and 2022 value (12) never appear.
    expect(Number(indicator.baselineValue)).toBe(48);
  });

  it("without a baseline year, takes the last year published before the convention starts", async () => {
    const { staff, ficheId, caisseA } = await setup();
    const { indicatorId } = await saveIndicator(
      db,
      staff,
      saveIndicatorSchema.parse({ ficheId, name: "Taux de couverture", diagnosticSeries: "txcouv" }),
    );
    let indicator = await indicatorOf(indicatorId);
    expect([Number(indicator.baselineValue), indicator.baselineYear]).toEqual([49.2, 2023]);
    expect(indicator.values).toEqual([]);
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2024, 51.4],
    ]);
    await db.$transaction((tx) => syncLinkedIndicators(tx, null, caisseA.id));
    indicator = await indicatorOf(indicatorId);
    expect([Number(indicator.baselineValue), indicator.baselineYear]).toEqual([49.2, 2023]);
    expect(indicator.values.map((v) => [v.year, Number(v.value)])).toEqual([[2024, 51.4]]);
  });

  it("links an existing indicator, refuses typing over a published year, accepts another year, and unlinking keeps the values", async () => {
    const { staff, ficheId, caisseA } = await setup();
    const { indicatorId } = await saveIndicator(
      db,
      staff,
      saveIndicatorSchema.parse({ ficheId, name: "Taux de couverture", baselineValue: "40", baselineYear: "2020" }),
    );
    await saveIndicatorValue(db, staff, saveIndicatorValueSchema.parse({ indicatorId, year: 2023, value: "47" }));
    await saveIndicatorValue(db, staff, saveIndicatorValueSchema.parse({ indicatorId, year: 2025, value: "52" }));

    await linkIndicatorSeries(db, staff, linkIndicatorSeriesSchema.parse({ indicatorId, diagnosticSeries: "txcouv" }));
    let indicator = await indicatorOf(indicatorId);
    // A baseline year the series does not publish (2020) keeps the typed baseline.
    expect([Number(indicator.baselineValue), indicator.baselineYear]).toEqual([40, 2020]);
    expect(indicator.values.map((v) => [v.year, Number(v.value), v.fromDiagnostic])).toEqual([
      [2021, 46.5, true],
      [2022, 48, true],
      [2023, 49.2, true],
      [2025, 52, false],
    ]);

    await expect(
      saveIndicatorValue(db, staff, saveIndicatorValueSchema.parse({ indicatorId, year: 2023, value: "50" })),
    ).rejects.toThrow(
      "La valeur 2023 vient des données ouvertes du diagnostic (série « Taux de couverture global ») et suit chaque import",
    );
    // A year the series does not publish yet: typed, until an import publishes it.
    await saveIndicatorValue(db, staff, saveIndicatorValueSchema.parse({ indicatorId, year: 2024, value: "50" }));
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2024, 51.4],
    ]);
    await db.$transaction((tx) => syncLinkedIndicators(tx, null, caisseA.id, { indicatorId }));
    indicator = await indicatorOf(indicatorId);
    expect(indicator.values.find((v) => v.year === 2024)).toMatchObject({ fromDiagnostic: true });
    expect(Number(indicator.values.find((v) => v.year === 2024)!.value)).toBe(51.4);

    // Unlinking keeps the values and stops the updates; they can be typed again.
    await linkIndicatorSeries(db, staff, linkIndicatorSeriesSchema.parse({ indicatorId, diagnosticSeries: "" }));
    await db.diagnosticValue.updateMany({
      where: { caisseId: caisseA.id, areaCode: SIREN, series: "txcouv", year: 2023 },
      data: { value: 70 },
    });
    expect(await db.$transaction((tx) => syncLinkedIndicators(tx, null, caisseA.id))).toBe(0);
    indicator = await indicatorOf(indicatorId);
    expect(indicator.diagnosticSeries).toBeNull();
    expect(Number(indicator.values.find((v) => v.year === 2023)!.value)).toBe(49.2);
    await saveIndicatorValue(db, staff, saveIndicatorValueSchema.parse({ indicatorId, year: 2023, value: "50" }));
    expect((await indicatorOf(indicatorId)).values.find((v) => v.year === 2023)).toMatchObject({
      fromDiagnostic: false,
    });
    const audit = await db.auditEvent.findMany({
      where: { entityId: indicatorId, action: "indicator.update" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.changes)).toEqual([
      { diagnosticSeries: { old: null, new: "txcouv" } },
      { diagnosticSeries: { old: "txcouv", new: null } },
    ]);
  });

  it("refuses an unknown series and a qualitative indicator, in French", async () => {
    const { staff, ficheId } = await setup();
    const parsed = saveIndicatorSchema.safeParse({ ficheId, name: "Taux", diagnosticSeries: "inconnue" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe("Série du diagnostic inconnue.");
    await expect(
      saveIndicator(
        db,
        staff,
        saveIndicatorSchema.parse({ ficheId, name: "Ressenti", kind: "QUALITATIVE", diagnosticSeries: "txcouv" }),
      ),
    ).rejects.toThrow("Seul un indicateur quantitatif peut reprendre les valeurs du diagnostic");
  });

  it("reads only the caisse's own values: a territory of caisse B linked to the same EPCI gets caisse B's", async () => {
    const { caisseA, caisseB, territoryB } = await setup();
    await db.territory.update({ where: { id: territoryB.id }, data: { siren: SIREN } });
    const conventionB = await db.convention.create({
      data: {
        territoryId: territoryB.id,
        title: "CTG",
        startDate: new Date("2023-01-01"),
        endDate: new Date("2027-12-31"),
      },
    });
    const fiche = await db.ficheAction.create({
      data: { territoryId: territoryB.id, conventionId: conventionB.id, number: "1.1", title: "Fiche B" },
    });
    const indicator = await db.indicator.create({
      data: { ficheId: fiche.id, position: 1, name: "Taux", diagnosticSeries: "txcouv" },
    });
    await db.$transaction((tx) => syncLinkedIndicators(tx, null, caisseB.id, { indicatorId: indicator.id }));
    const after = await indicatorOf(indicator.id);
    expect([Number(after.baselineValue), after.baselineYear]).toEqual([12, 2022]);
    expect(after.values.map((v) => [v.year, Number(v.value)])).toEqual([[2024, 13]]);
    // A sync for caisse A never reaches caisse B's indicator.
    await db.diagnosticValue.updateMany({ where: { caisseId: caisseB.id, year: 2024 }, data: { value: 14 } });
    expect(
      await db.$transaction((tx) => syncLinkedIndicators(tx, null, caisseA.id, { indicatorId: indicator.id })),
    ).toBe(0);
    expect(Number((await indicatorOf(indicator.id)).values[0].value)).toBe(13);
  });
});
