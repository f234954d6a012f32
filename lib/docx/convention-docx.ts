// The convention as a Word document (docx), from the same plain data as the PDF (lib/conventions/pdf-data.ts) and
// in the same order: title page, parties, sommaire (a real Word table-of-contents field, refreshed by Word when it
// opens the file), list of annexes, visas, préambule, articles, "Fait à", signature table, annexes. Every paragraph
// carries a named style (Heading 1 for the préambule and the articles, Heading 2 for their sub-headings, "Visa",
// "Préambule", "Partie", "Signature"…) so that Word users restyle the whole document at once. Drafts carry a PROJET
// watermark in the header (Word's own kind, which its Design > Watermark command can remove).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type IParagraphStyleOptions,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import { DIAGNOSTIC_EMPTY_TEXT } from "../diagnostic/annex-text";
import type { ConventionPdfData, PdfAnnex } from "../pdf/convention-document";
import { frenchTypography as fr } from "../pdf/typography";
import { BULLET_LIST, type ListCounter, NUMBERED_LIST, richTextToDocx } from "./rich-text";

const FONT = "Calibri";
const pt = (points: number) => points * 2; // docx sizes are half-points
const twip = (points: number) => points * 20;

const style = (
  id: string,
  name: string,
  run: IParagraphStyleOptions["run"] = {},
  paragraph: IParagraphStyleOptions["paragraph"] = {},
  basedOn = "Normal",
): IParagraphStyleOptions => ({
  id,
  name,
  basedOn,
  next: "Normal",
  quickFormat: true,
  run,
  paragraph,
});

/** The named styles: what Word users change to restyle the document. */
export const DOCX_STYLES: IParagraphStyleOptions[] = [
  style("Title", "Title", { size: pt(24), bold: true }, { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
  style("Subtitle", "Subtitle", { size: pt(14) }, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
  style(
    "Heading1",
    "Heading 1",
    { size: pt(14), bold: true, color: "1F3A5F" },
    { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: twip(18), after: twip(8) } },
  ),
  style(
    "Heading2",
    "Heading 2",
    { size: pt(12), bold: true },
    { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: twip(10), after: twip(4) } },
  ),
  style(
    "TitreSection",
    "Titre de section",
    { size: pt(14), bold: true, color: "1F3A5F" },
    { keepNext: true, spacing: { before: twip(12), after: twip(8) } },
  ),
  style("Partie", "Partie", {}, { spacing: { after: twip(4) } }),
  style("Visa", "Visa", {}, { spacing: { after: twip(6) }, alignment: AlignmentType.JUSTIFIED }),
  style("Preambule", "Préambule", {}, { spacing: { after: twip(6) }, alignment: AlignmentType.JUSTIFIED }),
  style("ListParagraph", "List Paragraph", {}, { spacing: { after: twip(3) }, alignment: AlignmentType.JUSTIFIED }),
  style("Signature", "Signature", {}, { keepNext: true, keepLines: true }),
  style("TitreAnnexe", "Titre d'annexe", { size: pt(14), bold: true }, { keepNext: true, spacing: { after: twip(8) } }),
  style("ListeAnnexes", "Liste des annexes", {}, { spacing: { after: twip(3) } }),
  style("PiedDePage", "Pied de page", { size: pt(8), color: "555555" }, { alignment: AlignmentType.CENTER }),
];

const bulletLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: LevelFormat.BULLET,
  text: level % 2 ? "◦" : "–",
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));
const numberLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: level % 2 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

const text = (value: string, options: { style?: string; bold?: boolean; pageBreakBefore?: boolean } = {}) =>
  new Paragraph({
    style: options.style,
    pageBreakBefore: options.pageBreakBefore,
    children: [new TextRun({ text: fr(value), bold: options.bold })],
  });

const cellBorders = {
  top: { style: BorderStyle.SINGLE, size: 4, color: "999999" },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: "999999" },
  left: { style: BorderStyle.SINGLE, size: 4, color: "999999" },
  right: { style: BorderStyle.SINGLE, size: 4, color: "999999" },
};

function dataTable(headers: string[], widths: number[], rows: string[][], align?: ("left" | "right")[]) {
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, index) =>
          new TableCell({
            borders: cellBorders,
            width: { size: widths[index], type: WidthType.PERCENTAGE },
            children: [
              new Paragraph({
                alignment: align?.[index] === "right" ? AlignmentType.RIGHT : undefined,
                children: [new TextRun({ text: fr(cell), bold: header, size: pt(9) })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(headers, true), ...rows.map((r) => row(r))],
  });
}

function annexContent(annex: PdfAnnex, lists: ListCounter): (Paragraph | Table)[] {
  const c = annex.content;
  switch (c.kind) {
    case "text":
      return richTextToDocx(c.body, { lists });
    case "file":
      return [text(`Document joint à la convention : ${c.fileName}.`)];
    case "deliberation":
      return c.lines.map((line) => text(line));
    case "fiches":
      return c.rows.length
        ? [
            dataTable(
              ["N°", "Fiche-action", "Axe", "Pilote", "Statut", "Période"],
              [7, 33, 20, 16, 11, 13],
              c.rows.map((r) => [r.number, r.title, r.axis, r.pilot, r.status, r.period]),
            ),
          ]
        : [text("Aucune fiche-action n'est encore enregistrée.")];
    case "facilities":
      return c.rows.length
        ? [
            dataTable(
              ["Structure", "Type", "Commune", "Gestionnaire", "Places", "Financement"],
              [26, 16, 14, 20, 8, 16],
              c.rows.map((r) => [r.name, r.type, r.commune, r.manager, r.capacity, r.funding]),
            ),
            text(c.total, { bold: true }),
          ]
        : [text("Aucun équipement n'est encore enregistré.")];
    case "diagnostic":
      return c.themes.length
        ? c.themes.flatMap((theme) => [
            text(theme.title, { style: "Heading2" }),
            ...(theme.findings ? richTextToDocx(theme.findings, { lists }) : []),
            ...theme.tables.flatMap((table) => [
              new Paragraph({
                keepNext: true,
                spacing: { before: twip(6) },
                children: [new TextRun({ text: fr(`${table.caption} (${table.unit})`), bold: true })],
              }),
              dataTable(
                ["Territoire", ...table.columns],
                [100 - 11 * table.columns.length, ...table.columns.map(() => 11)],
                table.rows.map((r) => [r.area, ...r.values]),
                ["left", ...table.columns.map(() => "right" as const)],
              ),
            ]),
            ...(theme.source
              ? [new Paragraph({ children: [new TextRun({ text: fr(theme.source), size: pt(8), color: "444444" })] })]
              : []),
          ])
        : [text(DIAGNOSTIC_EMPTY_TEXT)];
    default:
      return [text("Annexe à joindre.")];
  }
}

function signatureTable(blocks: ConventionPdfData["signatureBlocks"]) {
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const borders = { top: none, bottom: none, left: none, right: none };
  const cell = (block?: ConventionPdfData["signatureBlocks"][number]) =>
    new TableCell({
      borders,
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: block
        ? [
            new Paragraph({ style: "Signature", children: [new TextRun({ text: fr(block.body), bold: true })] }),
            text(block.title, { style: "Signature" }),
            new Paragraph({
              style: "Signature",
              spacing: { before: twip(40) },
              children: [new TextRun(fr(block.name))],
            }),
          ]
        : [new Paragraph("")],
    });
  const rows: TableRow[] = [];
  for (let i = 0; i < blocks.length; i += 2)
    rows.push(new TableRow({ cantSplit: true, children: [cell(blocks[i]), cell(blocks[i + 1])] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: { ...borders }, rows });
}

/** The document's parts, in the PDF's order. */
export function buildConventionDocx(data: ConventionPdfData): Document {
  const lists: ListCounter = { next: 1 };
  const watermark = !data.isSigned;
  const children: (Paragraph | Table | TableOfContents)[] = [];

  // Title page.
  children.push(
    new Paragraph({ style: "Subtitle", spacing: { before: twip(150) }, children: [new TextRun(fr(data.caisseName))] }),
    text(data.title.toUpperCase(), { style: "Title" }),
    text(data.territoryName, { style: "Subtitle" }),
    text(data.periodLabel, { style: "Subtitle" }),
    text(`Convention n° ${data.edition} du territoire`, { style: "Subtitle" }),
  );
  if (watermark) children.push(text("PROJET", { style: "Subtitle", bold: true }));

  // Parties.
  children.push(text("Entre :", { style: "TitreSection", pageBreakBefore: true }));
  data.parties.forEach((party, index) => {
    children.push(
      text(`– ${party.name}${party.representation ? `, ${party.representation}` : ""} ;`, { style: "Partie" }),
      text(`ci-après dénommée « ${party.designation} » ;`, { style: "Partie" }),
    );
    if (index < data.parties.length - 1) children.push(text("et", { style: "Partie" }));
  });

  // Sommaire: Word's table-of-contents field over the Heading 1 paragraphs, then the list of annexes.
  children.push(
    text("Sommaire", { style: "TitreSection", pageBreakBefore: true }),
    new TableOfContents("Sommaire", { hyperlink: true, headingStyleRange: "1-1" }),
    text("Liste des annexes", { style: "TitreSection" }),
    ...data.annexes.map((annex) => text(`Annexe ${annex.code} : ${annex.title}`, { style: "ListeAnnexes" })),
  );

  // Visas, préambule, articles.
  children.push(new Paragraph({ children: [new PageBreak()] }));
  for (const visa of data.visas) children.push(...richTextToDocx(visa, { style: "Visa", lists }));
  if (data.preamble) {
    children.push(text("Préambule", { style: "Heading1" }));
    children.push(...richTextToDocx(data.preamble, { style: "Preambule", lists }));
  }
  for (const article of data.articles) {
    children.push(text(`Article ${article.number} – ${article.title}`, { style: "Heading1" }));
    children.push(...richTextToDocx(article.body, { lists }));
  }
  for (const note of data.avenantNotes ?? [])
    children.push(new Paragraph({ children: [new TextRun({ text: fr(note), italics: true })] }));

  // "Fait à", then one cell per signature block, two per row.
  children.push(
    new Paragraph({
      style: "Signature",
      spacing: { before: twip(18) },
      children: [new TextRun(fr(`Fait à ${data.place ?? "…"},`))],
    }),
    text(data.dateLabel ?? "Le …", { style: "Signature" }),
    text(data.copies ? `En ${data.copies} exemplaires.` : "En … exemplaires.", { style: "Signature" }),
  );
  if (data.signatureBlocks.length) children.push(signatureTable(data.signatureBlocks));

  // Annexes, one page each.
  for (const annex of data.annexes) {
    children.push(text(`Annexe ${annex.code} : ${annex.title}`, { style: "TitreAnnexe", pageBreakBefore: true }));
    children.push(...annexContent(annex, lists));
  }

  const footerLabel = `${data.title} — ${data.territoryName}`;
  return new Document({
    creator: data.caisseName,
    title: footerLabel,
    description: data.periodLabel,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: FONT, size: pt(10.5) }, paragraph: { spacing: { after: twip(4) } } } },
      paragraphStyles: DOCX_STYLES,
    },
    numbering: {
      config: [
        { reference: BULLET_LIST, levels: bulletLevels },
        { reference: NUMBERED_LIST, levels: numberLevels },
      ],
    },
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: watermark ? [new TextWatermark({ text: "PROJET", font: FONT })] : [] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: "PiedDePage",
                children: [
                  new TextRun(fr(footerLabel)),
                  new TextRun({ children: [" — Page ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function renderConventionDocx(data: ConventionPdfData): Promise<Buffer> {
  return Packer.toBuffer(buildConventionDocx(data));
}
