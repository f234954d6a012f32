// Renders the convention in two passes: the first is read back to find the page where each article starts
// (its heading "Article N –"), the second prints those numbers in the sommaire, whose layout does not depend
// on the numbers' values.
import { renderToBuffer } from "@react-pdf/renderer";
import { createHash } from "node:crypto";
import { ConventionDocument, type ConventionPdfData, type PageMap } from "./convention-document";
import { registerFonts } from "./fonts";
import { extractPageTexts } from "./extract-text";
import { watermarkShape } from "./watermark";

export async function renderConventionPdf(
  data: ConventionPdfData,
): Promise<{ pdf: Uint8Array<ArrayBuffer>; pages: PageMap }> {
  registerFonts();
  const watermark = await watermarkShape();
  const draft = await renderToBuffer(<ConventionDocument data={data} watermark={watermark} />);
  const pages = findArticlePages(await extractPageTexts(draft), data);
  const pdf = await renderToBuffer(<ConventionDocument data={data} pages={pages} watermark={watermark} />);
  return { pdf: new Uint8Array(pdf), pages };
}

export function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

/** Page (1-based) of the first heading of each article, after the sommaire. */
export function findArticlePages(pageTexts: string[], data: ConventionPdfData): PageMap {
  const pages: PageMap = {};
  const squashed = pageTexts.map(squash);
  const tocPage = squashed.findIndex((text) => text.includes("Sommaire"));
  const find = (needle: string, from: number) => {
    for (let i = Math.max(from, tocPage + 1); i < squashed.length; i++)
      if (squashed[i].includes(squash(needle))) return i;
    return -1;
  };
  let cursor = 0;
  if (data.preamble) {
    const index = find("PRÉAMBULE", cursor);
    if (index >= 0) {
      pages.preamble = index + 1;
      cursor = index;
    }
  }
  for (const article of data.articles) {
    const index = find(`Article ${article.number} –`, cursor);
    if (index >= 0) {
      pages[`article-${article.number}`] = index + 1;
      cursor = index;
    }
  }
  return pages;
}
