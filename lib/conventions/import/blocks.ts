// The normalised form every imported source is turned into before parsing (lib/conventions/import/parse.ts): a
// list of paragraphs with what the source says of their style. Pasted text, DOCX (through mammoth's HTML) and PDF
// (pdfjs text lines) all end up here, so that one parser serves the three.
import { parseDocument } from "htmlparser2";

export type ImportBlock = {
  text: string;
  /** "heading" when the source marks it so (a Word heading style, a Markdown "#"), "list" for a list item. */
  kind: "paragraph" | "heading" | "list";
  /** The whole paragraph is bold (a heading in documents typed without heading styles). */
  bold?: boolean;
  /** List items: numbered list; nesting depth (0 = top). */
  ordered?: boolean;
  depth?: number;
};

/** Non-breaking and narrow spaces, typographic apostrophes, soft hyphens and runs of spaces as plain text has them. */
export function normaliseText(value: string): string {
  return (
    value
      // Control characters and lone surrogates (PDF text layers have some): the platform's text fields refuse them.
      .replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        " ",
      )
      .replace(/[\u00a0\u202f\u2007\u2009\t]/g, " ")
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/\u00ad/g, "")
      .replace(/[\u200b-\u200d\ufeff]/g, "")
      .replace(/ {2,}/g, " ")
      .trim()
  );
}

const BULLET = /^\s*(?:[-–—•●▪■◦○·*o➢➤►>]|\d{1,2}[.)]|[a-z][.)])\s+/;

/** Pasted text: one block per line (blank lines only separate); "- ", "• " and "1." lines are list items;
 * Markdown "**bold**" lines and "#" headings are recognised. */
export function blocksFromText(source: string): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  // "**A\nB**" spans lines in Markdown exports: join them first.
  const text = source.replace(/\r\n?/g, "\n").replace(/\*\*([^*]+?)\*\*/gs, (_, inner: string) => {
    return inner
      .split("\n")
      .map((line) => (line.trim() ? `**${line.trim()}**` : ""))
      .join("\n");
  });
  for (const raw of text.split("\n")) {
    if (!raw.trim()) continue;
    const indent = /^\s*/.exec(raw)![0].replace(/\t/g, "  ").length;
    let line = raw.replace(/\^\{(\w+)\}/g, "$1");
    let kind: ImportBlock["kind"] = "paragraph";
    let bold = false;
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      kind = "heading";
      line = heading[1];
    }
    const strong = /^\s*\*\*(.+)\*\*\s*$/.exec(line);
    if (strong) {
      bold = true;
      line = strong[1];
    }
    line = line.replace(/\*\*/g, "");
    const bullet = BULLET.exec(line);
    let ordered = false;
    if (kind === "paragraph" && bullet && !/^\s*\d{1,2}[.)]\s+\d/.test(line)) {
      // "1. " starts a numbered item, but "1.1 Title" is a sub-article, and "- ci-après" stays a dash.
      ordered = /\d|[a-z][.)]/.test(bullet[0]);
      if (!(ordered && /^\s*\d{1,2}\.\d/.test(line))) {
        kind = "list";
        line = line.slice(bullet[0].length);
      }
    }
    const value = normaliseText(line);
    if (!value) continue;
    blocks.push({
      text: value,
      kind,
      ...(bold ? { bold } : {}),
      ...(kind === "list" ? { ordered, depth: Math.min(Math.floor(indent / 2), 3) } : {}),
    });
  }
  return blocks;
}

type DomNode = { type: string; name?: string; data?: string; children?: DomNode[]; attribs?: Record<string, string> };

function textOf(node: DomNode): string {
  if (node.type === "text") return node.data ?? "";
  if (node.name === "br") return "\n";
  return (node.children ?? []).map(textOf).join("");
}

/** Whether every non-blank character of the node is inside <strong>/<b>. */
function allBold(node: DomNode, inBold = false): boolean {
  if (node.type === "text") return inBold || !(node.data ?? "").trim();
  const bold = inBold || node.name === "strong" || node.name === "b";
  return (node.children ?? []).every((child) => allBold(child, bold));
}

/** HTML as mammoth produces it from a DOCX: paragraphs, headings, lists (nested), tables (one block per cell
 * paragraph). A <br> inside a paragraph splits it (Word users break lines with Shift+Enter in headings). */
export function blocksFromHtml(html: string): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  const push = (node: DomNode, kind: ImportBlock["kind"], extra: Partial<ImportBlock> = {}) => {
    const bold = allBold(node) || undefined;
    for (const line of textOf(node).split("\n")) {
      const value = normaliseText(line);
      if (value) blocks.push({ text: value, kind, ...(bold ? { bold } : {}), ...extra });
    }
  };
  const walk = (nodes: DomNode[] | undefined, depth: number) => {
    for (const node of nodes ?? []) {
      if (node.type === "text") {
        const value = normaliseText(node.data ?? "");
        if (value) blocks.push({ text: value, kind: "paragraph" });
        continue;
      }
      const name = node.name ?? "";
      if (/^h[1-6]$/.test(name)) push(node, "heading");
      else if (name === "p") push(node, "paragraph");
      else if (name === "ul" || name === "ol") {
        for (const item of node.children ?? []) {
          if (item.name !== "li") continue;
          // The item's own text, then its nested lists one level deeper.
          const own: DomNode = { type: "tag", name: "li", children: [] };
          const nested: DomNode[] = [];
          for (const child of item.children ?? [])
            (child.name === "ul" || child.name === "ol" ? nested : own.children!).push(child);
          push(own, "list", { ordered: name === "ol", depth: Math.min(depth, 3) });
          for (const list of nested) walk([list], depth + 1);
        }
      } else walk(node.children, depth);
    }
  };
  walk((parseDocument(html) as unknown as DomNode).children, 0);
  return blocks;
}

/** One line of a PDF page as pdfjs gives it (text items grouped by baseline). */
export type PdfLine = { text: string; y: number; height: number; page: number };

/**
 * PDF lines back into paragraphs. A line continues the previous one when it is close below it (a wrapped line)
 * and does not itself start something (an article, a "Vu", a bullet, an annex). Lines repeated on most pages at
 * the same height (running headers and footers, a watermark) are returned apart so that the caller can show them.
 */
export function blocksFromPdfLines(lines: PdfLine[]): { blocks: ImportBlock[]; repeated: string[] } {
  const pages = new Set(lines.map((l) => l.page)).size;
  const count = new Map<string, number>();
  for (const line of lines) {
    const key = normaliseText(line.text).replace(/\d+/g, "#");
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  // The usual distance between two lines of one paragraph: the most frequent gap between consecutive lines of the
  // same size (paragraphs are further apart: their margin adds to it).
  const gaps = new Map<number, Map<number, number>>(); // by line height: gap → count
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (a.page !== b.page || a.height !== b.height || a.y <= b.y) continue;
    const gap = Math.round((a.y - b.y) * 2) / 2;
    const byGap = gaps.get(a.height) ?? new Map<number, number>();
    byGap.set(gap, (byGap.get(gap) ?? 0) + 1);
    gaps.set(a.height, byGap);
  }
  const lineGapOf = (height: number) =>
    [...(gaps.get(height) ?? new Map<number, number>())].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
  const repeated = new Set<string>();
  const blocks: ImportBlock[] = [];
  let previous: PdfLine | null = null;
  let current: ImportBlock | null = null;
  for (const line of lines) {
    const value = normaliseText(line.text);
    if (!value) continue;
    const key = value.replace(/\d+/g, "#");
    if (pages >= 3 && (count.get(key) ?? 0) >= Math.max(3, pages * 0.6)) {
      repeated.add(value.replace(/\d+/g, "N"));
      continue;
    }
    const bullet = BULLET.exec(value);
    const startsSomething =
      !!bullet ||
      /^(article|annexe|vu\b|entre\b|et\s*:?$|fait à|ci-après|d'une part|d'autre part|sommaire|préambule|preambule|convention\b)/i.test(
        value,
      ) ||
      /^\d+(\.\d+)+\s/.test(value);
    const continues =
      current &&
      previous &&
      previous.page === line.page &&
      line.y < previous.y &&
      previous.y - line.y <= Math.max(1.75 * line.height, (lineGapOf(line.height) ?? 0) * 1.12) &&
      // A heading set larger than the text below it does not run into it.
      Math.abs(previous.height - line.height) <= 1 &&
      !startsSomething &&
      !/[.:;!?»]$/.test(current.text);
    if (continues && current) {
      current.text = current.text.endsWith("-") ? current.text + value : `${current.text} ${value}`;
    } else {
      current =
        bullet && !/^\d{1,2}\.\d/.test(value)
          ? {
              text: normaliseText(value.slice(bullet[0].length)),
              kind: "list",
              ordered: /\d/.test(bullet[0]),
              depth: 0,
            }
          : { text: value, kind: "paragraph" };
      blocks.push(current);
    }
    previous = line;
  }
  return { blocks, repeated: [...repeated] };
}
