// Data built to be hard on the PDFs' layout: long multi-line list items (nested, numbered, holding paragraphs),
// long titles and organisation names, many signatories, articles with headings, long table cells. Used by
// tests/integration/pdf-layout.test.ts for every document the platform renders.
import type { ConventionPdfData } from "../../lib/pdf/convention-document";
import type { BilanPdfData, MeetingPdfData } from "../../lib/pdf/steering-documents";

const sentence =
  "Accompagner les familles dans leurs relations avec l'environnement et le cadre de vie (logement, participation à la vie sociale, mobilité, accès aux droits et aux services publics de proximité)";
const long = (n: number, base = sentence) => Array.from({ length: n }, () => base).join(", puis ");

const organisations = [
  "Caisse Commune de Sécurité Sociale de la Lozère (branche Famille, branche Maladie et Recouvrement)",
  "Communauté de communes Aubrac Lot Causses Tarn et ses communes membres regroupées en syndicat intercommunal",
  "Département de la Lozère, Direction de la Solidarité Départementale et de l'Action Sociale Territoriale",
  "Mutualité Sociale Agricole du Languedoc, agence de Mende et de la Lozère",
  "Direction des services départementaux de l'Éducation nationale de la Lozère",
  "Commune de Saint-Germain-du-Teil",
  "Commune de La Canourgue",
  "Union départementale des associations familiales de la Lozère",
  "Centre intercommunal d'action sociale Aubrac Lot Causses Tarn",
  "Association départementale des pupilles de l'enseignement public de la Lozère",
  "Office public de l'habitat de la Lozère, Lozère Habitations",
  "Établissement public de coopération culturelle du Pays du Gévaudan",
];

/** Rich text with every list shape the editor produces, items running onto two to five lines. */
export const hardRichText = [
  "<h3>1.1 – Les champs d'intervention de la Direction des services départementaux de l'Éducation nationale de la Lozère et de ses partenaires</h3>",
  `<p>${long(2)}.</p>`,
  "<ul>",
  ...[1, 2, 3, 1, 4].map((n) => `<li>${long(n)} ;</li>`),
  "<li>Court ;</li>",
  `<li><strong>En gras :</strong> ${long(2)} <em>et en italique</em> ;</li>`,
  `<li>Sur le secteur de la petite enfance et de l'enfance tant auprès :<ul>${[2, 1, 3].map((n) => `<li>${long(n)},</li>`).join("")}</ul></li>`,
  `<li><p>${long(2)}</p><p>${long(1)}</p></li>`,
  `<li>Premier niveau<ol><li>${long(2)}<ul><li>${long(2)}</li><li>${long(1)}</li></ul></li><li>${long(1)}</li></ol></li>`,
  "</ul>",
  "<ol>",
  ...Array.from({ length: 12 }, (_, i) => `<li>${long((i % 3) + 1)}.</li>`),
  "</ol>",
  `<p>Ligne<br>coupée<br>${long(1)}</p>`,
  "<h3>1.2 – Suivi</h3>",
  `<ul><li>${long(3)}</li></ul>`,
].join("");

export function hardConventionData(overrides: Partial<ConventionPdfData> = {}): ConventionPdfData {
  const signatoryNames = organisations.map((name, i) => ({
    body: `Pour ${name}`,
    title: i % 2 ? "Le Président du conseil d'administration et de surveillance" : "La Directrice générale adjointe",
    name: `Marie-Amélie de La Tour d'Auvergne-Lauraguais ${i + 1}`,
  }));
  return {
    title:
      "Convention territoriale globale de services aux familles, de cohésion sociale et de développement des solidarités territoriales",
    caisseName: organisations[0],
    territoryName: "Communauté de communes des Hautes Terres de l'Aubrac, du Lot, des Causses et du Tarn",
    edition: 3,
    periodLabel: "du 1er janvier 2027 au 31 décembre 2031",
    isSigned: false,
    parties: organisations.map((name, i) => ({
      name,
      representation: `représenté(e) par Madame Marie-Amélie de La Tour d'Auvergne-Lauraguais, agissant en qualité de présidente dûment habilitée par délibération n° ${i + 1}`,
      designation: `le partenaire n° ${i + 1}`,
    })),
    visas: [
      ...Array.from({ length: 6 }, (_, i) => `Vu ${long(1 + (i % 2))} ;`),
      `<ul><li>Vu ${long(2)} ;</li><li>Vu ${long(1)} ;</li></ul>`,
    ],
    preamble: hardRichText,
    articles: Array.from({ length: 4 }, (_, i) => ({
      number: i + 1,
      title:
        i % 2
          ? "Les engagements réciproques des partenaires signataires de la présente convention territoriale globale et leurs modalités de suivi"
          : "Objet",
      body: hardRichText,
    })),
    place: "Saint-Chély-d'Apcher, en la salle du conseil communautaire",
    dateLabel: "le 1er mars 2027,",
    copies: 12,
    signatureBlocks: signatoryNames,
    annexes: [
      {
        code: "1",
        title: "Le diagnostic partagé du territoire et ses annexes statistiques",
        content: { kind: "text", body: hardRichText },
      },
      {
        code: "2",
        title: "Les fiches-action",
        content: {
          kind: "fiches",
          rows: Array.from({ length: 30 }, (_, i) => ({
            number: `${i + 1}`,
            title: long(1 + (i % 2)),
            axis: "Axe 2 – Accompagner la parentalité et les familles vulnérables",
            pilot: organisations[i % organisations.length],
            status: "En cours",
            period: "01/2027 – 12/2031",
          })),
        },
      },
      {
        code: "3",
        title: "Les équipements",
        content: {
          kind: "facilities",
          rows: Array.from({ length: 25 }, (_, i) => ({
            name: `Établissement d'accueil du jeune enfant intercommunal « Les Petits Loups de l'Aubrac » n° ${i + 1}`,
            type: "Accueil de loisirs sans hébergement",
            commune: "Saint-Germain-du-Teil",
            manager: organisations[(i + 3) % organisations.length],
            capacity: "1 240",
            funding: "124 518 €",
          })),
          total: "Total des financements 2027 : 3 112 950 €",
        },
      },
      {
        code: "4",
        title: "Délibération de la communauté de communes",
        content: {
          kind: "deliberation",
          lines: [
            `${organisations[1]} — Conseil communautaire`,
            "Délibération n° 2027-012, séance du 1er février 2027 à 18 h 30, salle polyvalente.",
            ...Array.from({ length: 8 }, () => long(1)),
          ],
        },
      },
      {
        code: "5",
        title: "Document joint",
        content: { kind: "file", fileName: `${"annexe-tres-longue-".repeat(3)}.pdf` },
      },
      { code: "6", title: "Annexe vide", content: { kind: "empty" } },
    ],
    avenantNotes: undefined,
    ...overrides,
  };
}

/** An avenant as lib/conventions/avenants.ts builds it: the object as préambule, one article per change. */
export function hardAvenantData(): ConventionPdfData {
  const base = hardConventionData();
  return {
    ...base,
    title: `Avenant n° 2 à la ${base.title.toLowerCase()}`,
    visas: [`Vu la convention territoriale globale ${base.periodLabel}, signée le 1er février 2027 ;`],
    preamble: `<p>Le présent avenant a pour objet : ${long(2)}</p>`,
    articles: [1, 2, 3].map((number) => ({
      number,
      title: `Modification de l'article ${number + 2}`,
      body: `<p>L'article ${number + 2} de la convention est remplacé par les dispositions suivantes :</p><h3>Les engagements réciproques des partenaires signataires</h3>${hardRichText}`,
    })),
    annexes: [],
  };
}

export function hardMeetingData(): MeetingPdfData {
  return {
    caisseName: organisations[0],
    territoryName: "Communauté de communes des Hautes Terres de l'Aubrac, du Lot, des Causses et du Tarn",
    kindLabel: "Comité de pilotage",
    conventionLabel:
      "Convention territoriale globale de services aux familles, de cohésion sociale et de développement n° 3 (2027 – 2031)",
    dateLabel: "1er juin 2027 à 14:00",
    place: "Saint-Chély-d'Apcher, en la salle du conseil communautaire, 12 avenue de la Gare",
    statusLabel: "Tenue",
    agenda: Array.from({ length: 9 }, (_, i) => (i % 2 ? long(2) : "Point d'étape")),
    invited: Array.from({ length: 40 }, (_, i) => ({
      name: `Marie-Amélie de La Tour d'Auvergne-Lauraguais ${i + 1}`,
      title: "Vice-présidente déléguée à l'enfance, à la jeunesse et aux solidarités",
      organisation: organisations[i % organisations.length],
      attendance: ["Présent", "Excusé", "Représenté par M. Dupont-Aignan de Saint-Exupéry", "Absent"][i % 4],
      adviser: i % 5 === 4,
    })),
    minutes: hardRichText,
    reviews: Array.from({ length: 14 }, (_, i) => ({
      number: `${i + 1}`,
      title: long(1),
      status: "En cours",
      comment: long(1 + (i % 2)),
    })),
    decisions: Array.from({ length: 10 }, () => ({
      text: long(2),
      owner: organisations[2],
      due: "1er septembre 2027",
      status: "À faire",
    })),
    followUps: Array.from({ length: 10 }, () => ({
      text: long(1),
      takenAt: "1er mars 2027",
      owner: organisations[3],
      status: "Réalisée",
      comment: long(1),
    })),
  };
}

export function hardBilanData(): BilanPdfData {
  const rows = (n: number, make: (i: number) => string[]) => Array.from({ length: n }, (_, i) => make(i));
  return {
    caisseName: organisations[0],
    territoryName: "Communauté de communes des Hautes Terres de l'Aubrac, du Lot, des Causses et du Tarn",
    year: 2027,
    conventionLabel:
      "Convention territoriale globale de services aux familles, de cohésion sociale et de développement n° 3 (2027 – 2031)",
    periodLabel: "20 % de la période écoulée au 31 décembre 2027",
    summary: Array.from({ length: 6 }, () => long(1)),
    byStatus: rows(5, (i) => [`Statut ${i}`, `${i}`]),
    byAxis: rows(8, () => [long(1), "12", "4", "33 %"]),
    late: rows(20, (i) => [`${i + 1}`, long(1), "1er décembre 2027", "En cours"]),
    indicators: rows(20, (i) => [`${i + 1}`, long(1), "1 240", "2 000", "62 %"]),
    budget: rows(12, (i) => [organisations[i % organisations.length], "124 518 €", "98 000 €"]),
    funding: rows(5, (i) => [`${2027 + i}`, "1 124 518 €", "998 000 €"]),
    meetings: rows(10, () => ["1er juin 2027 à 14:00", "Comité de pilotage", "Tenue"]),
    decisions: rows(12, () => [long(2), organisations[2], "1er septembre 2027", "À faire"]),
  };
}
