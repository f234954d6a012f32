// The rich text of articles and annexes: a small HTML subset, sanitised on every save so that neither the
// pages nor the PDF ever see anything else.
import sanitizeHtml from "sanitize-html";

export const ALLOWED_TAGS = ["p", "ul", "ol", "li", "strong", "em", "h3", "br"];

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {},
    transformTags: { b: "strong", i: "em", h1: "h3", h2: "h3", h4: "h3" },
    exclusiveFilter: (frame) => frame.tag === "p" && !frame.text.trim() && !frame.mediaChildren.length,
  }).trim();
}

/** Plain text of a rich text, for diffs and search. Block ends become line breaks. */
export function richTextToPlain(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li|h3)>/g, "\n").replace(/<br\s*\/?>/g, "\n"), {
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
