// The convention as a PDF document: a React component fed plain data (no database access here).
import type { DiagnosticAnnexContent } from "../diagnostic/annex-text";
import { DIAGNOSTIC_EMPTY_TEXT } from "../diagnostic/annex-text";
import { countOf } from "../typography";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import { Footer, pdfStyles, Table } from "./parts";
import { RichText } from "./rich-text";
import { frenchTypography as fr } from "./typography";
import { Watermark as WatermarkMark, type WatermarkShape } from "./watermark";

export type ConventionPdfData = {
  title: string;
  caisseName: string;
  territoryName: string;
  edition: number;
  periodLabel: string; // "du 1er janvier 2024 au 31 décembre 2028"
  isSigned: boolean;
  parties: { name: string; representation: string | null; designation: string }[];
  visas: string[]; // plain text or rich text
  preamble: string | null; // rich text
  articles: { number: number; title: string; body: string }[];
  place: string | null;
  dateLabel: string | null; // "le 9 février 2026"
  copies: number | null;
  signatureBlocks: { body: string; title: string; name: string }[];
  annexes: PdfAnnex[];
  avenantNotes?: string[];
};

export type PdfAnnex = {
  code: string;
  title: string;
  content:
    | { kind: "text"; body: string }
    | { kind: "file"; fileName: string }
    | { kind: "deliberation"; lines: string[] }
    | {
        kind: "fiches";
        rows: { number: string; title: string; axis: string; pilot: string; status: string; period: string }[];
      }
    | {
        kind: "facilities";
        rows: { name: string; type: string; commune: string; manager: string; capacity: string; funding: string }[];
        total: string;
      }
    | DiagnosticAnnexContent
    | { kind: "empty" };
};

/** The page where each article starts, keyed "preamble" and "article-N". */
export type PageMap = Record<string, number>;

const styles = {
  ...pdfStyles,
  tocRow: { flexDirection: "row" as const, marginBottom: 3 },
  tocTitle: { flex: 1 },
  tocPage: { width: 30, textAlign: "right" as const },
};

function Watermark({ show, shape }: { show: boolean; shape: WatermarkShape }) {
  return show ? <WatermarkMark shape={shape} /> : null;
}

function AnnexContent({ annex }: { annex: PdfAnnex }) {
  const c = annex.content;
  switch (c.kind) {
    case "text":
      return <RichText html={c.body} />;
    case "file":
      return <Text>{fr(`Document joint à la convention : ${c.fileName}.`)}</Text>;
    case "deliberation":
      return (
        <View>
          {c.lines.map((line, i) => (
            <Text key={i} style={{ marginBottom: 4 }}>
              {fr(line)}
            </Text>
          ))}
        </View>
      );
    case "fiches":
      return c.rows.length ? (
        <Table
          headers={["N°", "Fiche-action", "Axe", "Pilote", "Statut", "Période"]}
          widths={[7, 33, 20, 16, 11, 13]}
          rows={c.rows.map((r) => [r.number, r.title, r.axis, r.pilot, r.status, r.period])}
        />
      ) : (
        <Text>{fr("Aucune fiche-action n'est encore enregistrée.")}</Text>
      );
    case "facilities":
      return c.rows.length ? (
        <View>
          <Table
            headers={["Structure", "Type", "Commune", "Gestionnaire", "Places", "Financement"]}
            widths={[26, 16, 14, 20, 8, 16]}
            rows={c.rows.map((r) => [r.name, r.type, r.commune, r.manager, r.capacity, r.funding])}
          />
          <Text style={{ marginTop: 6, fontWeight: 700 }}>{fr(c.total)}</Text>
        </View>
      ) : (
        <Text>{fr("Aucun équipement n'est encore enregistré.")}</Text>
      );
    case "diagnostic":
      return c.themes.length ? (
        <View>
          {c.themes.map((theme) => (
            <View key={theme.title} style={{ marginBottom: 10 }}>
              <Text style={{ fontSize: 12, fontWeight: 700, marginBottom: 4 }} minPresenceAhead={80}>
                {fr(theme.title)}
              </Text>
              {theme.findings ? <RichText html={theme.findings} /> : null}
              {theme.tables.map((table, index) => (
                // The source line stays with the theme's last table.
                <View key={table.caption} wrap={false} style={{ marginTop: 6 }}>
                  <Text style={{ fontWeight: 700, marginBottom: 2 }}>{fr(`${table.caption} (${table.unit})`)}</Text>
                  <Table
                    headers={["Territoire", ...table.columns]}
                    widths={diagnosticWidths(table.columns.length)}
                    align={["left", ...table.columns.map(() => "right" as const)]}
                    rows={table.rows.map((r) => [r.area, ...r.values])}
                  />
                  {theme.source && index === theme.tables.length - 1 ? <DiagnosticSource text={theme.source} /> : null}
                </View>
              ))}
              {theme.source && !theme.tables.length ? <DiagnosticSource text={theme.source} /> : null}
            </View>
          ))}
        </View>
      ) : (
        <Text>{fr(DIAGNOSTIC_EMPTY_TEXT)}</Text>
      );
    default:
      return <Text>{fr("Annexe à joindre.")}</Text>;
  }
}

function DiagnosticSource({ text }: { text: string }) {
  return <Text style={{ marginTop: 4, fontSize: 8, color: "#374151" }}>{fr(text)}</Text>;
}

/** The area column takes what the year columns (at most 6, 11 % each) leave. */
function diagnosticWidths(years: number): number[] {
  const year = 11;
  return [100 - year * years, ...Array.from({ length: years }, () => year)];
}

function recordPage(pages: PageMap, id: string, pageNumber: number) {
  pages[id] = pageNumber;
}

/**
 * A heading that records, while react-pdf paginates, the page it lands on. react-pdf calls the `render` of a dynamic
 * text on each page split with the page being filled (the last call during pagination is the page where the heading
 * stays), then once more per final page: the record is the heading's own page, not that of a marker placed before
 * it (a zero-height marker can stay at the bottom of a page while `minPresenceAhead` pushes the heading over).
 */
function PagedHeading({ id, text, pages }: { id: string; text: string; pages: PageMap }) {
  return (
    <Text
      style={styles.h2}
      minPresenceAhead={60}
      render={({ pageNumber }) => {
        recordPage(pages, id, pageNumber);
        return text;
      }}
    />
  );
}

/**
 * A page number of the sommaire, read from `pages` through `render`: react-pdf resolves the dynamic texts of every
 * page again once pagination is over, when the headings further on have all recorded their page. The number takes
 * no more room than its fixed-width cell, so filling it in does not move anything.
 */
function PageNumberOf({ id, pages }: { id: string; pages: PageMap }) {
  return <Text style={styles.tocPage} render={() => (pages[id] ? String(pages[id]) : " ")} />;
}

/**
 * `watermark`: the PROJET outline (lib/pdf/watermark.tsx), drawn on every page while the document is unsigned.
 * `pages`: filled during the rendering with the page of each heading (one pass; see PagedHeading).
 */
export function ConventionDocument({
  data,
  pages = {},
  watermark: shape,
}: {
  data: ConventionPdfData;
  pages?: PageMap;
  watermark: WatermarkShape;
}) {
  const watermark = !data.isSigned;
  const footer = `${data.title} — ${data.territoryName}`;
  return (
    <Document
      title={`${data.title} — ${data.territoryName}`}
      author={data.caisseName}
      language="fr-FR"
      creator="CTG"
      producer="CTG"
    >
      <Page size="A4" style={styles.page}>
        <Watermark show={watermark} shape={shape} />
        <View style={{ marginTop: 150 }}>
          <Text style={[styles.center, { fontSize: 12, marginBottom: 40 }]}>{fr(data.caisseName)}</Text>
          <Text style={styles.h1}>{fr(data.title.toUpperCase())}</Text>
          <Text style={[styles.center, { fontSize: 15, marginBottom: 10 }]}>{fr(data.territoryName)}</Text>
          <Text style={[styles.center, { marginBottom: 6 }]}>{fr(data.periodLabel)}</Text>
          <Text style={styles.center}>{fr(`Convention n° ${data.edition} du territoire`)}</Text>
          {watermark ? <Text style={[styles.center, { marginTop: 30, fontWeight: 700 }]}>PROJET</Text> : null}
        </View>
        <Footer label={footer} />
      </Page>

      <Page size="A4" style={styles.page}>
        <Watermark show={watermark} shape={shape} />
        <Text style={styles.h2}>Entre :</Text>
        {data.parties.map((party, index) => (
          <View key={index} wrap={false} style={{ marginBottom: 6 }}>
            <Text>{fr(`– ${party.name}${party.representation ? `, ${party.representation}` : ""} ;`)}</Text>
            <Text style={{ marginTop: 3 }}>{fr(`ci-après dénommée « ${party.designation} » ;`)}</Text>
            {index < data.parties.length - 1 ? <Text style={{ marginTop: 6 }}>et</Text> : null}
          </View>
        ))}

        <View break>
          <Text style={styles.h2}>Sommaire</Text>
          {data.preamble ? (
            <View style={styles.tocRow}>
              <Text style={styles.tocTitle}>{fr("Article préliminaire : Préambule")}</Text>
              <PageNumberOf id="preamble" pages={pages} />
            </View>
          ) : null}
          {data.articles.map((article) => (
            <View key={article.number} style={styles.tocRow} wrap={false}>
              <Text style={styles.tocTitle}>{fr(`Article ${article.number} : ${article.title}`)}</Text>
              <PageNumberOf id={`article-${article.number}`} pages={pages} />
            </View>
          ))}
          <Text style={styles.h2}>Liste des annexes</Text>
          {data.annexes.map((annex) => (
            <Text key={annex.code} style={{ marginBottom: 3 }}>
              {fr(`Annexe ${annex.code} : ${annex.title}`)}
            </Text>
          ))}
        </View>

        <View break>
          {data.visas.map((visa, index) => (
            <RichText key={index} html={visa} />
          ))}
        </View>

        {data.preamble ? (
          <View>
            <PagedHeading id="preamble" text="PRÉAMBULE" pages={pages} />
            <RichText html={data.preamble} />
          </View>
        ) : null}

        {data.articles.map((article) => (
          <View key={article.number}>
            <PagedHeading
              id={`article-${article.number}`}
              text={fr(`Article ${article.number} – ${article.title}`)}
              pages={pages}
            />
            <RichText html={article.body} />
          </View>
        ))}

        {data.avenantNotes?.length ? (
          <View>
            {data.avenantNotes.map((note, i) => (
              <Text key={i} style={{ fontStyle: "italic", marginBottom: 3 }}>
                {fr(note)}
              </Text>
            ))}
          </View>
        ) : null}

        <View wrap={false} style={{ marginTop: 18 }}>
          <Text>{fr(`Fait à ${data.place ?? "…"},`)}</Text>
          <Text>{fr(data.dateLabel ?? "Le …")}</Text>
          <Text>{fr(data.copies ? `En ${countOf(data.copies, "exemplaire")}.` : "En … exemplaires.")}</Text>
        </View>

        <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 16 }}>
          {data.signatureBlocks.map((block, index) => (
            <View key={index} wrap={false} style={{ width: "50%", paddingRight: 12, marginBottom: 22, minHeight: 90 }}>
              <Text style={{ fontWeight: 700 }}>{fr(block.body)}</Text>
              <Text>{fr(block.title)}</Text>
              <Text style={{ marginTop: 40 }}>{fr(block.name)}</Text>
            </View>
          ))}
        </View>
        <Footer label={footer} />
      </Page>

      {data.annexes.map((annex) => (
        <Page key={annex.code} size="A4" style={styles.page}>
          <Watermark show={watermark} shape={shape} />
          <Text style={styles.h2}>{fr(`Annexe ${annex.code} : ${annex.title}`)}</Text>
          <AnnexContent annex={annex} />
          <Footer label={footer} />
        </Page>
      ))}
    </Document>
  );
}
