// Renders the convention in one pass: each heading records its page while react-pdf paginates, and the sommaire
// reads those pages when react-pdf resolves its dynamic texts after pagination (lib/pdf/convention-document.tsx).
import { renderToBuffer } from "@react-pdf/renderer";
import { createHash } from "node:crypto";
import { ConventionDocument, type ConventionPdfData, type PageMap } from "./convention-document";
import { registerFonts } from "./fonts";
import { watermarkShape } from "./watermark";

export async function renderConventionPdf(
  data: ConventionPdfData,
): Promise<{ pdf: Uint8Array<ArrayBuffer>; pages: PageMap }> {
  registerFonts();
  const watermark = await watermarkShape();
  const pages: PageMap = {};
  const pdf = await renderToBuffer(<ConventionDocument data={data} pages={pages} watermark={watermark} />);
  return { pdf: new Uint8Array(pdf), pages };
}

export function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
