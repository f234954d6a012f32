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

// Text that a spreadsheet could take for a formula (=, +, -, @, tab, carriage return) is written behind a single
// quote (OWASP's advice against formula injection); so is text that already starts with quotes before such a
// character, so that the import can always remove exactly one quote and the round trip stays identical.
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** The text as written to a workbook: a leading single quote when a spreadsheet could read it as a formula. */
export const guardText = (text: string) => (FORMULA_LIKE.test(text) ? `'${text}` : text);

/** The text as read back from a workbook: the guard added by `guardText` removed. */
export const unguardText = (text: string) => (text.startsWith("'") && FORMULA_LIKE.test(text) ? text.slice(1) : text);

/** Adds a row, every text cell guarded against formula injection. */
export function addGuardedRow(sheet: ExcelJS.Worksheet, values: (string | number)[]) {
  return sheet.addRow(values.map((value) => (typeof value === "string" ? guardText(value) : value)));
}

/** The workbook with its four sheets, headers and a sheet of allowed values: the import template. */
export function emptyWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CTG";
  for (const { name, columns } of Object.values(SHEETS)) {
    const sheet = workbook.addWorksheet(name);
    addGuardedRow(sheet, [...columns]);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => (column.width = 22));
  }
  const lists = workbook.addWorksheet("Listes");
  addGuardedRow(lists, ["Thématiques", "Statuts", "Priorités", "Types d'indicateur", "Fréquences", "Natures"]);
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
  for (let i = 0; i < longest; i++)
    addGuardedRow(
      lists,
      columns.map((c) => c[i] ?? ""),
    );
  return workbook;
}

export async function templateWorkbook(): Promise<Buffer> {
  return Buffer.from(await emptyWorkbook().xlsx.writeBuffer());
}
