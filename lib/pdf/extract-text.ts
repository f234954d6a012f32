// Text of each page of a PDF (pdfjs-dist, pure JavaScript). Used to find where articles start for the
// sommaire, by the tests to read rendered PDFs back, and to check that an uploaded annex is a real PDF.
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";

/** Opens a PDF with pdfjs, runs `read` on it, and frees it. Rejects when pdfjs cannot read the document. */
export async function withPdfDocument<T>(pdf: Uint8Array, read: (document: PDFDocumentProxy) => Promise<T>) {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const loadingTask = getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const document = await loadingTask.promise;
    try {
      return await read(document);
    } finally {
      await document.cleanup?.();
    }
  } finally {
    await loadingTask.destroy();
  }
}

export async function extractPageTexts(pdf: Uint8Array): Promise<string[]> {
  return withPdfDocument(pdf, async (document) => {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text.replace(/[\u00a0\u202f]/g, " "));
    }
    return pages;
  });
}
