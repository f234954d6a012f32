// The sanitised rich-text subset (p, ul, ol, li, strong, em, h3, br) as @react-pdf/renderer elements.
import { Text, View } from "@react-pdf/renderer";
import { parseDocument } from "htmlparser2";
import type { ReactNode } from "react";
import { frenchTypography } from "./typography";

type DomNode = { type: string; name?: string; data?: string; children?: DomNode[] };

// A list item is a row: the bullet, then a column holding the item's text and its nested lists. The text must
// not take `flex: 1` there: in a column that means a zero height basis, and the item collapsed to the bullet's
// single line while its text ran on below, under the next item.
const styles = {
  paragraph: { marginBottom: 6, textAlign: "justify" as const, lineHeight: 1.4 },
  heading: { fontWeight: 700, marginTop: 4, marginBottom: 4 },
  listItem: { flexDirection: "row" as const, marginBottom: 3 },
  bullet: { width: 14, lineHeight: 1.4 },
  itemColumn: { flex: 1, flexDirection: "column" as const },
  itemBody: { textAlign: "justify" as const, lineHeight: 1.4 },
};

function inline(nodes: DomNode[] | undefined, keyPrefix: string): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    const key = `${keyPrefix}-${index}`;
    if (node.type === "text") return frenchTypography(decode(node.data ?? ""));
    if (node.name === "br") return "\n";
    if (node.name === "strong")
      return (
        <Text key={key} style={{ fontWeight: 700 }}>
          {inline(node.children, key)}
        </Text>
      );
    if (node.name === "em")
      return (
        <Text key={key} style={{ fontStyle: "italic" }}>
          {inline(node.children, key)}
        </Text>
      );
    return <Text key={key}>{inline(node.children, key)}</Text>;
  });
}

function decode(text: string): string {
  return text
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function blocks(nodes: DomNode[] | undefined, keyPrefix: string, depth = 0): ReactNode[] {
  const out: ReactNode[] = [];
  let loose: DomNode[] = [];
  const flushLoose = () => {
    if (loose.some((n) => n.type !== "text" || (n.data ?? "").trim())) {
      out.push(
        <Text key={`${keyPrefix}-t${out.length}`} style={styles.paragraph}>
          {inline(loose, `${keyPrefix}-t${out.length}`)}
        </Text>,
      );
    }
    loose = [];
  };
  (nodes ?? []).forEach((node, index) => {
    const key = `${keyPrefix}-${index}`;
    if (node.type === "text" || ["strong", "em", "br"].includes(node.name ?? "")) {
      loose.push(node);
      return;
    }
    flushLoose();
    if (node.name === "p")
      out.push(
        <Text key={key} style={styles.paragraph}>
          {inline(node.children, key)}
        </Text>,
      );
    else if (node.name === "h3")
      out.push(
        <Text key={key} style={styles.heading} minPresenceAhead={30}>
          {inline(node.children, key)}
        </Text>,
      );
    else if (node.name === "ul" || node.name === "ol") {
      const items = (node.children ?? []).filter((child) => child.name === "li");
      out.push(
        <View key={key} style={{ marginBottom: 6, marginLeft: depth ? 12 : 6 }}>
          {items.map((item, itemIndex) => {
            const itemKey = `${key}-${itemIndex}`;
            const nestedLists = (item.children ?? []).filter((c) => c.name === "ul" || c.name === "ol");
            const text = (item.children ?? []).filter((c) => c.name !== "ul" && c.name !== "ol");
            return (
              <View key={itemKey} style={styles.listItem} wrap={nestedLists.length > 0}>
                <Text style={styles.bullet}>{node.name === "ol" ? `${itemIndex + 1}.` : depth ? "◦" : "•"}</Text>
                <View style={styles.itemColumn}>
                  {text.some((c) => c.type !== "text" || (c.data ?? "").trim()) ? (
                    text.some((c) => c.name === "p" || c.name === "h3") ? (
                      blocks(text, itemKey, depth + 1)
                    ) : (
                      <Text style={styles.itemBody}>{inline(text, itemKey)}</Text>
                    )
                  ) : null}
                  {blocks(nestedLists, `${itemKey}-n`, depth + 1)}
                </View>
              </View>
            );
          })}
        </View>,
      );
    } else out.push(...blocks(node.children, key, depth));
  });
  flushLoose();
  return out;
}

export function RichText({ html }: { html: string }) {
  const document = parseDocument(html) as unknown as DomNode;
  return <View>{blocks(document.children, "rt")}</View>;
}
