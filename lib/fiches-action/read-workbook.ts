// Reading an uploaded workbook within bounds. Before anything is inflated, the XLSX archive's directory is
// checked (number of entries, declared sizes) and every entry is inflated once while counting the bytes really
// produced (lib/files/zip.ts); the workbook is then streamed sheet by sheet (exceljs WorkbookReader), stopping at
// the first row, cell or cell length over the limits. Only the wanted sheets' rows are kept, as plain values.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { checkZip, localEntry, reorderedZip, ZipLimitError, type ZipLimits } from "../files/zip";
import { unguardText } from "./excel-layout";

export type Cell = string | number | null;
/** A sheet's non-empty rows: `cells[column]`, columns numbered from 1 as in Excel. */
export type SheetRows = { row: number; cells: Cell[] }[];

export type WorkbookLimits = {
  /** Rows per sheet, header excluded. */
  maxRows: number;
  /** Non-empty cells in the whole workbook. */
  maxCells: number;
  /** Characters in one cell (Excel's own limit by default). */
  maxCellChars: number;
  zip: ZipLimits;
};

const MB = 2 ** 20;

/** A plan has at most a few hundred fiches: generous bounds, far below what would hurt the server. */
export const IMPORT_LIMITS: WorkbookLimits = {
  maxRows: 5_000,
  maxCells: 250_000,
  maxCellChars: 32_767,
  zip: {
    maxEntries: 200,
    maxTotalBytes: 120 * MB,
    maxEntryBytes: (name) => (/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name) ? 40 * MB : 5 * MB),
  },
};

/** The workbook exceeds a limit or is not a workbook; `message` is in French. */
export class WorkbookError extends Error {}

const NOT_A_WORKBOOK = "Le fichier n'est pas un classeur Excel (.xlsx) lisible.";
const fr = (n: number) => n.toLocaleString("fr-FR");

function columnLetters(column: number) {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell's value as imported: trimmed text (the export's formula guard removed), a number, a date as
 * AAAA-MM-JJ, a formula's result; null when empty. */
export function cellValue(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const text = (s: string) => unguardText(s).trim() || null;
  if (typeof value === "string") return text(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "result" in value) return (value.result as Cell) ?? null;
  if (typeof value === "object" && "richText" in value) return text(value.richText.map((part) => part.text).join(""));
  if (typeof value === "object" && "text" in value) return text(String(value.text));
  return String(value);
}

/** The rows of the sheets named `wanted` (absent sheets are missing from the map). Throws WorkbookError. */
export async function readWorkbook(
  bytes: Uint8Array,
  wanted: string[],
  limits: WorkbookLimits = IMPORT_LIMITS,
): Promise<Map<string, SheetRows>> {
  let entries;
  try {
    entries = await checkZip(bytes, limits.zip);
  } catch (error) {
    if (error instanceof ZipLimitError) throw new WorkbookError(error.damaged ? NOT_A_WORKBOOK : error.message);
    throw error;
  }
  // exceljs streams a sheet only once it has read the relationships, the workbook and the shared strings (else it
  // names no sheet, or parks the sheet in a temporary file, left on disk when the reading stops at a limit): those
  // come first, and a workbook without shared strings is given an empty list of them.
  const first = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"];
  const names = new Set(entries.map((e) => e.name));
  if (!names.has(first[0]) || !names.has(first[1])) throw new WorkbookError(NOT_A_WORKBOOK);
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  const parts = reorderedZip(bytes, entries, rank);
  if (!names.has("xl/sharedStrings.xml")) parts.unshift(localEntry("xl/sharedStrings.xml", "<sst/>"));
  const input = Readable.from(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength)));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // dates are numbers with a date format
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets = new Map<string, SheetRows>();
  let cells = 0;
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? "";
      if (!wanted.includes(name) || sheets.has(name)) continue;
      const rows: SheetRows = [];
      sheets.set(name, rows);
      let seen = 0;
      for await (const row of worksheet) {
        if (++seen > limits.maxRows + 1 || row.number > limits.maxRows + 1)
          throw new WorkbookError(
            `Le fichier dépasse la limite de ${fr(limits.maxRows)} lignes dans la feuille ${name}.`,
          );
        const values: Cell[] = [];
        row.eachCell((cell, column) => {
          const value = cellValue(cell);
          if (value === null) return;
          if (++cells > limits.maxCells)
            throw new WorkbookError(`Le fichier dépasse la limite de ${fr(limits.maxCells)} cellules remplies.`);
          if (typeof value === "string" && value.length > limits.maxCellChars)
            throw new WorkbookError(
              `Le fichier dépasse la limite de ${fr(limits.maxCellChars)} caractères par cellule (feuille ${name}, cellule ${columnLetters(column)}${row.number}).`,
            );
          values[column] = value;
        });
        if (values.length) rows.push({ row: row.number, cells: values });
      }
    }
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(NOT_A_WORKBOOK);
  } finally {
    input.destroy();
  }
  return sheets;
}
