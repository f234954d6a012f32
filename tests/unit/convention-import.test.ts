// The convention import's parser on fixtures in several real-world layouts, as pasted text, as Word documents and
// as a PDF; the accuracy (parts recognised / parts a reader finds) is printed for the README. Also the round trip:
// seed 002's convention exported to DOCX by lib/docx/convention-docx.ts and imported back.
import { afterAll, describe, expect, it } from "vitest";
import { blocksFromText } from "../../lib/conventions/import/blocks";
import { extractSource } from "../../lib/conventions/import/extract";
import {
  findPeriod,
  parseConvention,
  parseFrenchDate,
  type ImportedConvention,
} from "../../lib/conventions/import/parse";
import { richTextToPlain } from "../../lib/conventions/rich-text";
import { renderConventionDocx } from "../../lib/docx/convention-docx";
import { renderConventionPdf } from "../../lib/pdf/render-convention";
import { aubracArticles, aubracSignatories, aubracVisas } from "../../prisma/seed/aubrac-convention";
import {
  docxFromText,
  type ExpectedConvention,
  readFixture,
  scoreImport,
  seedConventionData,
} from "../helpers/convention-import";

const seedParties = [
  ["La Caisse Commune de Sécurité Sociale de la Lozère", "Philippe ROCHOUX", "la CCSS"],
  [
    "La Communauté de communes Aubrac Lot Causses Tarn",
    "Jean-Claude SALEIL",
    "la communauté de communes Aubrac Lot Causses Tarn",
  ],
  ["La Commune de Chanac", "Florence FERNANDEZ", "la commune de Chanac"],
  ["La Commune de Masegros Causses Gorges", "Jean-Paul POURQUIER", "la commune de Masegros Causses Gorges"],
  ["La Commune de La Canourgue", "Claude MALZAC", "la commune de La Canourgue"],
  ["La Commune de Banassac Canilhac-Canilhac", "David RODRIGUES", "la commune de La Banassac Canilhac-Canilhac"],
  ["La Direction des Services Départementaux de l'Education Nationale de la Lozère", "Alexandre FALCO", "le DSDEN"],
  ["Le Département de la Lozère", "Sophie PANTEL", "le Département"],
  ["La Mutualité Sociale Agricole du Languedoc", "Marie-Agnès GARCIA", "la MSA"],
].map(([name, representativeName, designation]) => ({ name, representativeName, designation }));

const FIXTURES: Record<string, ExpectedConvention> = {
  "seed-002.txt": {
    title: "Convention territoriale globale de services aux familles",
    startDate: "2024-01-01",
    endDate: "2028-12-31",
    place: "La Canourgue",
    parties: seedParties,
    visas: 10,
    preamble: true,
    articles: [
      "OBJET DE LA CONVENTION TERRITORIALE GLOBALE DE SERVICE AUX FAMILLES",
      "LES PRIORITES D'INTERVENTION DE LA CCSS",
      "LES CHAMPS D'INTERVENTION DE LA DIRECTION DES SERVICES DE L'EDUCATION NATIONALE DE LA LOZERE",
      "LES CHAMPS D'INTERVENTION DU DEPARTEMENT DE LA LOZERE",
      "LES CHAMPS D'INTERVENTION DE LA MUTUALITE SOCIALE AGRICOLE",
      "LES CHAMPS D'INTERVENTION DE LA COMMUNAUTE DE COMMUNES",
      "LES CHAMPS D'INTERVENTION DE LA COMMUNE DE CHANAC",
      "LES CHAMPS D'INTERVENTION DE LA COMMUNE DE MASSEGROS CAUSSES GORGES",
      "LES CHAMPS D'INTERVENTION DE LA COMMUNE DE LA CANOURGUE",
      "LES CHAMPS D'INTERVENTION DE LA COMMUNE DE BANASSAC CANILHAC-CANILHAC",
      "LES OBJECTIFS PARTAGES AU REGARD DES BESOINS",
      "ENGAGEMENTS DES PARTENAIRES",
      "MODALITES DE COLLABORATION",
      "ECHANGES DE DONNEES",
      "COMMUNICATION",
      "EVALUATION",
      "DUREE DE LA CONVENTION",
      "EXECUTION FORMELLE DE LA CONVENTION",
      "CONFIDENTIALITE",
    ],
    annexes: ["1a", "1b", "1c", "1d", "1f", "2", "2b", "3", "4", "5", "6"],
  },
  "capitals-entre-et.txt": {
    title: "Convention territoriale globale de la communauté de communes du Haut Allier",
    startDate: "2027-01-01",
    endDate: "2031-12-31",
    place: "Mende",
    parties: [
      {
        name: "La Caisse d'allocations familiales de la Lozère",
        representativeName: "Claire MARTIN",
        designation: "la Caf",
      },
      {
        name: "La Communauté de communes du Haut Allier",
        representativeName: "Paul ROUX",
        designation: "la communauté de communes",
      },
      { name: "Le Département de la Lozère", representativeName: "Sophie PANTEL", designation: "le Département" },
    ],
    visas: 3,
    preamble: false,
    articles: ["Objet de la convention", "Les engagements des partenaires", "Durée", "Annexes"],
    annexes: ["1", "2"],
  },
  "article-premier.txt": {
    title: "Convention territoriale globale de services aux familles du Pays de Mende",
    startDate: "2027-01-01",
    endDate: "2031-12-31",
    place: "Mende",
    parties: [
      { name: "La Commune de Mende", representativeName: "Laurent SUAU", designation: "la Ville" },
      {
        name: "La Caisse d'allocations familiales de la Lozère",
        representativeName: "Marie DUPONT",
        designation: "la Caf",
      },
    ],
    visas: 2,
    preamble: true,
    articles: ["Objet", "Durée de la convention", "Comité de pilotage", "Résiliation"],
    annexes: [],
  },
  "visas-list.txt": {
    title: "Convention territoriale globale 2027-2031",
    startDate: "2027-01-01",
    endDate: "2031-12-31",
    place: "Marvejols",
    parties: [
      {
        name: "La Caisse commune de sécurité sociale de la Lozère",
        representativeName: "Nicolas PERRIN",
        designation: "la CCSS",
      },
      {
        name: "La Communauté de communes Cœur de Lozère",
        representativeName: "Laurent SUAU",
        designation: "Cœur de Lozère",
      },
    ],
    visas: 3,
    preamble: true,
    articles: ["Objet", "Champs d'intervention", "Durée"],
    annexes: ["1", "2"],
  },
  "sub-articles.txt": {
    title: "Convention territoriale globale de la communauté de communes des Gorges du Tarn",
    startDate: "2028-01-01",
    endDate: "2032-12-31",
    place: "Florac",
    parties: [
      {
        name: "La Caisse d'allocations familiales de la Lozère",
        representativeName: "Jean BLANC",
        designation: "la Caf",
      },
      {
        name: "La Communauté de communes Gorges Causses Cévennes",
        representativeName: "Anne VIDAL",
        designation: "la communauté de communes",
      },
    ],
    visas: 1,
    preamble: true,
    articles: ["Objet et périmètre", "Engagements", "Durée"],
    annexes: [],
  },
};

const accuracy: { fixture: string; source: string; recognised: number; total: number; missed: string[] }[] = [];

/** Words that mark the structure, which the platform prints itself ("Article 3 –", "ci-après dénommée"). */
const STRUCTURE = new Set(["article", "preambule", "premier", "annexe", "apres", "denomme", "denommee", "entre"]);

/** Every word of the source is somewhere in the result: recognised, unplaced or shown as skipped. */
function expectNothingDropped(sourceText: string, parsed: ImportedConvention) {
  const words = (value: string) =>
    value
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&amp;/g, "&")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STRUCTURE.has(w.toLowerCase()))
      .map((w) => w.toLowerCase());
  const kept = new Set(
    words(
      [
        parsed.title,
        parsed.place ?? "",
        ...parsed.parties.flatMap((p) => [
          p.name,
          p.representationText,
          p.representativeName,
          p.representativeTitle,
          p.designation,
        ]),
        ...parsed.visas,
        parsed.preamble,
        ...parsed.articles.flatMap((a) => [a.title, a.body]),
        ...parsed.annexes.flatMap((a) => [a.code, a.title, a.body]),
        ...parsed.unplaced,
        ...parsed.skipped,
      ].join(" "),
    ),
  );
  const lost = [...new Set(words(sourceText))].filter((w) => !kept.has(w));
  expect(lost).toEqual([]);
}

describe("dates and periods", () => {
  it("reads French dates and the usual ways of stating a period", () => {
    expect(parseFrenchDate("1er janvier 2027")).toBe("2027-01-01");
    expect(parseFrenchDate("31/12/2031")).toBe("2031-12-31");
    expect(parseFrenchDate("31 février 2027")).toBeNull();
    expect(findPeriod("du 1er janvier 2027 au 31 décembre 2031")).toEqual({
      startDate: "2027-01-01",
      endDate: "2031-12-31",
    });
    expect(findPeriod("conclue, à compter du 01 janvier 2024 jusqu'au 31 décembre 2028 inclus")).toEqual({
      startDate: "2024-01-01",
      endDate: "2028-12-31",
    });
    expect(findPeriod("pour la période 2027-2031")).toEqual({ startDate: "2027-01-01", endDate: "2031-12-31" });
    expect(findPeriod("sans date")).toBeNull();
  });
});

describe("importing pasted text in several layouts", () => {
  for (const [fixture, expected] of Object.entries(FIXTURES)) {
    it(`${fixture}: recognises the parts and drops no text`, async () => {
      const text = readFixture(fixture);
      const source = await extractSource({ kind: "text", text });
      const parsed = parseConvention(source.blocks);
      const score = scoreImport(parsed, expected);
      accuracy.push({ fixture, source: "texte", ...score });
      expect(score.missed).toEqual([]);
      expectNothingDropped(text.replace(/\*\*|\^\{|\}/g, ""), parsed);
    });
  }

  it("keeps sub-articles inside their article as sub-headings, and numbered lists as lists", () => {
    const parsed = parseConvention(blocksFromText(readFixture("sub-articles.txt")));
    expect(parsed.articles[0].body).toBe(
      "<h3>1.1 Objet</h3><p>La convention définit les objectifs partagés.</p><h3>1.2 Périmètre</h3><p>Elle s'applique aux 15 communes du territoire.</p>",
    );
    const list = parseConvention(blocksFromText(readFixture("visas-list.txt")));
    expect(list.articles[1].body).toContain("<ol><li>la petite enfance ;</li><li>la jeunesse ;</li>");
    expect(list.visas[0]).toBe("Vu le Code de la sécurité sociale ;");
  });

  it("replaces control characters and lone surrogates, which the platform's fields refuse", () => {
    expect(blocksFromText("Vu le\u0002 Code \ud800;").map((b) => b.text)).toEqual(["Vu le Code ;"]);
  });

  it("puts what it does not recognise in the part to place", () => {
    const parsed = parseConvention(blocksFromText("Texte libre sans structure.\nUne autre ligne."));
    expect(parsed.unplaced).toEqual(["Texte libre sans structure.", "Une autre ligne."]);
    expect(parsed.articles).toEqual([]);
  });

  it("recognises representatives written after the organisation and before it", () => {
    const parsed = parseConvention(blocksFromText(readFixture("article-premier.txt")));
    expect(parsed.parties[0]).toMatchObject({ name: "La Commune de Mende", representativeTitle: "Le Maire" });
    expect(parsed.parties[0].representationText).toContain("agissant en vertu d'une délibération");
    expect(parsed.copies).toBe(2);
  });
});

describe("importing Word documents", () => {
  for (const [fixture, expected] of Object.entries(FIXTURES)) {
    it(`${fixture} typed in Word: the same parts as the text`, async () => {
      const source = await extractSource({ kind: "file", bytes: await docxFromText(readFixture(fixture)) });
      expect(source.mime).toContain("wordprocessingml");
      const parsed = parseConvention(source.blocks);
      const score = scoreImport(parsed, expected);
      accuracy.push({ fixture, source: "docx", ...score });
      expect(score.missed).toEqual([]);
    });
  }
});

describe("round trip through the Word export", () => {
  it("seed 002's convention exported to DOCX and imported back gives the same parties, visas and articles", async () => {
    const data = seedConventionData();
    const source = await extractSource({ kind: "file", bytes: new Uint8Array(await renderConventionDocx(data)) });
    const parsed = parseConvention(source.blocks);
    expect(parsed.title).toBe(data.title);
    expect({ startDate: parsed.startDate, endDate: parsed.endDate }).toEqual({
      startDate: "2024-01-01",
      endDate: "2028-12-31",
    });
    expect(parsed.place).toBe("La Canourgue");
    expect(parsed.copies).toBe(9);
    expect(parsed.parties.map((p) => [p.name, p.representationText, p.designation])).toEqual(
      data.parties.map((p) => [p.name, p.representation, p.designation]),
    );
    expect(parsed.parties.map((p) => p.representativeName)).toContain("Jean-Claude SALEIL");
    expect(parsed.visas).toEqual(aubracVisas);
    expect(parsed.articles.map((a) => a.title)).toEqual(aubracArticles.map((a) => a.title));
    // Whitespace between a list item's text and its nested list is not content.
    const plain = (html: string) => richTextToPlain(html.replace(/<(ul|ol)>/g, " <$1>")).replace(/\s+/g, " ");
    parsed.articles.forEach((article, i) =>
      expect(plain(article.body), aubracArticles[i].title).toBe(plain(aubracArticles[i].body)),
    );
    expect(parsed.annexes.map((a) => a.code)).toEqual(data.annexes.map((a) => a.code));
    expect(parsed.unplaced).toEqual(["Caisse Commune de Sécurité Sociale de la Lozère", "Aubrac Lot Causses Tarn"]);
    expect(aubracSignatories.length).toBe(10);
  });

  it("seed 002's pasted text, exported and imported again, keeps its parties, visas and articles", async () => {
    const first = parseConvention(blocksFromText(readFixture("seed-002.txt")));
    const data = {
      ...seedConventionData(),
      title: first.title,
      parties: first.parties.map((p) => ({
        name: p.name,
        representation: p.representationText,
        designation: p.designation,
      })),
      visas: first.visas,
      preamble: first.preamble,
      articles: first.articles.map((a, i) => ({ number: i + 1, ...a })),
    };
    const source = await extractSource({ kind: "file", bytes: new Uint8Array(await renderConventionDocx(data)) });
    const second = parseConvention(source.blocks);
    expect(second.parties).toEqual(first.parties);
    expect(second.visas).toEqual(first.visas);
    expect(second.articles.map((a) => [a.title, richTextToPlain(a.body)])).toEqual(
      first.articles.map((a) => [a.title, richTextToPlain(a.body)]),
    );
  });
});

describe("importing a PDF with text", () => {
  it("reads seed 002's convention back from the product's own PDF", async () => {
    const data = seedConventionData();
    const { pdf } = await renderConventionPdf(data);
    const source = await extractSource({ kind: "file", bytes: pdf });
    const parsed = parseConvention(source.blocks);
    const expected: ExpectedConvention = {
      title: data.title,
      startDate: "2024-01-01",
      endDate: "2028-12-31",
      place: "La Canourgue",
      parties: data.parties.map((p) => ({
        name: p.name,
        representativeName: /Monsieur|Madame/.test(p.representation ?? "")
          ? /(?:Monsieur|Madame)\s+([^,;]+?)(?=\s*(?:,|;|$|\s+et\s+par|\s+dûment))/.exec(p.representation!)![1]
          : "",
        designation: p.designation,
      })),
      visas: data.visas.length,
      preamble: true,
      articles: data.articles.map((a) => a.title),
      annexes: data.annexes.map((a) => a.code),
    };
    const score = scoreImport(parsed, expected);
    accuracy.push({ fixture: "seed 002 (PDF du produit)", source: "pdf", ...score });
    expect(score.recognised / score.total).toBeGreaterThan(0.9);
    expect(parsed.articles.length).toBe(19);
  }, 60_000);
});

afterAll(() => {
  if (!accuracy.length) return;
  const recognised = accuracy.reduce((sum, a) => sum + a.recognised, 0);
  const total = accuracy.reduce((sum, a) => sum + a.total, 0);
  console.log(
    [
      "Import accuracy (parts recognised / parts expected):",
      ...accuracy.map(
        (a) =>
          `  ${a.fixture} [${a.source}]: ${a.recognised}/${a.total}${a.missed.length ? ` — missed: ${a.missed.join(", ")}` : ""}`,
      ),
      `  total: ${recognised}/${total} (${((100 * recognised) / total).toFixed(1)} %)`,
    ].join("\n"),
  );
});
