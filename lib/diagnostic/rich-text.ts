// The findings and contributions of the diagnostic are rich text of the same small HTML subset as the convention's
// texts (lib/conventions/rich-text.ts), without the fields bound to a convention's data (they mean nothing here).
import { richTextToPlain, sanitizeRichText } from "../conventions/rich-text";

export function sanitizeDiagnosticHtml(html: string): string {
  return sanitizeRichText(html)
    .replace(/<span data-field="[a-zA-Z]+"><\/span>/g, "")
    .trim();
}

/** Typed plain text as HTML: one paragraph per block of lines, a line break inside a block; everything escaped. */
export function plainTextToHtml(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  const html = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${block.split("\n").map(escape).join("<br />")}</p>`)
    .join("");
  return sanitizeDiagnosticHtml(html);
}

/** True when a rich text says nothing (empty paragraphs, spaces). */
export function isBlankRichText(html: string): boolean {
  return richTextToPlain(html).trim() === "";
}

export { richTextToPlain };
