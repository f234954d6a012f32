// The sanitised rich-text subset (p, ul, ol, li, strong, em, h3, br: lib/conventions/rich-text.ts) as docx
// paragraphs: bold and italic runs, bulleted and numbered lists (nested lists one level deeper, each <ol>
// restarting at 1), h3 sub-headings in the "Heading2" style so that Word users can restyle them.
import { Paragraph, TextRun } from "docx";
import { parseDocument } from "htmlparser2";
import { frenchTypography } from "../pdf/typography";

type DomNode = { type: string; name?: string; data?: string; children?: DomNode[] };
type Marks = { bold?: boolean; italics?: boolean };

export const BULLET_LIST = "ctg-bullets";
export const NUMBERED_LIST = "ctg-numbers";

/** Numbers every <ol> of one document: docx restarts a list when its paragraphs carry a new `instance`. */
export type ListCounter = { next: number };

export type RichTextOptions = {
  /** Paragraph style of plain paragraphs ("Normal" by default; "Visa", "Preambule"…). */
  style?: string;
  lists: ListCounter;
};

function runs(nodes: DomNode[] | undefined, marks: Marks = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const node of nodes ?? []) {
    if (node.type === "text") {
      const text = frenchTypography(node.data ?? "");
      if (text) out.push(new TextRun({ text, ...marks }));
    } else if (node.name === "br") out.push(new TextRun({ break: 1 }));
    else if (node.name === "strong" || node.name === "b") out.push(...runs(node.children, { ...marks, bold: true }));
    else if (node.name === "em" || node.name === "i") out.push(...runs(node.children, { ...marks, italics: true }));
    else out.push(...runs(node.children, marks));
  }
  return out;
}

const isBlock = (node: DomNode) => ["p", "ul", "ol", "li", "h3"].includes(node.name ?? "");
const hasText = (nodes: DomNode[]) => nodes.some((n) => n.type !== "text" || (n.data ?? "").trim());

function list(node: DomNode, options: RichTextOptions, level: number): Paragraph[] {
  const ordered = node.name === "ol";
  const instance = ordered ? options.lists.next++ : 0;
  const out: Paragraph[] = [];
  for (const item of node.children ?? []) {
    if (item.name !== "li") continue;
    // An item's own text (loose or in <p>s) makes its numbered paragraph; nested lists follow one level deeper.
    let first = true;
    let loose: DomNode[] = [];
    const flush = () => {
      if (!hasText(loose) && !first) return (loose = []);
      out.push(
        new Paragraph({
          style: "ListParagraph",
          children: runs(loose),
          ...(first
            ? {
                numbering: {
                  reference: ordered ? NUMBERED_LIST : BULLET_LIST,
                  level,
                  ...(ordered ? { instance } : {}),
                },
              }
            : { indent: { left: 720 * (level + 1) } }),
        }),
      );
      first = false;
      loose = [];
    };
    for (const child of item.children ?? []) {
      if (child.name === "ul" || child.name === "ol") {
        if (first || hasText(loose)) flush();
        out.push(...list(child, options, Math.min(level + 1, 8)));
      } else if (child.name === "p" || child.name === "h3") {
        if (hasText(loose)) flush();
        loose = child.children ?? [];
        flush();
      } else loose.push(child);
    }
    if (first || hasText(loose)) flush();
  }
  return out;
}

/** Paragraphs of a sanitised rich text (or of plain text, which becomes one paragraph). */
export function richTextToDocx(html: string, options: RichTextOptions): Paragraph[] {
  const document = parseDocument(html) as unknown as DomNode;
  const out: Paragraph[] = [];
  let loose: DomNode[] = [];
  const paragraph = (children: DomNode[]) => new Paragraph({ style: options.style, children: runs(children) });
  const flush = () => {
    if (hasText(loose)) out.push(paragraph(loose));
    loose = [];
  };
  const walk = (nodes: DomNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (!isBlock(node)) {
        loose.push(node);
        continue;
      }
      flush();
      if (node.name === "p") {
        if (hasText(node.children ?? [])) out.push(paragraph(node.children ?? []));
      } else if (node.name === "h3") out.push(new Paragraph({ style: "Heading2", children: runs(node.children) }));
      else if (node.name === "ul" || node.name === "ol") out.push(...list(node, options, 0));
      else walk(node.children); // a stray <li>
    }
  };
  walk(document.children);
  flush();
  return out;
}
