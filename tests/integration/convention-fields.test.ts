// Fields bound to the convention's data, against the real database: the model's "Durée" article follows the
// period in the page's data, the PDF and the Word export; the readiness check names an unfilled field; the
// migration turns the stored drafts' period sentence into fields and leaves signed conventions as they are.
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { requireTerritory } from "../../lib/auth/scope";
import { fieldTag } from "../../lib/conventions/fields";
import { loadConventionPdfData } from "../../lib/conventions/pdf-data";
import { getConvention } from "../../lib/conventions/queries";
import { conventionReadiness } from "../../lib/conventions/readiness";
import { updateConvention } from "../../lib/conventions/update-convention";
import { updateConventionSchema } from "../../lib/conventions/schemas";
import { renderConventionDocx } from "../../lib/docx/convention-docx";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { renderConventionPdf } from "../../lib/pdf/render-convention";
import { bindFields } from "../../lib/conventions/fields";
import { createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";

const db = requireTestDatabase();
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").replace(/’/g, "'");

async function docxText(bytes: Uint8Array) {
  const xml = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("fields bound to the convention's data", () => {
  it("changing the period changes the Durée article on the page, in the PDF and in the Word export", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const convention = await createModelConvention(db, officer, territoryA);
    const duree = convention.articles.find((a) => a.title === "Durée de la convention")!;
    expect(duree.body).toContain(`pour une durée de ${fieldTag("duration")}, à compter du ${fieldTag("startDate")}`);

    await updateConvention(
      db,
      officer,
      updateConventionSchema.parse({
        conventionId: convention.id,
        version: convention.version,
        title: convention.title,
        startDate: "2032-01-01",
        endDate: "2035-12-31",
        place: "Marvejols",
        copies: "3",
      }),
    );
    const expected = "pour une durée de quatre ans, à compter du 1er janvier 2032 jusqu'au 31 décembre 2035 inclus";

    const scope = await requireTerritory(db, officer, { id: territoryA.id }, "territory.read");
    const detail = await getConvention(db, scope, convention.id);
    const article = detail.articles.find((a) => a.id === duree.id)!;
    expect(flat(bindFields(article.body, detail.fields).replace(/<[^>]+>/g, ""))).toContain(expected);

    const data = await loadConventionPdfData(db, convention.id);
    expect(flat(data.articles.find((a) => a.title === "Durée de la convention")!.body)).toContain(expected);
    const { pdf } = await renderConventionPdf(data);
    const pdfText = flat((await extractPageTexts(pdf)).join(" "));
    expect(pdfText).toContain("1er janvier 2032 jusqu'au 31 décembre 2035");
    expect(pdfText).not.toContain("2024");
    expect(flat(await docxText(await renderConventionDocx(data)))).toContain(expected);
    // The preamble names the territory through a field too.
    expect(flat(data.preamble ?? "")).toContain(`sur le territoire ${territoryA.name} dans`);
  });

  it("refuses validation while a field of the text has no value, naming it", async () => {
    const { territoryA, actors } = await createTenants(db);
    const convention = await createModelConvention(db, actors.COOPERATION_OFFICER, territoryA);
    const objet = convention.articles.find((a) => a.kind === "ARTICLE")!;
    await db.article.update({
      where: { id: objet.id },
      data: { body: `<p>Fait à ${fieldTag("place")} en ${fieldTag("copies")} exemplaires.</p>` },
    });
    await db.convention.update({ where: { id: convention.id }, data: { place: null, copies: null } });
    const items = await conventionReadiness(db, convention.id, territoryA.id);
    const problems = items.find((i) => i.key === "text")!.problems.map((p) => p.text);
    expect(problems).toContain(`Article 1 — ${objet.title} : le champ « Lieu de signature » n'est pas renseigné`);
    expect(problems).toContain(`Article 1 — ${objet.title} : le champ « Nombre d'exemplaires » n'est pas renseigné`);
  });

  it("the migration turns the period sentence of stored drafts into fields, and leaves signed conventions alone", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const draft = await createModelConvention(db, officer, territoryA);
    const signed = await createModelConvention(db, officer, territoryA);
    await db.convention.update({ where: { id: signed.id }, data: { status: "SIGNED" } });
    const old =
      "<p>La présente convention, est conclue, à compter du 01 janvier 2024 jusqu'au 31 décembre 2028 inclus.</p><p>Elle peut être résiliée.</p>";
    const ids = [draft, signed].map((c) => c.articles.find((a) => a.title === "Durée de la convention")!.id);
    await db.article.updateMany({ where: { id: { in: ids } }, data: { body: old } });

    const sql = readFileSync(
      path.resolve(import.meta.dirname, "../../prisma/migrations/20261201100000_convention_fields/migration.sql"),
      "utf8",
    );
    await db.$executeRawUnsafe(sql);

    const [draftArticle, signedArticle] = await Promise.all(
      ids.map((id) => db.article.findUniqueOrThrow({ where: { id } })),
    );
    expect(draftArticle.body).toBe(
      `<p>La présente convention, est conclue pour une durée de ${fieldTag("duration")}, à compter du ${fieldTag("startDate")} jusqu'au ${fieldTag("endDate")} inclus.</p><p>Elle peut être résiliée.</p>`,
    );
    expect(draftArticle.version).toBe(2);
    expect(signedArticle.body).toBe(old);
    expect(signedArticle.version).toBe(1);
  });
});
