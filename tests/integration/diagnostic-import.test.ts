import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importOpenData, previewImport } from "../../lib/diagnostic/import";
import { parseOpenDataFile, type ParsedFile } from "../../lib/diagnostic/parse";
import { loadTerritorySeries, epciValues } from "../../lib/diagnostic/queries";
import { coverageEpciCsv, sampleEpci } from "../../lib/cli/open-data-sample";
import { createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createCaisse, createTerritory, createUser } from "../helpers/factories";

const db = requireTestDatabase();
const SAMPLE = "prisma/seed/open-data";

function parsed(name: string, bytes?: Uint8Array): ParsedFile {
  const result = parseOpenDataFile(bytes ?? readFileSync(path.join(SAMPLE, name)), name);
  if (!result.ok) throw new Error(`${name}: ${result.message} ${result.errors.join(" ")}`);
  return result.file;
}
const source = (name: string, bytes?: Uint8Array) => ({ file: parsed(name, bytes), fileName: name });

/** A Lozère-like caisse (two territories with their SIREN, one without) and a Hautes-Pyrénées-like one. */
async function setup() {
  const lozere = await db.caisse.update({
    where: { id: (await createCaisse(db, "48")).id },
    data: { departement: "48" },
  });
  const hp = await db.caisse.update({ where: { id: (await createCaisse(db, "65")).id }, data: { departement: "65" } });
  const aubrac = await db.territory.update({
    where: { id: (await createTerritory(db, lozere.id, "Aubrac")).id },
    data: { siren: "200069268" },
  });
  const coeur = await db.territory.update({
    where: { id: (await createTerritory(db, lozere.id, "Cœur")).id },
    data: { siren: "244800405" },
  });
  const nosiren = await createTerritory(db, lozere.id, "Sans SIREN");
  const tlp = await db.territory.update({
    where: { id: (await createTerritory(db, hp.id, "TLP")).id },
    data: { siren: "200069300" },
  });
  const admin = await createUser(db, { role: "CAISSE_ADMIN", caisseId: lozere.id });
  const officer = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: lozere.id });
  const epciStaff = await createUser(db, { role: "EPCI_STAFF", caisseId: lozere.id, territoryId: aubrac.id });
  const hpAdmin = await createUser(db, { role: "CAISSE_ADMIN", caisseId: hp.id });
  return { lozere, hp, aubrac, coeur, nosiren, tlp, admin, officer, epciStaff, hpAdmin };
}

describe("open-data import", () => {
  it("previews then fills the caisse's territories' series from every sample file, and never another caisse's", async () => {
    const t = await setup();
    const names = [
      "txcouv_pe_epci.csv",
      "txcouv_pe_dep.json",
      "txcouv_pe_nat.csv",
      "nbpla_pe_epci.csv",
      "s_ben_epci_f.json",
      "s_ben_dep.csv",
      "s_ben_nat.csv",
    ];
    const previews = await previewImport(
      db,
      t.officer,
      t.lozere.id,
      names.map((n) => parsed(n)),
    );
    const coverage = previews.find((p) => p.datasetId === "txcouv_pe_epci")!;
    expect(coverage).toMatchObject({
      toAdd: 2 * 7 * 8 - 2,
      toUpdate: 0,
      unchanged: 0,
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023],
    });
    expect(coverage.ignored).toBeGreaterThan(200);
    expect(coverage.territoriesFound.map((x) => x.siren).sort()).toEqual(["200069268", "244800405"]);
    expect(coverage.territoriesMissing.map((x) => x.name)).toEqual([t.nosiren.name]);
    const dep = previews.find((p) => p.datasetId === "txcouv_pe_dep")!;
    expect(dep.areas.map((a) => a.code)).toEqual(["48"]);
    const sben = previews.find((p) => p.datasetId === "s_ben_dep")!;
    expect(sben.otherMonths).toBeGreaterThan(0);
    expect(await db.diagnosticValue.count({ where: { caisseId: t.lozere.id } })).toBe(0);

    const result = await importOpenData(db, t.officer, {
      caisseId: t.lozere.id,
      sources: names.map((n) => source(n)),
      extractedAt: new Date("2026-11-20T00:00:00Z"),
    });
    expect(result.imports).toHaveLength(7);
    expect(result.territoriesUpdated).toBe(3);

    const series = await loadTerritorySeries(db, t.aubrac);
    const txcouv = series.find((s) => s.key === "txcouv")!;
    expect(epciValues(txcouv).find((p) => p.year === 2022)!.value).toBe(48);
    expect(epciValues(txcouv).find((p) => p.year === 2023)!.value).toBe(52);
    expect(txcouv.rows.map((r) => r.level)).toEqual(["EPCI", "DEPARTEMENT", "FRANCE"]);
    expect(txcouv.provenance[0]).toMatchObject({ source: "Cnaf, data.caf.fr (Licence Ouverte)" });
    const households = series.find((s) => s.key === "indfoy_ndur")!;
    expect(households.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(households.rows.map((r) => r.level)).toEqual(["EPCI", "DEPARTEMENT", "FRANCE"]);
    expect(series.find((s) => s.key === "tot_offre")!.rows[0].values.every((v) => v !== null)).toBe(true);

    // One audit event per territory touched; none for another caisse's territory.
    const events = await db.auditEvent.findMany({ where: { action: "diagnostic.import", caisseId: t.lozere.id } });
    expect(new Set(events.map((e) => e.territoryId))).toEqual(new Set([t.aubrac.id, t.coeur.id, t.nosiren.id]));
    expect(await db.diagnosticValue.count({ where: { caisseId: t.hp.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { territoryId: t.tlp.id, action: "diagnostic.import" } })).toBe(0);
    // Only the caisse's areas are held.
    const codes = await db.diagnosticValue.findMany({
      where: { caisseId: t.lozere.id },
      distinct: ["areaCode"],
      select: { areaCode: true },
    });
    expect(codes.map((c) => c.areaCode).sort()).toEqual(["200069268", "244800405", "48", "FR"]);

    // The same files again: nothing to write, nothing recorded.
    const again = await importOpenData(db, t.admin, {
      caisseId: t.lozere.id,
      sources: names.map((n) => source(n)),
      extractedAt: new Date(),
    });
    expect(again.imports.every((i) => i.importId === null && i.added === 0 && i.updated === 0)).toBe(true);
    expect(await db.diagnosticImport.count({ where: { caisseId: t.lozere.id } })).toBe(7);
  });

  it("a newer year is added and a changed value updated; unchanged values keep their import", async () => {
    const t = await setup();
    const epci = sampleEpci().filter((e) => e.code === "200069268" || e.code === "244800405");
    const first = await importOpenData(db, t.officer, {
      caisseId: t.lozere.id,
      sources: [source("txcouv_pe_epci.csv", new TextEncoder().encode(coverageEpciCsv(epci, [2020, 2021, 2022])))],
      extractedAt: new Date("2025-06-01T00:00:00Z"),
    });
    const firstId = first.imports[0].importId!;
    // The next export: 2023 published, and 2021 revised.
    const next = coverageEpciCsv(epci, [2020, 2021, 2022, 2023]).replace(
      /^(2021;200069268;[^\r]*;)47,1\r$/m,
      "$147,3\r",
    );
    const file = parsed("txcouv_pe_epci.csv", new TextEncoder().encode(next));
    const [preview] = await previewImport(db, t.officer, t.lozere.id, [file]);
    expect(preview).toMatchObject({ toAdd: 16, toUpdate: 1 });
    const second = await importOpenData(db, t.officer, {
      caisseId: t.lozere.id,
      sources: [
        { file, fileName: "txcouv_pe_epci.csv", expected: { fingerprint: file.fingerprint, toAdd: 16, toUpdate: 1 } },
      ],
      extractedAt: new Date("2026-06-01T00:00:00Z"),
    });
    expect(second.imports[0]).toMatchObject({ added: 16, updated: 1, unchanged: 47 });
    const values = await db.diagnosticValue.findMany({
      where: { caisseId: t.lozere.id, areaCode: "200069268", series: "txcouv" },
      orderBy: { year: "asc" },
    });
    expect(values.map((v) => [v.year, Number(v.value), v.importId === firstId])).toEqual([
      [2020, 46.2, true],
      [2021, 47.3, false],
      [2022, 48, true],
      [2023, 52, false],
    ]);
    // The preview's counts no longer hold: the confirmation is refused.
    await expect(
      importOpenData(db, t.officer, {
        caisseId: t.lozere.id,
        sources: [{ file, fileName: "x.csv", expected: { fingerprint: file.fingerprint, toAdd: 16, toUpdate: 1 } }],
        extractedAt: new Date(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a file with one bad row, and writes nothing of any file of the import", async () => {
    const t = await setup();
    const good = readFileSync(path.join(SAMPLE, "txcouv_pe_epci.csv"), "utf8");
    const bad = good.replace(/^(2019;200069268;[^;]*;[^;]*;[^;]*;)[^;]*/m, "$1douze");
    const result = parseOpenDataFile(new TextEncoder().encode(bad), "txcouv_pe_epci.csv");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatch(/^Ligne \d+, colonne « txcouv_psu_col_epci » : « douze »/);
    }
    // A blocking file (nothing of the caisse) refuses the whole import, the good file included.
    const hpOnly = coverageEpciCsv(sampleEpci().filter((e) => e.departement === "65"));
    await expect(
      importOpenData(db, t.officer, {
        caisseId: t.lozere.id,
        sources: [source("nbpla_pe_epci.csv"), source("txcouv_pe_epci.csv", new TextEncoder().encode(hpOnly))],
        extractedAt: new Date(),
      }),
    ).rejects.toThrow(/Aucune ligne de ce fichier ne concerne les territoires de la caisse/);
    expect(await db.diagnosticValue.count({ where: { caisseId: t.lozere.id } })).toBe(0);
    expect(await db.diagnosticImport.count({ where: { caisseId: t.lozere.id } })).toBe(0);
  });

  it("is for the caisse's roles only", async () => {
    const t = await setup();
    const args = { caisseId: t.lozere.id, sources: [source("txcouv_pe_nat.csv")], extractedAt: new Date() };
    await expect(importOpenData(db, t.epciStaff, args)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importOpenData(db, t.hpAdmin, args)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.diagnosticValue.count({ where: { caisseId: t.lozere.id } })).toBe(0);
  });

  it("updates an indicator linked to the coverage rate", async () => {
    const t = await setup();
    const { id: conventionId } = await createModelConvention(db, t.officer, t.aubrac);
    const fiche = await db.ficheAction.create({
      data: { territoryId: t.aubrac.id, conventionId, number: "1.1", title: "Accueil du jeune enfant" },
    });
    const indicator = await db.indicator.create({
      data: {
        ficheId: fiche.id,
        name: "Taux de couverture",
        unit: "%",
        position: 1,
        diagnosticSeries: "txcouv",
        baselineYear: 2022,
      },
    });
    await importOpenData(db, t.officer, {
      caisseId: t.lozere.id,
      sources: [source("txcouv_pe_epci.csv")],
      extractedAt: new Date("2026-11-20T00:00:00Z"),
    });
    const after = await db.indicator.findUniqueOrThrow({ where: { id: indicator.id }, include: { values: true } });
    expect(Number(after.baselineValue)).toBe(48);
    expect(after.values.map((v) => [v.year, Number(v.value), v.fromDiagnostic])).toEqual([[2023, 52, true]]);
  });

  it("runs imports of one caisse one after the other", async () => {
    const t = await setup();
    const run = () =>
      importOpenData(db, t.officer, {
        caisseId: t.lozere.id,
        sources: [source("txcouv_pe_epci.csv")],
        extractedAt: new Date(),
      });
    const [a, b] = await Promise.all([run(), run()]);
    const added = [a.imports[0].added, b.imports[0].added].sort();
    expect(added).toEqual([0, 110]);
    expect(await db.diagnosticImport.count({ where: { caisseId: t.lozere.id } })).toBe(1);
  });
});
