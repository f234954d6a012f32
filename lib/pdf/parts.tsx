// Pieces shared by every PDF of the platform (convention, convocation, minutes, annual bilan): page style,
// footer with page numbers, simple bordered table.
import { Text, View } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";
import { frenchTypography as fr } from "./typography";

export const ink = "#111827";
export const pdfStyles = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 10.5,
    color: ink,
    paddingTop: 56,
    paddingBottom: 64,
    paddingHorizontal: 60,
  },
  h1: { fontSize: 20, fontWeight: 700, textAlign: "center" as const, marginBottom: 12 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 14, marginBottom: 8 },
  center: { textAlign: "center" as const },
  footer: {
    position: "absolute" as const,
    bottom: 28,
    left: 60,
    right: 60,
    height: 14,
    fontSize: 8.5,
    color: "#374151",
  },
  // No line height on the Page: there it silences react-pdf's dynamic `render` texts (the page numbers);
  // paragraphs set their own (lib/pdf/rich-text.tsx). Fixed texts also get an explicit height: with the page's line height, react-pdf mis-measures them on some pages.
  pageNumber: {
    position: "absolute" as const,
    bottom: 28,
    right: 60,
    width: 120,
    height: 14,
    fontSize: 8.5,
    color: "#374151",
    textAlign: "right" as const,
  },
  cell: { padding: 3, borderRightWidth: 0.5, borderColor: "#6b7280" },
  tableRow: { flexDirection: "row" as const, borderBottomWidth: 0.5, borderColor: "#6b7280" },
};

export function Footer({ label }: { label: string }) {
  return (
    <>
      <Text fixed style={[pdfStyles.footer, { right: 140 }]}>
        {fr(label)}
      </Text>
      <Text
        fixed
        style={pdfStyles.pageNumber}
        render={({ pageNumber, totalPages }) => `page ${pageNumber} / ${totalPages}`}
      />
    </>
  );
}

export function Table({
  headers,
  widths,
  rows,
  align,
}: {
  headers: string[];
  widths: number[];
  rows: string[][];
  align?: ("left" | "right")[];
}) {
  return (
    <View style={{ borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: "#6b7280", fontSize: 9 }}>
      <View style={[pdfStyles.tableRow, { backgroundColor: "#e5e7eb" }]} fixed>
        {headers.map((header, i) => (
          <Text
            key={header}
            style={[pdfStyles.cell, { width: `${widths[i]}%`, fontWeight: 700, textAlign: align?.[i] ?? "left" }]}
          >
            {header}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={pdfStyles.tableRow} wrap={false}>
          {row.map((cell, i) => (
            <Text key={i} style={[pdfStyles.cell, { width: `${widths[i]}%`, textAlign: align?.[i] ?? "left" }]}>
              {fr(cell)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
