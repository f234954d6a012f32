// Annexe 3 "Diagnostic partagé", generated from the territory's open data and findings: its content, the PDF and
// Word text, the empty state and the readiness warning, and the content frozen at signature (a later import never
// changes a signed convention's annexe 3).
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { changeConventionStatus } from "../../lib/conventions/change-status";
import { saveDeliberation } from "../../lib/conventions/deliberations";
import { loadConventionPdfData } from "../../lib/conventions/pdf-data";
import { SERIES } from "../../lib/diagnostic/catalogue";
import { conventionReadiness, readinessMessage } from "../../lib/conventions/readiness";
import { recordSignatureSchema, saveAnnexSchema, saveDeliberationSchema } from "../../lib/conventions/schemas";
import { saveAnnex } from "../../lib/conventions/save-annex";
import { recordSignature } from "../../lib/conventions/sign-convention";
import { Prisma } from "../../lib/db/generated/client";
import { renderConventionDocx } from "../../lib/docx/convention-docx";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { renderConventionPdf } from "../../lib/pdf/render-convention";
import { renderInputVersion } from "../../lib/pdf-store/version";
import { completeModelConvention, createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createDiagnosticValues, createTenants } from "../helpers/factories";

const db = requireTestDatabase();
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").replace(/’/g, "'");
const SIREN = "200069268";
type Value = Parameters<typeof createDiagnosticValues>[3][number];

async function docxText(bytes: Uint8Array) {
  const xml = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");
}

/** Territory A with its EPCI's SIREN, coverage rates 2017-2023 (EPCI, Lozère, France) and a finding. */
async function setup() {
  const tenants = await createTenants(db);
  const { caisseA, territoryA } = tenants;
  await db.territory.update({ where: { id: territoryA.id }, data: { siren: SIREN } });
  const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023];
  await createDiagnosticValues(
    db,
    caisseA.id,
    "txcouv_pe_epci",
    years.map((year, i): Value => ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", year, 42 + i]),
  );
  await createDiagnosticValues(
    db,
    caisseA.id,
    "txcouv_pe_dep",
    years.map((year): Value => ["DEPARTEMENT", "48", "Lozère", "txcouv", year, 61.25]),
  );
  await createDiagnosticValues(
    db,
    caisseA.id,
    "txcouv_pe_nat",
    years.map((year): Value => ["FRANCE", "FR", "France", "txcouv", year, 59.7]),
  );
  await createDiagnosticValues(db, caisseA.id, "s_ben_epci_f", [
    ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "indfoy_ndur", 2023, 1235],
  ]);
  await db.diagnosticFinding.create({
    data: {
      territoryId: territoryA.id,
      theme: "PETITE_ENFANCE",
      body: "<p>L'offre d'accueil du jeune enfant reste inférieure à la moyenne départementale.</p>",
    },
  });
  // Another caisse's values for the same EPCI are never read.
  await createDiagnosticValues(db, tenants.caisseB.id, "txcouv_pe_epci", [
    ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2023, 99.9],
  ]);
  const officer = tenants.actors.COOPERATION_OFFICER;
  const convention = await createModelConvention(db, officer, territoryA);
  return { ...tenants, officer, convention };
}

const current = (id: string) => db.convention.findUniqueOrThrow({ where: { id } });

async function signAll(actor: Actor, conventionId: string) {
  await completeModelConvention(db, conventionId);
  await changeConventionStatus(db, actor, {
    conventionId,
    version: (await current(conventionId)).version,
    to: "VALIDATED",
    terminatedAt: null,
  });
  const signatories = await db.signatory.findMany({ where: { conventionId }, orderBy: { position: "asc" } });
  for (const signatory of signatories) {
    if (signatory.mustDeliberate) {
      await saveDeliberation(
        db,
        actor,
        saveDeliberationSchema.parse({
          conventionId,
          version: (await current(conventionId)).version,
          signatoryId: signatory.id,
          assembly: "Conseil de communauté",
          sessionDate: "2023-10-12",
          number: "D23.080",
          membersInOffice: 34,
          membersPresent: 24,
          membersVoting: 30,
          votesFor: 27,
          votesAgainst: 0,
          abstentions: 0,
        }),
      );
    }
    await recordSignature(
      db,
      actor,
      recordSignatureSchema.parse({
        conventionId,
        version: (await current(conventionId)).version,
        signatoryId: signatory.id,
        signedAt: "2023-11-20",
        signerName: signatory.representativeName,
      }),
    );
  }
}

describe("annexe 3, the shared diagnostic", () => {
  it("prints the headline series of the last six years (EPCI, département, France) in fr-FR, the findings and the sources, in the PDF and the Word export", async () => {
    const { convention } = await setup();
    expect(convention.annexes.find((a) => a.code === "3")?.content).toBe("DIAGNOSTIC");
    const data = await loadConventionPdfData(db, convention.id);
    const annex = data.annexes.find((a) => a.code === "3")!;
    expect(annex.content.kind).toBe("diagnostic");
    if (annex.content.kind !== "diagnostic") return;
    expect(annex.content.themes.map((t) => t.title)).toEqual(["Petite enfance", "Familles"]);
    const [petiteEnfance, familles] = annex.content.themes;
    expect(petiteEnfance.findings).toContain("inférieure à la moyenne départementale");
    const table = petiteEnfance.tables[0];
    expect(table.caption).toBe("Taux de couverture global");
    expect(table.columns).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"]);
    expect(table.rows.map((r) => r.area)).toEqual(["CC Aubrac Lot Causses Tarn", "Lozère", "France"]);
    expect(table.rows[0].values).toEqual(["43,0", "44,0", "45,0", "46,0", "47,0", "48,0"]);
    expect(table.rows[1].values[0]).toBe("61,3");
    expect(table.rows[0].values).not.toContain("99,9");
    expect(petiteEnfance.source).toContain("txcouv_pe_epci (2017-2023, extrait le 15 novembre 2026)");
    expect(familles.findings).toBeNull();
    expect(flat(familles.tables[0].rows[0].values[0])).toBe("1 235");

    const { pdf } = await renderConventionPdf(data);
    const pdfText = flat((await extractPageTexts(pdf)).join(" "));
    expect(pdfText).toContain("Annexe 3 : Diagnostic partagé");
    expect(pdfText).toContain("Taux de couverture global");
    expect(pdfText).toContain("48,0");
    expect(pdfText).toContain("59,7");
    expect(pdfText).toContain("inférieure à la moyenne départementale");
    expect(pdfText).toContain("txcouv_pe_epci");

    const word = flat(await docxText(await renderConventionDocx(data)));
    expect(word).toContain("Taux de couverture global");
    expect(word).toContain("48,0");
    expect(word).toContain("inférieure à la moyenne départementale");
    expect(word).toContain("1 235");
  }, 60_000);

  it("can be chosen in the annex form for any annex", async () => {
    const { convention, officer } = await setup();
    const parsed = saveAnnexSchema.parse({
      conventionId: convention.id,
      version: String(convention.version),
      code: "3b",
      title: "Diagnostic complémentaire",
      content: "DIAGNOSTIC",
      body: "<p>ignoré</p>",
    });
    const { annexId } = await saveAnnex(db, officer, parsed);
    expect(await db.annex.findUniqueOrThrow({ where: { id: annexId } })).toMatchObject({
      content: "DIAGNOSTIC",
      body: null,
    });
    const data = await loadConventionPdfData(db, convention.id);
    expect(data.annexes.find((a) => a.code === "3b")!.content).toEqual(
      data.annexes.find((a) => a.code === "3")!.content,
    );
  });

  it("says when the territory has no diagnostic yet, and the checklist warns without blocking", async () => {
    const tenants = await createTenants(db);
    const officer = tenants.actors.COOPERATION_OFFICER;
    const convention = await createModelConvention(db, officer, tenants.territoryA);
    const data = await loadConventionPdfData(db, convention.id);
    expect(data.annexes.find((a) => a.code === "3")!.content).toEqual({ kind: "diagnostic", themes: [] });
    const { pdf } = await renderConventionPdf(data);
    expect(flat((await extractPageTexts(pdf)).join(" "))).toContain(
      "Aucune donnée du diagnostic partagé n'est encore disponible pour ce territoire",
    );

    await completeModelConvention(db, convention.id);
    const items = await conventionReadiness(db, convention.id, tenants.territoryA.id);
    const warning = items.find((i) => i.key === "diagnostic")!;
    expect(warning).toMatchObject({ ok: false, warning: true });
    expect(warning.problems[0].text).toContain("Annexe 3 (Diagnostic partagé) : aucune donnée du diagnostic");
    expect(readinessMessage(items, "Validation impossible")).toBeNull();
    // Validation goes through.
    await changeConventionStatus(db, officer, {
      conventionId: convention.id,
      version: (await current(convention.id)).version,
      to: "VALIDATED",
      terminatedAt: null,
    });
    expect((await current(convention.id)).status).toBe("VALIDATED");

    // With data, the warning is gone.
    await db.territory.update({ where: { id: tenants.territoryA.id }, data: { siren: SIREN } });
    await createDiagnosticValues(db, tenants.caisseA.id, "txcouv_pe_epci", [
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2023, 48],
    ]);
    const after = await conventionReadiness(db, convention.id, tenants.territoryA.id);
    expect(after.find((i) => i.key === "diagnostic")).toMatchObject({ ok: true, problems: [] });
  }, 60_000);

  it("is frozen at signature: a later import or finding leaves the signed annexe 3 (page data, Word export) identical", async () => {
    const { convention, officer, caisseA, territoryA } = await setup();
    const before = (await loadConventionPdfData(db, convention.id)).annexes.find((a) => a.code === "3")!;
    await signAll(officer, convention.id);
    const signed = await current(convention.id);
    expect(signed.status).toBe("SIGNED");
    const frozen = await db.annex.findFirstOrThrow({ where: { conventionId: convention.id, code: "3" } });
    expect(frozen.frozenContent).toEqual(before.content);
    const sealedText = flat((await extractPageTexts(signed.signedPdf!)).join(" "));
    expect(sealedText).toContain("48,0");

    const signedData = await loadConventionPdfData(db, convention.id);
    const version = renderInputVersion({ kind: "CONVENTION", data: signedData });
    // A new year, a corrected value and a rewritten finding.
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2024, 63.5],
    ]);
    await db.diagnosticValue.updateMany({
      where: { caisseId: caisseA.id, areaCode: SIREN, series: "txcouv", year: 2023 },
      data: { value: 50 },
    });
    await db.diagnosticFinding.updateMany({
      where: { territoryId: territoryA.id },
      data: { body: "<p>Constat réécrit après la signature.</p>" },
    });
    const afterData = await loadConventionPdfData(db, convention.id);
    expect(afterData.annexes.find((a) => a.code === "3")!.content).toEqual(before.content);
    expect(renderInputVersion({ kind: "CONVENTION", data: afterData })).toBe(version);
    const word = flat(await docxText(await renderConventionDocx(afterData)));
    expect(word).toContain("48,0");
    expect(word).not.toContain("63,5");
    expect(word).not.toContain("Constat réécrit");

    // A signed convention without a frozen content (signed before annexe 3 was generated) prints nothing generated.
    await db.annex.update({ where: { id: frozen.id }, data: { frozenContent: Prisma.DbNull } });
    const older = await loadConventionPdfData(db, convention.id);
    expect(older.annexes.find((a) => a.code === "3")!.content).toEqual({ kind: "empty" });
  }, 120_000);

  it("stays compact with every headline series published for ten years: at most two pages in the PDF", async () => {
    const tenants = await createTenants(db);
    await db.territory.update({ where: { id: tenants.territoryA.id }, data: { siren: SIREN } });
    const headline = SERIES.filter((s) => s.headline);
    const values: Value[] = [];
    for (const s of headline) {
      for (let year = 2014; year <= 2023; year++) {
        const base = s.unit === "PERCENT" ? 40 + year - 2014 : 1000 + 10 * (year - 2014);
        values.push(["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", s.key, year, base]);
        values.push(["DEPARTEMENT", "48", "Lozère", s.key, year, base * 3]);
        values.push(["FRANCE", "FR", "France", s.key, year, base * 900]);
      }
    }
    await createDiagnosticValues(db, tenants.caisseA.id, "txcouv_pe_epci", values);
    const convention = await createModelConvention(db, tenants.actors.COOPERATION_OFFICER, tenants.territoryA);
    const started = performance.now();
    const data = await loadConventionPdfData(db, convention.id);
    const loadMs = performance.now() - started;
    const annex = data.annexes.find((a) => a.code === "3")!;
    expect(annex.content.kind === "diagnostic" && annex.content.themes.flatMap((t) => t.tables)).toHaveLength(
      headline.length,
    );
    const pages = (await extractPageTexts((await renderConventionPdf(data)).pdf)).map(flat);
    const first = pages.findIndex((p) => p.includes("Annexe 3 : Diagnostic partagé") && p.includes("Petite enfance"));
    const next = pages.findIndex((p, i) => i > first && p.includes("Annexe 4 : Fiches actions"));
    expect(first).toBeGreaterThan(0);
    expect(next - first).toBeLessThanOrEqual(2);
    expect(pages.slice(first, next).join(" ")).toContain("981 000");
    console.info(
      `annexe 3, ${headline.length} series x 3 areas x 6 years: ${next - first} page(s), data ${loadMs.toFixed(0)} ms`,
    );
  }, 60_000);

  it("changes the draft's render version when the diagnostic changes", async () => {
    const { convention, caisseA } = await setup();
    const version = renderInputVersion({ kind: "CONVENTION", data: await loadConventionPdfData(db, convention.id) });
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "txcouv", 2024, 63.5],
    ]);
    const data = await loadConventionPdfData(db, convention.id);
    expect(renderInputVersion({ kind: "CONVENTION", data })).not.toBe(version);
    const annex = data.annexes.find((a) => a.code === "3")!;
    expect(annex.content.kind === "diagnostic" && annex.content.themes[0].tables[0].columns.at(-1)).toBe("2024");
  });
});
