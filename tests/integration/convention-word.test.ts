// Word out and Word/PDF in, against the real database: the DOCX route on the demo Aubrac convention (read back from
// its XML: no LibreOffice here) and on a convention from the model; the import of a convention as a draft and as
// already signed (its original file sealed with its SHA-256), with the permissions and scoping of both.
import { createHash } from "node:crypto";
import { Document, Page, renderToBuffer, Text } from "@react-pdf/renderer";
import JSZip from "jszip";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getDocx } from "@/app/(app)/territoires/[territoire]/conventions/[convention]/docx/route";
import { GET as getPdf } from "@/app/(app)/territoires/[territoire]/conventions/[convention]/pdf/route";
import { POST as analyse } from "@/app/(app)/territoires/[territoire]/conventions/importer/analyse/route";
import { POST as create } from "@/app/(app)/territoires/[territoire]/conventions/importer/creer/route";
import { DOCX_MIME } from "../../lib/conventions/annex-file";
import { blocksFromText } from "../../lib/conventions/import/blocks";
import { parseConvention, type ImportedConvention } from "../../lib/conventions/import/parse";
import { importConvention } from "../../lib/conventions/import/import-convention";
import { importConventionSchema } from "../../lib/conventions/import/schemas";
import { loadConventionPdfData } from "../../lib/conventions/pdf-data";
import { extractSource } from "../../lib/conventions/import/extract";
import { renderConventionPdf } from "../../lib/pdf/render-convention";
import { buildModelConvention } from "../../lib/conventions/convention-template";
import { renderConventionDocx } from "../../lib/docx/convention-docx";
import { AppError } from "../../lib/errors";
import { seedDemoData } from "../../prisma/seed";
import { aubracArticles, aubracVisas } from "../../prisma/seed/aubrac-convention";
import { createModelConvention } from "../helpers/conventions";
import { docxFromText, readFixture } from "../helpers/convention-import";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { signInAs, signOut } from "../helpers/session";

const db = requireTestDatabase();

async function readDocx(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map(read),
  );
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map(read),
  );
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    settings: await read("word/settings.xml"),
    headers: headers.join(""),
    footers: footers.join(""),
  };
}

const unescape = (xml: string) =>
  xml
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
/** The text of every paragraph of the given style, in document order. */
function paragraphsOf(xml: string, styleId: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)]
    .filter((m) => m[1] === styleId)
    .map((m) => unescape([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")));
}
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

describe("the Word export", () => {
  let aubrac: { id: string; territory: { slug: string } };
  let cooperationId: string;

  beforeAll(async () => {
    await seedDemoData(process.env.DATABASE_URL!, { quiet: true });
    aubrac = await db.convention.findFirstOrThrow({
      where: { territory: { siren: "200069268" }, edition: 2 },
      select: { id: true, territory: { select: { slug: true } } },
    });
    cooperationId = (await db.user.findUniqueOrThrow({ where: { email: "cooperation@ccss-lozere.demo.fr" } })).id;
  }, 120_000);

  it("answers the demo Aubrac convention as a DOCX with its 19 articles, visas, parties, TOC field and page x / y", async () => {
    await signInAs(cooperationId);
    const response = await getDocx(new Request("http://localhost/x"), {
      params: Promise.resolve({ territoire: aubrac.territory.slug, convention: aubrac.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(DOCX_MIME);
    expect(response.headers.get("Content-Disposition")).toMatch(/\.docx"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { document, styles, settings, headers, footers } = await readDocx(bytes);
    const data = await loadConventionPdfData(db, aubrac.id);

    const headings = paragraphsOf(document, "Heading1").map(plain);
    expect(headings[0]).toBe("Préambule");
    expect(headings.slice(1)).toEqual(aubracArticles.map((a, i) => plain(`Article ${i + 1} – ${a.title}`)));
    expect(headings).toHaveLength(20);
    const visas = paragraphsOf(document, "Visa").map(plain);
    expect(visas.slice(0, aubracVisas.length)).toEqual(aubracVisas.map(plain));
    expect(visas).toHaveLength(data.visas.length);
    const parties = paragraphsOf(document, "Partie").map(plain).join("\n");
    for (const party of data.parties) {
      expect(parties).toContain(`– ${party.name}`);
      expect(parties).toContain(`ci-après dénommée « ${party.designation} » ;`);
    }
    expect(paragraphsOf(document, "Preambule").length).toBeGreaterThan(3);
    // Word's table-of-contents field over the Heading 1 paragraphs, refreshed on opening.
    expect(document).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(document).toContain("TOC \\h \\o &quot;1-1&quot;");
    expect(settings).toContain("<w:updateFields");
    // Page x / y in the footer.
    expect(footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footers).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    // Lists and sub-headings of the articles.
    expect(document).toContain("<w:numPr>");
    expect(paragraphsOf(document, "Heading2").map(plain)).toContain("Accompagner :");
    expect(paragraphsOf(document, "TitreAnnexe").length).toBe(data.annexes.length);
    // The signature table names every signer.
    for (const block of data.signatureBlocks) expect(plain(unescape(document))).toContain(block.name);
    // Named styles to restyle in Word.
    for (const id of ["Heading1", "Heading2", "Visa", "Preambule", "Partie", "Signature", "TitreAnnexe", "Title"])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toContain('<w:name w:val="Préambule"/>');
    // A validated convention is not signed: PROJET watermark in the header.
    expect(data.isSigned).toBe(false);
    expect(headers).toContain('string="PROJET"');
  });

  it("imports the demo Aubrac convention back from its own PDF with its 19 articles and 10 visas", async () => {
    const data = await loadConventionPdfData(db, aubrac.id);
    const { pdf } = await renderConventionPdf(data);
    const source = await extractSource({ kind: "file", bytes: pdf });
    const parsed = parseConvention(source.blocks);
    expect(parsed.articles.map((a) => a.title)).toEqual(data.articles.map((a) => a.title));
    expect(parsed.visas).toHaveLength(data.visas.length);
    expect(parsed.parties.map((p) => p.designation)).toEqual(data.parties.map((p) => p.designation));
    expect(source.repeated).toContain("PROJET");
    expect(parsed.articles.every((a) => !a.title.includes("PROJET"))).toBe(true);
  }, 90_000);

  it("puts no PROJET watermark on a signed convention", async () => {
    const data = await loadConventionPdfData(db, aubrac.id, { signed: true });
    const { headers, document } = await readDocx(new Uint8Array(await renderConventionDocx(data)));
    expect(headers).not.toContain("PROJET");
    expect(document).not.toContain(">PROJET<");
  });

  it("answers 404 to a user of another caisse and 401 without a session", async () => {
    const params = { params: Promise.resolve({ territoire: aubrac.territory.slug, convention: aubrac.id }) };
    const foreign = await db.user.findUniqueOrThrow({ where: { email: "cooperation@caf-vosges.demo.fr" } });
    await signInAs(foreign.id);
    expect((await getDocx(new Request("http://localhost/x"), params)).status).toBe(404);
    signOut();
    expect((await getDocx(new Request("http://localhost/x"), params)).status).toBe(401);
  });

  it("exports a convention built from the model with every model article", async () => {
    const { territoryA, actors } = await createTenants(db);
    const convention = await createModelConvention(db, actors.COOPERATION_OFFICER, { ...territoryA });
    const data = await loadConventionPdfData(db, convention.id);
    const { document } = await readDocx(new Uint8Array(await renderConventionDocx(data)));
    const model = buildModelConvention({
      caisseDesignation: "la Caf",
      caisseName: "x",
      territoryName: territoryA.name,
      startDate: new Date("2024-01-01"),
      endDate: new Date("2028-12-31"),
      partnerDesignations: ["la communauté de communes"], // createModelConvention gives the territory an EPCI
    });
    const articles = paragraphsOf(document, "Heading1").filter((h) => h.startsWith("Article "));
    expect(articles).toHaveLength(model.articles.length);
    expect(articles.map(plain)).toEqual(data.articles.map((a) => plain(`Article ${a.number} – ${a.title}`)));
  });
});

const pdfOf = async (text: string) =>
  new Uint8Array(
    await renderToBuffer(
      createElement(Document, null, createElement(Page, { size: "A4" }, createElement(Text, null, text))),
    ),
  );

function reviewed(parsed: ImportedConvention, territoryId: string, extra: Record<string, unknown> = {}) {
  return importConventionSchema.parse({
    territoryId,
    title: parsed.title,
    startDate: parsed.startDate,
    endDate: parsed.endDate,
    place: parsed.place,
    copies: parsed.copies,
    parties: parsed.parties,
    visas: parsed.visas,
    preamble: parsed.preamble,
    articles: parsed.articles,
    annexes: parsed.annexes,
    unplaced: parsed.unplaced.join("\n"),
    signed: false,
    signatureDate: null,
    ...extra,
  });
}

describe("the import of a convention", () => {
  it("creates a draft with its parties, visas, préambule, articles, annexes and the text to place, audited", async () => {
    const { territoryA, actors } = await createTenants(db);
    const parsed = parseConvention(blocksFromText(readFixture("capitals-entre-et.txt")));
    const { conventionId } = await importConvention(
      db,
      actors.COOPERATION_OFFICER,
      reviewed(parsed, territoryA.id),
      null,
    );
    const convention = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: {
        signatories: { orderBy: { position: "asc" }, include: { organisation: true } },
        articles: { orderBy: [{ kind: "asc" }, { position: "asc" }] },
        annexes: { orderBy: { position: "asc" } },
      },
    });
    expect(convention).toMatchObject({ status: "DRAFT", territoryId: territoryA.id, place: "Mende", copies: 3 });
    expect(convention.startDate.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(
      convention.signatories.map((s) => [s.bodyLabel, s.representativeName, s.designation, s.organisation.kind]),
    ).toEqual([
      ["La Caisse d'allocations familiales de la Lozère", "Claire MARTIN", "la Caf", "CAISSE"],
      ["La Communauté de communes du Haut Allier", "Paul ROUX", "la communauté de communes", "EPCI"],
      ["Le Département de la Lozère", "Sophie PANTEL", "le Département", "DEPARTEMENT"],
    ]);
    expect(convention.articles.filter((a) => a.kind === "VISA")).toHaveLength(3);
    expect(convention.articles.filter((a) => a.kind === "ARTICLE").map((a) => a.title)).toEqual([
      "Objet de la convention",
      "Les engagements des partenaires",
      "Durée",
      "Annexes",
    ]);
    // The unrecognised lines are kept in an annex of their own.
    expect(convention.annexes.map((a) => a.code)).toEqual(["1", "2", "X"]);
    expect(convention.annexes[2].body).toContain("IL A ÉTÉ CONVENU CE QUI SUIT");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: conventionId, action: "convention.create" },
    });
    expect(audit.changes).toMatchObject({ mode: "import", imported: true, signed: false });
    expect(await db.articleRevision.count({ where: { article: { conventionId } } })).toBe(convention.articles.length);
    // The three organisations were new to the caisse: created, and audited.
    expect(await db.auditEvent.count({ where: { action: "organisation.create", territoryId: territoryA.id } })).toBe(3);
  });

  it("records a convention signed outside the platform with its original PDF sealed and hashed", async () => {
    const { territoryA, actors } = await createTenants(db);
    const original = await pdfOf("Convention signée le 4 avril 2027");
    const parsed = parseConvention(blocksFromText(readFixture("article-premier.txt")));
    const input = reviewed(parsed, territoryA.id, { signed: true, signatureDate: "2027-02-15" });
    const { conventionId, sha256 } = await importConvention(db, actors.COOPERATION_OFFICER, input, {
      bytes: original,
      mime: "application/pdf",
      fileName: "convention.pdf",
    });
    const convention = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: { signatories: true },
    });
    expect(convention.status).toBe("SIGNED");
    expect(convention.signatureDate?.toISOString().slice(0, 10)).toBe("2027-02-15");
    expect(Buffer.from(convention.signedPdf!).equals(Buffer.from(original))).toBe(true);
    expect(convention.signedPdfSha256).toBe(createHash("sha256").update(original).digest("hex"));
    expect(sha256).toBe(convention.signedPdfSha256);
    expect(convention.signedFileMime).toBeNull();
    expect(convention.signatories.every((s) => s.signedAt?.toISOString().startsWith("2027-02-15"))).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: conventionId, action: "convention.signed" } })).toBe(1);
    // The same signed file cannot seal a second convention.
    await expect(
      importConvention(db, actors.COOPERATION_OFFICER, input, {
        bytes: original,
        mime: "application/pdf",
        fileName: "b.pdf",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps a signed DOCX original as it is, served back as a Word document", async () => {
    const { territoryA, actors } = await createTenants(db);
    const admin = await db.user.findFirstOrThrow({ where: { id: actors.CAISSE_ADMIN.id } });
    const original = await docxFromText(readFixture("sub-articles.txt"));
    await signInAs(admin.id);
    const form = new FormData();
    const parsed = parseConvention(blocksFromText(readFixture("sub-articles.txt")));
    const { territoryId: _unused, ...data } = reviewed(parsed, territoryA.id);
    void _unused;
    form.set(
      "data",
      JSON.stringify({
        ...data,
        startDate: "2028-01-01",
        endDate: "2032-12-31",
        signed: true,
        signatureDate: "2028-01-12",
      }),
    );
    form.set("file", new File([original], "convention-signee.docx", { type: DOCX_MIME }));
    const response = await create(new Request("http://localhost/x", { method: "POST", body: form }), {
      params: Promise.resolve({ territoire: territoryA.slug }),
    });
    expect(response.status).toBe(201);
    const { conventionId } = (await response.json()) as { conventionId: string };
    const stored = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
    expect(stored.signedFileMime).toBe(DOCX_MIME);
    expect(stored.signedPdfSha256).toBe(createHash("sha256").update(original).digest("hex"));
    const served = await getPdf(new Request("http://localhost/x"), {
      params: Promise.resolve({ territoire: territoryA.slug, convention: conventionId }),
    });
    expect(served.headers.get("Content-Type")).toBe(DOCX_MIME);
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(original))).toBe(true);
  });

  it("refuses EPCI staff, answers NOT_FOUND on another caisse's territory, and writes nothing", async () => {
    const { territoryA, territoryB, actors } = await createTenants(db);
    const parsed = parseConvention(blocksFromText(readFixture("visas-list.txt")));
    const before = await db.convention.count();
    await expect(importConvention(db, actors.EPCI_STAFF, reviewed(parsed, territoryA.id), null)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      importConvention(db, actors.COOPERATION_OFFICER, reviewed(parsed, territoryB.id), null),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      importConvention(db, actors.COOPERATION_OFFICER, reviewed(parsed, territoryB.id), null),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      importConvention(
        db,
        actors.COOPERATION_OFFICER,
        reviewed(parsed, territoryA.id, { signed: true, signatureDate: "2026-12-20" }),
        null,
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.convention.count()).toBe(before);
  });

  it("validates the reviewed parts with French messages", () => {
    const parsed = parseConvention(blocksFromText(readFixture("visas-list.txt")));
    const result = importConventionSchema.safeParse({
      ...reviewed(parsed, "t"),
      startDate: "2031-01-01",
      endDate: "2027-01-01",
      territoryId: "t",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("La date de fin doit suivre la date de début.");
    const noArticle = importConventionSchema.safeParse({
      ...reviewed(parsed, "t"),
      startDate: "2027-01-01",
      endDate: "2031-12-31",
      articles: [],
    });
    expect(noArticle.error?.issues[0].message).toBe("Indiquez au moins un article.");
  });

  it("analyses an uploaded DOCX and refuses a file that is neither Word nor PDF, over HTTP", async () => {
    const { territoryA, actors } = await createTenants(db);
    await signInAs(actors.COOPERATION_OFFICER.id);
    const params = { params: Promise.resolve({ territoire: territoryA.slug }) };
    const good = new FormData();
    good.set("file", new File([await docxFromText(readFixture("visas-list.txt"))], "c.docx"));
    const response = await analyse(new Request("http://localhost/x", { method: "POST", body: good }), params);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { parsed: ImportedConvention; source: string };
    expect(body.parsed.articles.map((a) => a.title)).toEqual(["Objet", "Champs d'intervention", "Durée"]);
    expect(body.source).toContain("Article 1er – Objet");
    const bad = new FormData();
    bad.set("file", new File(["<html>bonjour</html>"], "c.docx"));
    const refused = await analyse(new Request("http://localhost/x", { method: "POST", body: bad }), params);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe("Le fichier doit être un PDF ou un document Word (DOCX).");
    await signInAs(actors.EPCI_STAFF.id);
    const forbidden = await analyse(new Request("http://localhost/x", { method: "POST", body: good }), params);
    expect(forbidden.status).toBe(403);
  });
});
