// Reads a rendered PDF back with pdfjs and checks its layout: every text item's box, grouped into lines by
// baseline, and any two lines of a page that are printed over each other (they overlap vertically while
// overlapping horizontally). A layout defect such as a list item whose second line is printed under the next
// item shows up here whatever the document, unlike a golden picture of one page.
import { extractPageTexts, withPdfDocument } from "../../lib/pdf/extract-text";

export type TextBox = {
  text: string;
  /** Left, right, bottom and top in PDF points (origin at the bottom left of the page). */
  x0: number;
  x1: number;
  bottom: number;
  top: number;
  baseline: number;
  size: number;
};

export type PageLayout = {
  page: number;
  width: number;
  height: number;
  lines: TextBox[][];
  /** Text drawn at an angle (none is expected: the PROJET watermark is drawn as outlines). */
  rotated: string[];
};

export type LayoutProblem = { page: number; kind: "overlap" | "outside"; detail: string };

/**
 * The box of a glyph run of font size `size` on `baseline`: from the descenders' usual depth to the capitals'
 * height (not the font's full ascent and descent, which a line height of 1.2 already overlaps by design).
 */
const DESCENT = 0.18;
const CAP_HEIGHT = 0.7;
/** Two boxes overlap when they share more than this, in points, both ways. */
const TOLERANCE = 0.75;
const overlap = (from0: number, to0: number, from1: number, to1: number) => Math.min(to0, to1) - Math.max(from0, from1);

export async function readPageLayouts(pdf: Uint8Array): Promise<PageLayout[]> {
  return withPdfDocument(pdf, async (document) => {
    const layouts: PageLayout[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const boxes: TextBox[] = [];
      const rotated: string[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str.trim() || item.width <= 0) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) {
          rotated.push(item.str);
          continue;
        }
        boxes.push({
          text: item.str,
          x0: e,
          x1: e + item.width,
          baseline: f,
          bottom: f - DESCENT * d,
          top: f + CAP_HEIGHT * d,
          size: d,
        });
      }
      layouts.push({ page: number, width, height, lines: groupIntoLines(boxes), rotated });
    }
    return layouts;
  });
}

/**
 * Items on (nearly) the same baseline and next to each other form a line; a superscript ("1er") is raised by
 * less than half its line's font size and stays in it. Items that share some width never form a line: they are
 * printed over each other, which the check below reports.
 */
export function groupIntoLines(boxes: TextBox[]): TextBox[][] {
  const sorted = [...boxes].sort((p, q) => q.baseline - p.baseline || p.x0 - q.x0);
  const lines: TextBox[][] = [];
  for (const box of sorted) {
    const line = lines.find(
      (candidate) =>
        candidate.every((other) => overlap(box.x0, box.x1, other.x0, other.x1) <= TOLERANCE) &&
        candidate.some((other) => {
          const size = Math.max(box.size, other.size);
          const gap = Math.max(box.x0 - other.x1, other.x0 - box.x1);
          return Math.abs(box.baseline - other.baseline) <= 0.45 * size && gap <= 1.5 * size;
        }),
    );
    if (line) line.push(box);
    else lines.push([box]);
  }
  return lines.map((line) => line.sort((p, q) => p.x0 - q.x0));
}

const lineText = (line: TextBox[]) => line.map((box) => box.text).join(" ");

/** Every pair of lines of a page printed over each other, and every text outside the page. */
export function layoutProblems(layouts: PageLayout[]): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  for (const { page, width, height, lines } of layouts) {
    for (let i = 0; i < lines.length; i++) {
      for (const box of lines[i]) {
        if (box.x0 < -TOLERANCE || box.x1 > width + TOLERANCE || box.bottom < 0 || box.top > height)
          problems.push({ page, kind: "outside", detail: `"${box.text}" leaves the page` });
      }
      for (let j = i + 1; j < lines.length; j++) {
        const hit = lines[i].some((p) =>
          lines[j].some(
            (q) => overlap(p.x0, p.x1, q.x0, q.x1) > TOLERANCE && overlap(p.bottom, p.top, q.bottom, q.top) > TOLERANCE,
          ),
        );
        if (hit)
          problems.push({
            page,
            kind: "overlap",
            detail: `"${lineText(lines[i])}" and "${lineText(lines[j])}" are printed over each other`,
          });
      }
    }
  }
  return problems;
}

export async function pdfLayoutProblems(pdf: Uint8Array) {
  const layouts = await readPageLayouts(pdf);
  return { pages: layouts.length, layouts, problems: layoutProblems(layouts) };
}

const squashText = (text: string) => text.replace(/[\s\u00ad\u2010-]+/g, "").replace(/[’']/g, "'");

/**
 * The page map of a convention PDF, read back: for every heading of the body (the préambule and each article),
 * the page the sommaire prints and the page where the heading itself is set (a line in the headings' size that
 * starts with "PRÉAMBULE" or "Article n –", after the sommaire).
 */
export async function readSommairePageMap(
  pdf: Uint8Array,
  data: { preamble: string | null; articles: { number: number }[] },
) {
  const layouts = await readPageLayouts(pdf);
  // In drawing order, where a sommaire row's number follows its title even when the title takes two lines.
  const pageTexts = await extractPageTexts(pdf);
  const sommaire = pageTexts.findIndex((text) => text.includes("Sommaire"));
  if (sommaire < 0) throw new Error("No sommaire in this PDF");
  // The sommaire runs from its title to "Liste des annexes", possibly over several pages.
  let toc = "";
  for (let i = sommaire; i < pageTexts.length; i++) {
    toc += " " + pageTexts[i].replace(/page \d+ \/ \d+/g, " ");
    if (pageTexts[i].includes("Liste des annexes")) break;
  }
  toc = toc.slice(toc.indexOf("Sommaire"), toc.indexOf("Liste des annexes")).replace(/\s+/g, " ");
  const entries = [
    ...(data.preamble ? [{ id: "preamble", label: "Article préliminaire :", heading: "PRÉAMBULE" }] : []),
    ...data.articles.map((a) => ({
      id: `article-${a.number}`,
      label: `Article ${a.number} :`,
      heading: `Article ${a.number} –`,
    })),
  ];
  const printed: Record<string, number> = {};
  const actual: Record<string, number> = {};
  entries.forEach((entry, i) => {
    const start = toc.indexOf(entry.label);
    const end = i + 1 < entries.length ? toc.indexOf(entries[i + 1].label, start + 1) : toc.length;
    printed[entry.id] = Number(
      toc
        .slice(start, end)
        .trim()
        .match(/(\d+)\s*$/)?.[1] ?? NaN,
    );
    const page = layouts.find(
      (layout, index) =>
        index > sommaire &&
        layout.lines.some(
          (line) =>
            line[0].size > 12 && squashText(line.map((b) => b.text).join("")).startsWith(squashText(entry.heading)),
        ),
    );
    actual[entry.id] = page?.page ?? NaN;
  });
  return { printed, actual, sommairePage: sommaire + 1, pages: layouts.length };
}
