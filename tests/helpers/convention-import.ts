// Fixtures and scoring for the convention import (lib/conventions/import/): seed 002's convention as the plain data
// of the PDF and DOCX documents, DOCX fixtures built from text fixtures, and the accuracy of a parse against what
// a reader finds in the document.
import { readFileSync } from "node:fs";
import path from "node:path";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { blocksFromText } from "../../lib/conventions/import/blocks";
import type { ImportedConvention } from "../../lib/conventions/import/parse";
import type { ConventionPdfData } from "../../lib/pdf/convention-document";
import {
  aubracAnnexes,
  aubracArticles,
  aubracConvention,
  aubracPreamble,
  aubracSignatories,
  aubracVisas,
} from "../../prisma/seed/aubrac-convention";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/convention-import");
export const readFixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

/** Seed 002's convention as lib/conventions/pdf-data.ts would give it (one party per organisation). */
export function seedConventionData(isSigned = false): ConventionPdfData {
  const parties: ConventionPdfData["parties"] = [];
  for (const s of aubracSignatories)
    if (!parties.some((p) => p.name === s.organisationName))
      parties.push({ name: s.organisationName, representation: s.representationText, designation: s.designation });
  return {
    title: aubracConvention.title,
    caisseName: "Caisse Commune de Sécurité Sociale de la Lozère",
    territoryName: "Aubrac Lot Causses Tarn",
    edition: 2,
    periodLabel: "du 1er janvier 2024 au 31 décembre 2028",
    isSigned,
    parties,
    visas: aubracVisas,
    preamble: aubracPreamble,
    articles: aubracArticles.map((a, i) => ({ number: i + 1, title: a.title, body: a.body })),
    place: aubracConvention.place,
    dateLabel: null,
    copies: aubracConvention.copies,
    signatureBlocks: aubracSignatories.map((s) => ({
      body: s.bodyLabel,
      title: s.representativeTitle,
      name: s.representativeName,
    })),
    annexes: aubracAnnexes.map((a) => ({ code: a.code, title: a.title, content: { kind: "empty" } })),
  };
}

const HEADING = /^(article\s|préambule$|preambule$|annexe\s\S+\s*:|liste des annexes$|sommaire$)/i;

/** A Word document typed by hand from a text fixture: headings in Heading 1, list items in real Word lists,
 * bold lines in bold runs; everything else plain paragraphs. */
export async function docxFromText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], marker: string) => [
    {
      level: 0,
      format,
      text: marker,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720, hanging: 360 } } },
    },
  ];
  let instance = 0;
  let previousOrdered = false;
  const children = blocksFromText(text).map((block) => {
    if (block.kind === "list") {
      if (block.ordered && !previousOrdered) instance++;
      previousOrdered = !!block.ordered;
      return new Paragraph({
        children: [new TextRun(block.text)],
        numbering: block.ordered ? { reference: "numbers", level: 0, instance } : { reference: "bullets", level: 0 },
      });
    }
    previousOrdered = false;
    if (HEADING.test(block.text) && block.text.length < 200)
      return new Paragraph({ style: "Heading1", children: [new TextRun(block.text)] });
    return new Paragraph({ children: [new TextRun({ text: block.text, bold: block.bold })] });
  });
  const document = new Document({
    numbering: {
      config: [
        { reference: "bullets", levels: levels(LevelFormat.BULLET, "•") },
        { reference: "numbers", levels: levels(LevelFormat.DECIMAL, "%1.") },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** What a reader finds in a fixture: the parts the import should recognise. */
export type ExpectedConvention = {
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  parties: { name: string; representativeName: string; designation: string }[];
  visas: number;
  preamble: boolean;
  articles: string[];
  annexes: string[];
};

const fold = (value: string) =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/gi, " ")
    .trim()
    .toLowerCase();

/** Parts recognised / parts expected, and which ones were missed. */
export function scoreImport(parsed: ImportedConvention, expected: ExpectedConvention) {
  const checks: [string, boolean][] = [
    ["title", fold(parsed.title) === fold(expected.title)],
    ["startDate", parsed.startDate === expected.startDate],
    ["endDate", parsed.endDate === expected.endDate],
    ["place", parsed.place === expected.place],
    ["preamble", expected.preamble === parsed.preamble.length > 0],
  ];
  expected.parties.forEach((party, i) => {
    const got = parsed.parties[i];
    checks.push([`party ${i + 1} name`, !!got && fold(got.name) === fold(party.name)]);
    checks.push([`party ${i + 1} representative`, !!got && got.representativeName === party.representativeName]);
    checks.push([`party ${i + 1} designation`, !!got && got.designation === party.designation]);
  });
  for (let i = 0; i < expected.visas; i++) checks.push([`visa ${i + 1}`, /^vu\b/i.test(parsed.visas[i] ?? "")]);
  checks.push(["no extra visa", parsed.visas.length === expected.visas]);
  expected.articles.forEach((title, i) =>
    checks.push([`article ${i + 1}`, !!parsed.articles[i] && fold(parsed.articles[i].title) === fold(title)]),
  );
  checks.push(["no extra article", parsed.articles.length === expected.articles.length]);
  expected.annexes.forEach((code) => checks.push([`annex ${code}`, parsed.annexes.some((a) => a.code === code)]));
  const missed = checks.filter(([, ok]) => !ok).map(([name]) => name);
  return { recognised: checks.length - missed.length, total: checks.length, missed };
}
