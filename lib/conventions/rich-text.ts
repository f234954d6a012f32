// The rich text of articles and annexes: a small HTML subset, sanitised on every save so that neither the
// pages nor the PDF ever see anything else.
import sanitizeHtml from "sanitize-html";
import { FIELD_LABELS, isFieldName } from "./fields";

export const ALLOWED_TAGS = ["p", "ul", "ol", "li", "strong", "em", "h3", "br"];

// Fields bound to the data (lib/conventions/fields.ts) survive sanitising as `<span data-field="name"></span>`,
// whatever the editor put inside; any other span is dropped, its text kept. They cross the sanitiser as
// private-use characters, which no input keeps.
const FIELD_IN = /<span\b[^>]*?\bdata-field=["']?([a-zA-Z]+)["']?[^>]*>(?:(?!<\/?span\b)[\s\S])*<\/span>/gi;
const TOKEN = /\uE000([a-zA-Z]+)\uE001/g;

export function sanitizeRichText(html: string): string {
  const tokenised = html
    .replace(/[\uE000\uE001]/g, "")
    .replace(FIELD_IN, (_all, name: string) => (isFieldName(name) ? `\uE000${name}\uE001` : ""));
  return sanitizeHtml(tokenised, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {},
    transformTags: { b: "strong", i: "em", h1: "h3", h2: "h3", h4: "h3" },
    exclusiveFilter: (frame) => frame.tag === "p" && !frame.text.trim() && !frame.mediaChildren.length,
  })
    .replace(TOKEN, '<span data-field="$1"></span>')
    .trim();
}

/** Plain text of a rich text, for diffs and search. Block ends become line breaks. */
export function richTextToPlain(html: string): string {
  const withFields = html.replace(FIELD_IN, (_all, name: string) =>
    isFieldName(name) ? `[${FIELD_LABELS[name]}]` : "",
  );
  return sanitizeHtml(withFields.replace(/<\/(p|li|h3)>/g, "\n").replace(/<br\s*\/?>/g, "\n"), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
