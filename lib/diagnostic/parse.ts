// Reading a file of the Cnaf's open data (CSV or JSON, as data.caf.fr exports it) into values: the dataset is
// recognised by its columns (field names or the portal's labels), every row is checked (zod), and any bad value
// refuses the whole file with French messages naming the line and column. Never throws on garbage: the caller gets
// { ok: false, message, errors }.
import { createHash } from "node:crypto";
import { z } from "zod";
import { hasForbiddenCharacters } from "../zod-fr";
import { DATASETS, normaliseHeader, type DatasetLayout } from "./catalogue";

/** The largest file read (an export of a whole national dataset holds a few megabytes). */
export const MAX_OPEN_DATA_FILE_BYTES = 30 * 1024 * 1024;
export const MAX_OPEN_DATA_FILE_LABEL = "30 Mo";
/** Errors listed for one file (the rest are counted). */
const MAX_ERRORS = 20;

export type ParsedValue = { areaCode: string; areaName: string; series: string; year: number; value: number };

export type ParsedFile = {
  dataset: DatasetLayout;
  fileName: string;
  /** SHA-256 of the file's bytes (hex): what the confirmation checks against the preview. */
  fingerprint: string;
  format: "CSV" | "JSON";
  encoding: "UTF-8" | "Windows-1252";
  /** Data rows read (every month included). */
  rows: number;
  /** Rows of another month than December (datasets dated by `dtreffre`), left aside. */
  otherMonths: number;
  /** One per published cell of the rows kept. */
  values: ParsedValue[];
  years: number[];
};

export type ParseResult =
  { ok: true; file: ParsedFile } | { ok: false; fileName: string; message: string; errors: string[] };

const NOT_PUBLISHED = new Set(["", "secret", "s", "nc", "nd", "na", "-", "--", "null", "n/a", "*", "x"]);

type Cell = string | number | boolean | null | undefined;
type RawRow = { line: number; cells: Record<string, Cell> };

class FileProblem extends Error {
  constructor(
    message: string,
    readonly errors: string[] = [],
  ) {
    super(message);
  }
}

export function fingerprintOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** UTF-8 (with or without BOM), else Windows-1252 (an export re-saved by a spreadsheet). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: ParsedFile["encoding"] } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "Windows-1252" };
  }
}

// ───────────── CSV ─────────────

/** The separator of a CSV: the most frequent of `;`, `,` and tab outside quotes on the header line. */
function detectSeparator(text: string): string {
  const end = text.indexOf("\n");
  const header = end === -1 ? text : text.slice(0, end);
  let best = ";";
  let bestCount = 0;
  for (const separator of [";", ",", "\t"]) {
    let count = 0;
    let quoted = false;
    for (const ch of header) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === separator) count++;
    }
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/** RFC 4180 records (quoted fields with doubled quotes and line breaks), each with its first line number. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const separator = detectSeparator(text);
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0].trim() === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
      i++;
      continue;
    }
    if (ch === separator) {
      fields.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (quoted)
    throw new FileProblem(`Fichier CSV tronqué : un guillemet ouvert ligne ${recordLine} n'est jamais fermé.`);
  if (field !== "" || fields.length) endRecord();
  return records;
}

function csvRows(text: string): { headers: string[]; rows: RawRow[] } {
  const records = parseCsv(text);
  if (!records.length) throw new FileProblem("Le fichier est vide.");
  const headers = records[0].fields.map((h) => h.trim());
  const rows: RawRow[] = [];
  const errors: string[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length !== headers.length) {
      errors.push(
        `Ligne ${record.line} : ${record.fields.length} colonne(s) au lieu de ${headers.length} (ligne tronquée ou séparateur en trop).`,
      );
      if (errors.length >= MAX_ERRORS) break;
      continue;
    }
    const cells: Record<string, Cell> = {};
    headers.forEach((h, i) => (cells[h] = record.fields[i]));
    rows.push({ line: record.line, cells });
  }
  if (errors.length)
    throw new FileProblem("Le fichier contient des lignes mal formées : rien n'a été importé.", errors);
  return { headers, rows };
}

// ───────────── JSON ─────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An array of objects, the Explore API's { results: […] } (v2.1) or { records: [{ fields }] } (v1), or NDJSON. */
function jsonRows(text: string): { headers: string[]; rows: RawRow[] } {
  let items: unknown[];
  try {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data)) items = data;
    else if (isRecord(data) && Array.isArray(data.results)) items = data.results;
    else if (isRecord(data) && Array.isArray(data.records))
      items = data.records.map((r) => (isRecord(r) && isRecord(r.record) ? r.record : r));
    else
      throw new FileProblem("Fichier JSON non reconnu : une liste d'objets ou une réponse « results » est attendue.");
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    // NDJSON ("jsonl"): one object per line.
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    items = [];
    for (const [i, l] of lines.entries()) {
      try {
        items.push(JSON.parse(l));
      } catch {
        throw new FileProblem(
          lines.length > 1 && i > 0
            ? `Fichier JSON illisible à la ligne ${i + 1} (fichier tronqué ?).`
            : "Fichier JSON illisible (fichier tronqué ou mal formé ?).",
        );
      }
    }
  }
  const headers: string[] = [];
  const seen = new Set<string>();
  const rows: RawRow[] = [];
  for (const [i, raw] of items.entries()) {
    // v1 answers keep the values under "fields".
    const item = isRecord(raw) && isRecord(raw.fields) ? raw.fields : raw;
    if (!isRecord(item)) throw new FileProblem(`Enregistrement ${i + 1} : un objet est attendu.`);
    const cells: Record<string, Cell> = {};
    for (const [key, value] of Object.entries(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
      cells[key] =
        value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? value
          : JSON.stringify(value);
    }
    rows.push({ line: i + 1, cells });
  }
  return { headers, rows };
}

// ───────────── Recognition ─────────────

type Column = { header: string; series?: string };
type Match = { dataset: DatasetLayout; area: string | null; areaName: string | null; year: string; measures: Column[] };

function findHeader(headers: string[], names: string[]): string | null {
  const wanted = new Set(names.map(normaliseHeader));
  return headers.find((h) => wanted.has(normaliseHeader(h))) ?? null;
}

function matchLayout(dataset: DatasetLayout, headers: string[]): Match | null {
  const year = findHeader(headers, [dataset.yearColumn.name, ...dataset.yearColumn.labels]);
  if (!year) return null;
  const area = dataset.areaColumn ? findHeader(headers, [dataset.areaColumn.name, ...dataset.areaColumn.labels]) : null;
  if (dataset.areaColumn && !area) return null;
  const areaName = dataset.areaNameColumn
    ? findHeader(headers, [dataset.areaNameColumn.name, ...dataset.areaNameColumn.labels])
    : null;
  const measures: Column[] = [];
  for (const m of dataset.measures) {
    const header = findHeader(headers, [...m.names, ...m.labels]);
    if (header && header !== year && header !== area) measures.push({ header, series: m.series });
  }
  if (!dataset.required.every((s) => measures.some((m) => m.series === s))) return null;
  return { dataset, area, areaName, year, measures };
}

const LEVEL_RANK = { EPCI: 0, DEPARTEMENT: 1, FRANCE: 2 } as const;
const family = (id: string) => id.replace(/_(epci_f|epci|dep|nat)$/, "");

/** What a file of unknown columns is told: what each dataset expects. */
export function expectedColumnsMessage(headers: string[]): string {
  const examples = DATASETS.map((d) => {
    const columns = [
      d.yearColumn.name,
      ...(d.areaColumn ? [d.areaColumn.name] : []),
      ...d.required.map((s) => d.measures.find((m) => m.series === s)!.names[0]),
    ];
    return `« ${columns.join(" ; ")} » (${d.id})`;
  });
  const found = headers.length
    ? headers
        .slice(0, 15)
        .map((h) => `« ${h.slice(0, 60)} »`)
        .join(", ") + (headers.length > 15 ? `… (${headers.length} colonnes)` : "")
    : "aucune";
  return (
    `Fichier non reconnu : colonnes attendues pour un jeu de données de la Cnaf, par exemple ${examples.join(", ")}` +
    ` (ou les libellés du portail, comme « Date référence » et « Taux de couv. global »). Colonnes trouvées : ${found}.`
  );
}

/** The dataset of a file by its columns: the finest level whose key and required columns are all present. */
export function recognise(headers: string[]): { ok: true; match: Match } | { ok: false; message: string } {
  const matches = DATASETS.map((d) => matchLayout(d, headers)).filter((m): m is Match => m !== null);
  if (!matches.length) return { ok: false, message: expectedColumnsMessage(headers) };
  const families = [...new Set(matches.map((m) => family(m.dataset.id)))];
  if (families.length > 1) {
    const ids = [...new Set(matches.map((m) => m.dataset.id))];
    return {
      ok: false,
      message: `Fichier ambigu : ses colonnes correspondent à plusieurs jeux de données (${ids.join(", ")}). Importez un fichier par jeu de données, tel qu'exporté par data.caf.fr.`,
    };
  }
  matches.sort((a, b) => LEVEL_RANK[a.dataset.level] - LEVEL_RANK[b.dataset.level]);
  return { ok: true, match: matches[0] };
}

// ───────────── Values ─────────────

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** "12,5" / "1 234,5" / 12.5 → 12.5; unpublished markers → null; anything else → NaN. */
export function parseNumber(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  const raw = text(cell);
  if (NOT_PUBLISHED.has(raw.toLowerCase())) return null;
  let s = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "");
  s = s.replace(",", ".");
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : NaN;
}

/** `annee` → the year; `dtreffre` → { year, month } of a date ("2023-12-01", "2023-12", "01/12/2023", "12/2023"). */
export function parsePeriod(cell: Cell): { year: number; month: number | null } | null {
  const s = text(cell);
  let m = /^(\d{4})(?:\.0+)?$/.exec(s);
  if (m) return { year: Number(m[1]), month: null };
  m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$/.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  m = /^(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return { year: Number(m[3]), month: Number(m[2]) };
  return null;
}

const rowSchema = z.object({
  areaCode: z.string(),
  areaName: z.string().max(200, "nom de territoire trop long (200 caractères au plus)"),
  year: z.number().int().min(1990, "année avant 1990").max(2100, "année après 2100"),
  month: z.number().int().min(1).max(12).nullable(),
  values: z.array(
    z.object({
      series: z.string(),
      header: z.string(),
      value: z
        .number({ error: "nombre attendu" })
        .nullable()
        .refine((v) => v === null || Number.isFinite(v), "nombre attendu")
        .refine((v) => v === null || v >= 0, "valeur négative")
        .refine((v) => v === null || v < 1e11, "valeur trop grande"),
    }),
  ),
});

const EPCI_CODE = /^\d{9}$/;
const DEP_CODE = /^(\d{2}|2[AB]|97\d)$/;

function areaCodeOf(dataset: DatasetLayout, cell: Cell): string | null {
  const s = text(cell).toUpperCase();
  if (dataset.level === "EPCI") return EPCI_CODE.test(s) ? s : null;
  const code = /^\d$/.test(s) ? `0${s}` : s;
  return DEP_CODE.test(code) ? code : null;
}

function readValues(match: Match, rows: RawRow[]) {
  const { dataset } = match;
  const errors: string[] = [];
  let errorCount = 0;
  const fail = (message: string) => {
    errorCount++;
    if (errors.length < MAX_ERRORS) errors.push(message);
  };
  const values: ParsedValue[] = [];
  const seen = new Map<string, number>();
  let otherMonths = 0;
  const kind = dataset.level === "EPCI" ? "SIREN d'EPCI (9 chiffres)" : "numéro de département";
  for (const row of rows) {
    const where = `Ligne ${row.line}`;
    const period = parsePeriod(row.cells[match.year]);
    if (!period) {
      fail(
        `${where}, colonne « ${match.year} » : « ${text(row.cells[match.year]).slice(0, 40)} » n'est pas une année ni une date.`,
      );
      continue;
    }
    const areaCode = match.area ? areaCodeOf(dataset, row.cells[match.area]) : "FR";
    if (!areaCode) {
      fail(
        `${where}, colonne « ${match.area} » : « ${text(row.cells[match.area!]).slice(0, 40)} » n'est pas un ${kind}.`,
      );
      continue;
    }
    const areaName = match.areaName ? text(row.cells[match.areaName]) : dataset.level === "FRANCE" ? "France" : "";
    const parsed = rowSchema.safeParse({
      areaCode,
      areaName: areaName || areaCode,
      year: period.year,
      month: period.month,
      values: match.measures.map((m) => ({
        series: m.series!,
        header: m.header,
        value: parseNumber(row.cells[m.header]),
      })),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        const [field, index] = issue.path;
        if (field === "values" && typeof index === "number") {
          const m = match.measures[index];
          fail(`${where}, colonne « ${m.header} » : « ${text(row.cells[m.header]).slice(0, 40)} » — ${issue.message}.`);
        } else if (field === "year" || field === "month") {
          fail(`${where}, colonne « ${match.year} » : ${issue.message}.`);
        } else fail(`${where} : ${issue.message}.`);
      }
      continue;
    }
    if (hasForbiddenCharacters(parsed.data.areaName)) {
      fail(`${where} : le nom contient des caractères non autorisés.`);
      continue;
    }
    // Monthly datasets: the situation at 31 December (the December row) is the year's value.
    if (dataset.yearColumn.name === "dtreffre" && period.month !== null && period.month !== 12) {
      otherMonths++;
      continue;
    }
    for (const v of parsed.data.values) {
      if (v.value === null) continue;
      const key = `${areaCode}|${v.series}|${period.year}`;
      const previous = seen.get(key);
      if (previous !== undefined) {
        if (previous !== v.value)
          fail(`${where} : ${areaCode} a deux valeurs différentes pour « ${v.header} » en ${period.year}.`);
        continue;
      }
      seen.set(key, v.value);
      values.push({ areaCode, areaName: parsed.data.areaName, series: v.series, year: period.year, value: v.value });
    }
  }
  return { values, otherMonths, errors, errorCount };
}

/** Reads one file (its bytes and name). Never throws. */
export function parseOpenDataFile(bytes: Uint8Array, fileName: string): ParseResult {
  // The name as the user's system gave it, without folders or characters PostgreSQL and JSON refuse.
  const name =
    [...fileName.replace(/^.*[\\/]/, "")]
      .filter((ch) => !hasForbiddenCharacters(ch))
      .join("")
      .trim()
      .slice(0, 200) || "fichier";
  const refuse = (message: string, errors: string[] = []): ParseResult => ({
    ok: false,
    fileName: name,
    message,
    errors,
  });
  try {
    if (bytes.byteLength === 0) return refuse("Le fichier est vide.");
    if (bytes.byteLength > MAX_OPEN_DATA_FILE_BYTES)
      return refuse(
        `Le fichier dépasse ${MAX_OPEN_DATA_FILE_LABEL} : filtrez l'export du portail sur vos territoires.`,
      );
    if (bytes[0] === 0x50 && bytes[1] === 0x4b)
      return refuse(
        "Ce fichier est un classeur Excel ou une archive : exportez le jeu de données au format CSV ou JSON.",
      );
    if (bytes.subarray(0, 4096).includes(0))
      return refuse("Ce fichier n'est pas un fichier texte (CSV ou JSON) : exportez-le de nouveau depuis data.caf.fr.");
    const { text: content, encoding } = decodeText(bytes);
    const body = content.replace(/^\uFEFF/, "");
    const first = body.trimStart()[0];
    const format = first === "[" || first === "{" ? "JSON" : "CSV";
    const { headers, rows } = format === "JSON" ? jsonRows(body) : csvRows(body);
    const recognised = recognise(headers);
    if (!recognised.ok) return refuse(recognised.message);
    if (!rows.length) return refuse("Le fichier ne contient aucune ligne de données.");
    const { values, otherMonths, errors, errorCount } = readValues(recognised.match, rows);
    if (errorCount) {
      const more = errorCount > errors.length ? [`… et ${errorCount - errors.length} autre(s) erreur(s).`] : [];
      return refuse(
        `Le fichier contient ${errorCount} valeur(s) invalide(s) : rien n'a été importé. Corrigez-les ou exportez de nouveau le fichier.`,
        [...errors, ...more],
      );
    }
    return {
      ok: true,
      file: {
        dataset: recognised.match.dataset,
        fileName: name,
        fingerprint: fingerprintOf(bytes),
        format,
        encoding,
        rows: rows.length,
        otherMonths,
        values,
        years: [...new Set(values.map((v) => v.year))].sort((a, b) => a - b),
      },
    };
  } catch (error) {
    if (error instanceof FileProblem) return refuse(error.message, error.errors);
    if (error instanceof RangeError) return refuse("Le fichier est trop complexe pour être lu.");
    // Whatever else a malformed file triggers, it is refused, never a crash.
    return refuse("Le fichier est illisible : exportez-le de nouveau depuis data.caf.fr (format CSV ou JSON).");
  }
}
