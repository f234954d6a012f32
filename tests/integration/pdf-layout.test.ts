// Every PDF the platform renders, from data built to be hard (tests/helpers/pdf-fixtures.ts), read back with
// pdfjs: no two lines of any page printed over each other, no text outside the page.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderConventionPdf } from "../../lib/pdf/render-convention";
import { BilanDocument, ConvocationDocument, MinutesDocument, renderPdf } from "../../lib/pdf/steering-documents";
import {
  hardAvenantData,
  hardBilanData,
  hardConventionData,
  hardMeetingData,
  hardRichText,
} from "../helpers/pdf-fixtures";
import {
  groupIntoLines,
  layoutProblems,
  pdfLayoutProblems,
  readSommairePageMap,
  type TextBox,
} from "../helpers/pdf-layout";

const documents: [string, () => Promise<Uint8Array>][] = [
  ["convention (draft)", async () => (await renderConventionPdf(hardConventionData())).pdf],
  ["convention (signed)", async () => (await renderConventionPdf(hardConventionData({ isSigned: true }))).pdf],
  ["avenant", async () => (await renderConventionPdf(hardAvenantData())).pdf],
  ["convocation", () => renderPdf(createElement(ConvocationDocument, { data: hardMeetingData() }))],
  ["compte rendu", () => renderPdf(createElement(MinutesDocument, { data: hardMeetingData() }))],
  ["bilan", () => renderPdf(createElement(BilanDocument, { data: hardBilanData() }))],
];

describe("the layout of every PDF, from hard data", () => {
  it.each(documents)(
    "%s: no line of any page is printed over another, no text leaves the page",
    async (_name, render) => {
      const { pages, problems, layouts } = await pdfLayoutProblems(await render());
      expect(pages).toBeGreaterThan(1);
      // The check did read lines on every page: an empty reading would pass vacuously.
      for (const layout of layouts) expect(layout.lines.length, `page ${layout.page}`).toBeGreaterThan(2);
      expect(problems.map((p) => `page ${p.page}: ${p.detail}`)).toEqual([]);
    },
    120_000,
  );

  it("holds for a list whose items are only long lines, on one page", async () => {
    const data = hardConventionData({
      articles: [{ number: 1, title: "Listes", body: hardRichText }],
      annexes: [],
      visas: [],
      preamble: null,
    });
    const { problems } = await pdfLayoutProblems((await renderConventionPdf(data)).pdf);
    expect(problems).toEqual([]);
  }, 60_000);
});

describe("the sommaire, filled in the same pass as the pages", () => {
  it.each([
    ["convention", () => hardConventionData()],
    ["avenant", () => hardAvenantData()],
  ] as const)(
    "%s: the page printed for every heading is the page where the heading is set",
    async (_name, make) => {
      const data = make();
      const { pdf, pages } = await renderConventionPdf(data);
      const { printed, actual, sommairePage } = await readSommairePageMap(pdf, data);
      for (const id of Object.keys(actual)) {
        expect(actual[id], `${id} set after the sommaire`).toBeGreaterThan(sommairePage);
        expect(printed[id], `sommaire page of ${id}`).toBe(actual[id]);
      }
      expect(pages).toEqual(actual);
    },
    60_000,
  );
});

describe("the overlap check itself", () => {
  const box = (text: string, x0: number, x1: number, baseline: number, size = 10): TextBox => ({
    text,
    x0,
    x1,
    baseline,
    size,
    bottom: baseline - 0.18 * size,
    top: baseline + 0.7 * size,
  });
  const page = (boxes: TextBox[]) => [{ page: 1, width: 595, height: 842, lines: groupIntoLines(boxes), rotated: [] }];

  it("reports the second line of an item printed over the next item, a few points apart", () => {
    const problems = layoutProblems(
      page([
        box("first line of item one", 80, 500, 700),
        box("second line", 80, 200, 686),
        box("item two", 80, 300, 683),
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].detail).toContain("second line");
    expect(problems[0].detail).toContain("item two");
  });

  it("reports two texts on the same baseline that share some width", () => {
    expect(layoutProblems(page([box("left", 60, 300, 500), box("right", 250, 500, 500)]))).toHaveLength(1);
  });

  it("accepts lines one above the other, side by side columns, and a raised superscript", () => {
    const lines = [
      box("Fait le 1", 60, 100, 500),
      box("er", 100, 106, 503.5, 7),
      box(" janvier", 106, 140, 500),
      box("line below", 60, 300, 487),
      box("left column", 60, 280, 400),
      box("right column, other baseline", 300, 500, 396),
    ];
    expect(layoutProblems(page(lines))).toEqual([]);
  });

  it("reports text beyond the page's edge", () => {
    expect(layoutProblems(page([box("too wide", 500, 640, 400)]))[0].kind).toBe("outside");
  });
});
