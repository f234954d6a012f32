// Text of each page of a PDF (pdfjs-dist, pure JavaScript). Used to find where articles start for the
// sommaire, and by the tests to read rendered PDFs back.

export async function extractPageTexts(pdf: Uint8Array): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const loadingTask = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  const document = await loadingTask.promise;
  try {
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
  } finally {
    await document.cleanup?.();
    await loadingTask.destroy();
  }
}
