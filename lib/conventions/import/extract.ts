// An imported convention's source (a DOCX, a PDF with text, or pasted text) as blocks for the parser. Files are
// checked for what they claim to be first (lib/conventions/annex-file.ts: a bounded ZIP declaring a Word main
// document, or a PDF that pdfjs opens), so mammoth and pdfjs only ever see what passed those checks.
import mammoth from "mammoth";
import { AppError } from "../../errors";
import { withPdfDocument } from "../../pdf/extract-text";
import { checkAnnexFile, DOCX_MIME, PDF_MIME } from "../annex-file";
import { blocksFromHtml, blocksFromPdfLines, blocksFromText, type ImportBlock, type PdfLine } from "./blocks";

export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_TEXT_LENGTH = 400_000;
const MAX_PDF_PAGES = 200;

export type ExtractedSource = {
  blocks: ImportBlock[];
  /** The source as plain text, one block a line: what the review screen shows beside the recognised parts. */
  text: string;
  /** Lines repeated on most pages of a PDF (headers, footers, watermark), left out of the blocks. */
  repeated: string[];
  mime: string | null;
};

/** Word's table-of-contents paragraphs are kept (the parser recognises the sommaire); comments are left out. */
const STYLE_MAP = ["comment-reference => !"];

export async function blocksFromDocx(bytes: Uint8Array): Promise<ImportBlock[]> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  return blocksFromHtml(value);
}

export async function pdfLines(bytes: Uint8Array): Promise<PdfLine[]> {
  return withPdfDocument(bytes, async (document) => {
    if (document.numPages > MAX_PDF_PAGES)
      throw new AppError("INVALID_INPUT", `Le PDF compte plus de ${MAX_PDF_PAGES} pages : importez le texte seul.`);
    const lines: PdfLine[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      type Item = { str: string; x: number; y: number; width: number; height: number };
      const items: Item[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str) continue;
        const [a, b] = item.transform as number[];
        // Rotated text (a diagonal PROJET watermark) is a line of its own, never mixed into the text it crosses.
        if (Math.abs(b) > 0.01 * Math.abs(a || 1))
          lines.push({ text: item.str, y: item.transform[5], height: Math.hypot(a, b), page: number });
        else
          items.push({
            str: item.str,
            x: item.transform[4],
            y: item.transform[5],
            width: item.width,
            height: item.height,
          });
      }
      items.sort((a, b) => b.y - a.y || a.x - b.x);
      let line: Item[] = [];
      const flush = () => {
        if (!line.length) return;
        line.sort((a, b) => a.x - b.x);
        let text = "";
        let end = -Infinity;
        for (const item of line) {
          const gap = item.x - end;
          if (text && gap > Math.max(1, item.height * 0.15) && !/\s$/.test(text) && !/^\s/.test(item.str)) text += " ";
          text += item.str;
          end = item.x + item.width;
        }
        const height = Math.max(...line.map((i) => i.height)) || 10;
        lines.push({ text, y: line[0].y, height, page: number });
        line = [];
      };
      for (const item of items) {
        if (line.length && Math.abs(line[0].y - item.y) > Math.max(2, item.height * 0.4)) flush();
        line.push(item);
      }
      flush();
      page.cleanup();
    }
    return lines;
  });
}

export async function extractSource(
  input: { kind: "text"; text: string } | { kind: "file"; bytes: Uint8Array },
): Promise<ExtractedSource> {
  if (input.kind === "text") {
    if (!input.text.trim()) throw new AppError("INVALID_INPUT", "Collez le texte de la convention.");
    if (input.text.length > MAX_IMPORT_TEXT_LENGTH)
      throw new AppError("INVALID_INPUT", "Le texte dépasse 400 000 caractères.");
    const blocks = blocksFromText(input.text);
    return { blocks, text: blocks.map((b) => b.text).join("\n"), repeated: [], mime: null };
  }
  if (input.bytes.length > MAX_IMPORT_FILE_BYTES) throw new AppError("INVALID_INPUT", "Le fichier dépasse 10 Mo.");
  const { mime } = await checkAnnexFile(input.bytes);
  if (mime === DOCX_MIME) {
    const blocks = await blocksFromDocx(input.bytes).catch(() => {
      throw new AppError("INVALID_INPUT", "Le document Word n'a pas pu être lu.");
    });
    if (!blocks.length) throw new AppError("INVALID_INPUT", "Le document Word ne contient pas de texte.");
    return { blocks, text: blocks.map((b) => b.text).join("\n"), repeated: [], mime };
  }
  if (mime === PDF_MIME) {
    const lines = await pdfLines(input.bytes).catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      throw new AppError("INVALID_INPUT", "Le fichier n'est pas un PDF lisible.");
    });
    const { blocks, repeated } = blocksFromPdfLines(lines);
    if (!blocks.length)
      throw new AppError(
        "INVALID_INPUT",
        "Le PDF ne contient pas de texte (document numérisé ?) : collez le texte ou importez le document Word.",
      );
    return { blocks, text: blocks.map((b) => b.text).join("\n"), repeated, mime };
  }
  throw new AppError("INVALID_INPUT", "Le fichier doit être un PDF ou un document Word (DOCX).");
}
