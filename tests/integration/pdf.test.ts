// The convention PDF of seed 002 (Aubrac Lot Causses Tarn), rendered and read back with a PDF text extractor.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConventionPdfData } from "../../lib/conventions/pdf-data";
import type { ConventionPdfData } from "../../lib/pdf/convention-document";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { renderConventionPdf } from "../../lib/pdf/render-convention";
import { seedDemoData } from "../../prisma/seed";
import { aubracArticles, aubracSignatories } from "../../prisma/seed/aubrac-convention";
import { requireTestDatabase } from "../helpers/db";
import { pdfLayoutProblems, readPageLayouts, readSommairePageMap } from "../helpers/pdf-layout";

const db = requireTestDatabase();
const GOLDEN = path.resolve(import.meta.dirname, "../golden/convention-page1.png");
/** Whitespace, soft hyphens and hyphenation breaks do not count when looking for a text. */
const squash = (text: string) => text.replace(/[\s\u00ad\u2010-]+/g, "").replace(/[’']/g, "'");

let data: ConventionPdfData;
let pages: string[];
let pdf: Uint8Array;
let pageMap: Record<string, number>;

beforeAll(async () => {
  await seedDemoData(process.env.DATABASE_URL!, { quiet: true });
  const convention = await db.convention.findFirstOrThrow({ where: { territory: { siren: "200069268" }, edition: 2 } });
  data = await loadConventionPdfData(db, convention.id);
  ({ pdf, pages: pageMap } = await renderConventionPdf(data));
  pages = await extractPageTexts(pdf);
}, 120_000);

function firstIndexAfter(haystack: string, needle: string, from: number) {
  const index = haystack.indexOf(squash(needle), from);
  expect(index, `"${needle}" not found after position ${from}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe("the PDF of seed 002's convention", () => {
  it("prints every article title in order, then every signatory's name in the signature grid's order", () => {
    const body = squash(pages.join("\n"));
    const sommaireEnd = body.indexOf(squash("Liste des annexes"));
    let cursor = sommaireEnd;
    for (const [index, article] of aubracArticles.entries()) {
      cursor = firstIndexAfter(body, `Article ${index + 1} – ${article.title}`, cursor) + 1;
    }
    cursor = firstIndexAfter(body, "Fait à La Canourgue", cursor);
    for (const signatory of aubracSignatories) {
      cursor = firstIndexAfter(body, signatory.representativeName, cursor) + 1;
    }
    expect(body).toContain(squash("En 9 exemplaires."));
    for (const name of [
      "Caisse Commune de Sécurité Sociale de la Lozère",
      "Communauté de communes Aubrac Lot Causses Tarn",
      "Mutualité Sociale Agricole du Languedoc",
    ]) {
      expect(body).toContain(squash(name));
    }
  });

  it("gives in the sommaire the page where each article starts", () => {
    const sommairePage = pages.findIndex((text) => text.includes("Sommaire"));
    expect(sommairePage).toBeGreaterThan(0);
    const toc = pages[sommairePage].replace(/\s+/g, " ");
    for (let n = 1; n <= aubracArticles.length; n++) {
      // In the sommaire: "Article n : <title> <page>"; the number printed is the last number before "Article n+1".
      const entry = toc.slice(
        toc.indexOf(`Article ${n} :`),
        n < aubracArticles.length ? toc.indexOf(`Article ${n + 1} :`) : toc.indexOf("Liste des annexes"),
      );
      const printed = Number(entry.trim().match(/(\d+)\s*$/)?.[1]);
      const actual =
        pages.findIndex((text, index) => index > sommairePage && squash(text).includes(squash(`Article ${n} –`))) + 1;
      expect(actual, `article ${n} not found`).toBeGreaterThan(sommairePage + 1);
      expect(printed, `sommaire page of article ${n}`).toBe(actual);
    }
  });

  it("renders in one pass a sommaire whose page for every heading is the page where the heading is set", async () => {
    const { printed, actual, sommairePage } = await readSommairePageMap(pdf, data);
    const ids = [...(data.preamble ? ["preamble"] : []), ...data.articles.map((a) => `article-${a.number}`)];
    expect(Object.keys(printed)).toEqual(ids);
    for (const id of ids) {
      expect(actual[id], `${id} set after the sommaire`).toBeGreaterThan(sommairePage);
      expect(printed[id], `sommaire page of ${id}`).toBe(actual[id]);
    }
    // The map the rendering recorded is the one the sommaire prints.
    expect(pageMap).toEqual(actual);
  }, 60_000);

  it("numbers every page x / y and marks every page PROJET while unsigned, and none once signed", async () => {
    pages.forEach((text, index) => {
      expect(text).toContain(`page ${index + 1} / ${pages.length}`);
      expect(text).toContain("PROJET");
    });
    const signed = await extractPageTexts((await renderConventionPdf({ ...data, isSigned: true })).pdf);
    expect(signed.join("\n")).not.toContain("PROJET");
  }, 60_000);

  it("prints no line over another on any page, draft or signed (tests/helpers/pdf-layout.ts)", async () => {
    expect((await pdfLayoutProblems(pdf)).problems).toEqual([]);
    const signed = (await renderConventionPdf({ ...data, isSigned: true })).pdf;
    expect((await pdfLayoutProblems(signed)).problems).toEqual([]);
  }, 120_000);

  it("reads the PROJET watermark as one word on every page of the draft, never as stray letters", async () => {
    const layouts = await readPageLayouts(pdf);
    for (const layout of layouts) {
      const words = layout.lines.flat().map((box) => box.text.trim());
      expect(words, `page ${layout.page}`).toContain("PROJET");
      expect(layout.rotated, `page ${layout.page}: no diagonal text`).toEqual([]);
    }
    // poppler reads diagonal text letter by letter: the watermark used to come out as "T E J O R P" in the body.
    const dir = mkdtempSync(path.join(tmpdir(), "ctg-watermark-"));
    try {
      writeFileSync(path.join(dir, "c.pdf"), pdf);
      for (let page = 1; page <= layouts.length; page++) {
        const text = execFileSync("pdftotext", ["-f", `${page}`, "-l", `${page}`, path.join(dir, "c.pdf"), "-"], {
          encoding: "utf8",
        });
        expect(text.split(/\s+/), `page ${page}`).toContain("PROJET");
        expect(text, `page ${page}`).not.toMatch(/(^|\s)[PROJET](\s|$)/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("uses French typography: spaced guillemets and punctuation, typographic apostrophes", () => {
    // The spaces are non-breaking (tests/unit/typography.test.ts); text extraction reports them as spaces.
    const text = pages.join("\n");
    expect(text).toContain("ci-après dénommée « la CCSS » ;");
    expect(squash(text)).toContain(squash("l’Éducation nationale de la Lozère"));
    expect(text).not.toMatch(/[a-z]'[a-z]/i);
  });

  it("matches the golden rendering of page 1, pixel for pixel", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ctg-golden-"));
    try {
      const pdfPath = path.join(dir, "c.pdf");
      writeFileSync(pdfPath, pdf);
      execFileSync("pdftoppm", [
        "-r",
        "40",
        "-f",
        "1",
        "-l",
        "1",
        "-png",
        "-singlefile",
        pdfPath,
        path.join(dir, "page1"),
      ]);
      const actual = PNG.sync.read(readFileSync(path.join(dir, "page1.png")));
      // The golden file is written only on request (`UPDATE_GOLDEN=1 npm test -- --unit-only pdf`), after checking
      // the new rendering by eye; a missing golden is a failure, never a fresh baseline.
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, PNG.sync.write(actual));
      if (!existsSync(GOLDEN))
        throw new Error(
          `Golden file ${path.relative(process.cwd(), GOLDEN)} is missing: run \`UPDATE_GOLDEN=1 npm test -- --unit-only pdf\` to write it from the current rendering, check it, and commit it.`,
        );
      const golden = PNG.sync.read(readFileSync(GOLDEN));
      expect([actual.width, actual.height]).toEqual([golden.width, golden.height]);
      const diff = pixelmatch(actual.data, golden.data, undefined, actual.width, actual.height, { threshold: 0.1 });
      expect(diff).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
