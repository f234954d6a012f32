// Rich text as the review screen edits it: one paragraph a line, "- " and "1. " list items (indented two spaces a
// level), "### " sub-headings, "**…**" bold paragraphs; and back. Safe to import in the browser.
import { parseDocument } from "htmlparser2";
import { blocksFromText } from "./blocks";
import { blocksToRichText } from "./parse";

type DomNode = { type: string; name?: string; data?: string; children?: DomNode[] };

const textOf = (node: DomNode): string =>
  node.type === "text" ? (node.data ?? "") : (node.children ?? []).map(textOf).join("");

export function richTextToEditable(html: string): string {
  const lines: string[] = [];
  const walk = (nodes: DomNode[] | undefined, depth: number, ordered: boolean) => {
    for (const node of nodes ?? []) {
      if (node.type === "text") {
        if ((node.data ?? "").trim()) lines.push((node.data ?? "").trim());
      } else if (node.name === "p") {
        const value = textOf(node).trim();
        const bold = node.children?.length === 1 && node.children[0].name === "strong";
        if (value) lines.push(bold ? `**${value}**` : value);
      } else if (node.name === "h3") lines.push(`### ${textOf(node).trim()}`);
      else if (node.name === "ul" || node.name === "ol") walk(node.children, depth + 1, node.name === "ol");
      else if (node.name === "li") {
        const own = (node.children ?? []).filter((c) => c.name !== "ul" && c.name !== "ol");
        lines.push(`${"  ".repeat(Math.max(0, depth - 1))}${ordered ? "1." : "-"} ${own.map(textOf).join(" ").trim()}`);
        walk(
          (node.children ?? []).filter((c) => c.name === "ul" || c.name === "ol"),
          depth,
          ordered,
        );
      } else walk(node.children, depth, ordered);
    }
  };
  walk((parseDocument(html) as unknown as DomNode).children, 0, false);
  return lines.join("\n");
}

export function editableToRichText(text: string): string {
  return blocksToRichText(blocksFromText(text));
}
