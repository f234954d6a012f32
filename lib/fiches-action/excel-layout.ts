// The action plan as an Excel workbook (exceljs): its four sheets and their columns, and the empty workbook with
// a sheet of allowed values, which is also the downloadable import template. Exported by export-plan.ts, read
// back by parse-plan-workbook.ts and import-plan.ts.
import ExcelJS from "exceljs";
import {
  budgetNatureLabels,
  ficheStatusLabels,
  frequencyLabels,
  indicatorKindLabels,
  priorityLabels,
  themeLabels,
} from "../labels";

export const SHEETS = {
  fiches: {
    name: "Fiches",
    columns: [
      "Numéro",
      "Titre",
      "Axe",
      "Thématiques",
      "Statut",
      "Priorité",
      "Pilote",
      "Co-pilote",
      "Partenaires",
      "Communes",
      "Début",
      "Fin",
      "ETP",
      "Constats",
      "Objectif général",
      "Objectifs opérationnels",
      "Description",
      "Public visé",
    ],
  },
  indicators: {
    name: "Indicateurs",
    columns: [
      "Fiche",
      "Indicateur",
      "Unité",
      "Type",
      "Valeur de référence",
      "Année de référence",
      "Cible",
      "Année cible",
      "Source",
      "Fréquence",
    ],
  },
  values: { name: "Valeurs", columns: ["Fiche", "Indicateur", "Année", "Valeur", "Commentaire"] },
  budget: { name: "Budget", columns: ["Fiche", "Année", "Financeur", "Nature", "Prévu", "Réalisé"] },
} as const;

/** Labels and names compared without accents, case or surrounding spaces. */
export const normalise = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

/** The workbook with its four sheets, headers and a sheet of allowed values: the import template. */
export function emptyWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CTG";
  for (const { name, columns } of Object.values(SHEETS)) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...columns]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 22));
  }
  const lists = workbook.addWorksheet("Listes");
  lists.addRow(["Thématiques", "Statuts", "Priorités", "Types d'indicateur", "Fréquences", "Natures"]);
  lists.getRow(1).font = { bold: true };
  const columns = [
    Object.values(themeLabels),
    Object.values(ficheStatusLabels),
    Object.values(priorityLabels),
    Object.values(indicatorKindLabels),
    Object.values(frequencyLabels),
    Object.values(budgetNatureLabels),
  ];
  const longest = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < longest; i++) lists.addRow(columns.map((c) => c[i] ?? ""));
  return workbook;
}

export async function templateWorkbook(): Promise<Buffer> {
  return Buffer.from(await emptyWorkbook().xlsx.writeBuffer());
}
