// Reading a plan workbook: every cell checked against the layout (excel-layout.ts), the allowed values and the
// territory's organisations, communes, fiches and indicators; every error listed by sheet, row and column in
// French. Writes nothing: import-plan.ts writes the parsed rows when there is no error.
import type { FicheStatus, Frequency, IndicatorKind, Priority, Theme } from "../db/generated/enums";
import {
  budgetNatureLabels,
  ficheStatusLabels,
  frequencyLabels,
  indicatorKindLabels,
  priorityLabels,
  themeLabels,
} from "../labels";
import { normalise, SHEETS } from "./excel-layout";
import type { Cell, SheetRows } from "./read-workbook";

export type ImportError = { sheet: string; row: number; column: string; message: string };

/** What the workbook's rows are checked against: the caisse's organisations, the territory's communes, and the
 * fiches and indicators already in the convention's plan. */
export type PlanReferences = {
  organisations: { id: string; name: string; shortName: string | null }[];
  communes: { id: string; name: string }[];
  ficheNumbers: string[];
  indicators: { name: string; fiche: { number: string } }[];
};

const reverse = <T extends string>(labels: Record<T, string>) =>
  new Map(Object.entries(labels).map(([code, label]) => [normalise(label as string), code as T]));
const statusByLabel = reverse(ficheStatusLabels);
const priorityByLabel = reverse(priorityLabels);
const themeByLabel = reverse(themeLabels);
const kindByLabel = reverse(indicatorKindLabels);
const frequencyByLabel = reverse(frequencyLabels);
const natureByLabel = reverse(budgetNatureLabels);

type Row = { row: number; get: (column: string) => Cell };

function readSheet(
  sheets: Map<string, SheetRows>,
  key: keyof typeof SHEETS,
  errors: ImportError[],
  required: boolean,
): Row[] {
  const { name, columns } = SHEETS[key];
  const sheet = sheets.get(name);
  if (!sheet) {
    if (required)
      errors.push({
        sheet: name,
        row: 1,
        column: "—",
        message: `Feuille « ${name} » absente : partez du modèle téléchargeable.`,
      });
    return [];
  }
  const header = new Map<string, number>();
  const first = sheet[0]?.row === 1 ? sheet[0].cells : [];
  first.forEach((text, index) => {
    if (typeof text === "string") header.set(normalise(text), index);
  });
  const missing = columns.filter((c) => !header.has(normalise(c)));
  for (const column of missing) errors.push({ sheet: name, row: 1, column, message: `Colonne « ${column} » absente.` });
  if (missing.length) return [];
  const rows: Row[] = [];
  for (const { row, cells } of sheet) {
    if (row === 1) continue;
    const get = (column: string) => cells[header.get(normalise(column))!] ?? null;
    if (columns.every((c) => get(c) === null)) continue;
    rows.push({ row, get });
  }
  return rows;
}

/** The rows of the four sheets (read by read-workbook.ts), checked; `errors` is empty when every row is valid. */
export function parsePlanWorkbook(sheets: Map<string, SheetRows>, refs: PlanReferences) {
  const errors: ImportError[] = [];
  const orgByName = new Map<string, string>();
  for (const o of refs.organisations) {
    orgByName.set(normalise(o.name), o.id);
    if (o.shortName) orgByName.set(normalise(o.shortName), o.id);
  }
  const communeByName = new Map(refs.communes.map((c) => [normalise(c.name), c.id]));

  const issue = (sheet: string, row: number, column: string, message: string) =>
    errors.push({ sheet, row, column, message });
  const text = (r: Row, sheet: string, column: string, max: number, required = false) => {
    const v = r.get(column);
    if (v === null) {
      if (required) issue(sheet, r.row, column, "Valeur obligatoire.");
      return null;
    }
    const s = String(v);
    if (s.length > max) issue(sheet, r.row, column, `${max.toLocaleString("fr-FR")} caractères au plus.`);
    return s;
  };
  const number = (
    r: Row,
    sheet: string,
    column: string,
    opts: { required?: boolean; integer?: boolean; min?: number; max?: number } = {},
  ) => {
    const v = r.get(column);
    if (v === null) {
      if (opts.required) issue(sheet, r.row, column, "Valeur obligatoire.");
      return null;
    }
    const n =
      typeof v === "number"
        ? v
        : Number(
            String(v)
              .replace(/[\s\u00a0\u202f€]/g, "")
              .replace(",", "."),
          );
    if (!Number.isFinite(n)) {
      issue(sheet, r.row, column, `Nombre attendu (reçu « ${String(v).slice(0, 40)} »).`);
      return null;
    }
    if (opts.integer && !Number.isInteger(n)) issue(sheet, r.row, column, "Nombre entier attendu.");
    if (opts.min !== undefined && n < opts.min) issue(sheet, r.row, column, `Valeur minimale : ${opts.min}.`);
    if (opts.max !== undefined && n > opts.max) issue(sheet, r.row, column, `Valeur maximale : ${opts.max}.`);
    return n;
  };
  const label = <T>(r: Row, sheet: string, column: string, map: Map<string, T>, fallback: T) => {
    const v = r.get(column);
    if (v === null) return fallback;
    const code = map.get(normalise(String(v)));
    if (code === undefined)
      issue(sheet, r.row, column, `Valeur inconnue « ${String(v).slice(0, 60)} » (voir la feuille « Listes »).`);
    return code ?? fallback;
  };
  const org = (r: Row, sheet: string, column: string, name: string) => {
    const id = orgByName.get(normalise(name));
    if (!id) issue(sheet, r.row, column, `Organisation inconnue « ${name.slice(0, 80)} ».`);
    return id ?? null;
  };
  const month = (r: Row, sheet: string, column: string) => {
    const v = r.get(column);
    if (v === null) return null;
    const match = String(v).match(/^(\d{4})-(\d{2})/);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
      issue(sheet, r.row, column, "Mois attendu (AAAA-MM).");
      return null;
    }
    return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  };
  const split = (v: string | null) =>
    v
      ? v
          .split(/[;\n]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

  // ── Fiches ──
  const F = SHEETS.fiches.name;
  const seen = new Map<string, number>();
  const fiches = readSheet(sheets, "fiches", errors, true).map((r) => {
    const ficheNumber = text(r, F, "Numéro", 20, true);
    if (ficheNumber && !/^[0-9A-Za-z.\-]+$/.test(ficheNumber))
      issue(F, r.row, "Numéro", "Chiffres, lettres, points ou tirets (ex. : 2.1).");
    if (ficheNumber && seen.has(ficheNumber))
      issue(F, r.row, "Numéro", `Numéro ${ficheNumber} en double (déjà ligne ${seen.get(ficheNumber)}).`);
    if (ficheNumber) seen.set(ficheNumber, r.row);
    const themes = split(text(r, F, "Thématiques", 1000))
      .map((t) => {
        const code = themeByLabel.get(normalise(t));
        if (!code)
          issue(F, r.row, "Thématiques", `Thématique inconnue « ${t.slice(0, 60)} » (voir la feuille « Listes »).`);
        return code;
      })
      .filter((t): t is Theme => !!t);
    if (themes.length === 0 && !errors.some((e) => e.sheet === F && e.row === r.row && e.column === "Thématiques"))
      issue(F, r.row, "Thématiques", "Au moins une thématique.");
    const pilotName = text(r, F, "Pilote", 300);
    const copilotName = text(r, F, "Co-pilote", 300);
    const start = month(r, F, "Début");
    const end = month(r, F, "Fin");
    if (start && end && end < start) issue(F, r.row, "Fin", "La fin ne peut pas précéder le début.");
    return {
      row: r.row,
      number: ficheNumber ?? "",
      title: text(r, F, "Titre", 300, true) ?? "",
      axisTitle: text(r, F, "Axe", 300),
      themes,
      status: label<FicheStatus>(r, F, "Statut", statusByLabel, "NOT_STARTED"),
      priority: label<Priority>(r, F, "Priorité", priorityByLabel, "MEDIUM"),
      pilotOrganisationId: pilotName ? org(r, F, "Pilote", pilotName) : null,
      copilotOrganisationId: copilotName ? org(r, F, "Co-pilote", copilotName) : null,
      partnerIds: split(text(r, F, "Partenaires", 5000))
        .map((name) => org(r, F, "Partenaires", name))
        .filter((id): id is string => !!id),
      communeIds: split(text(r, F, "Communes", 5000))
        .map((name) => {
          const id = communeByName.get(normalise(name));
          if (!id) issue(F, r.row, "Communes", `Commune inconnue « ${name.slice(0, 80)} ».`);
          return id;
        })
        .filter((id): id is string => !!id),
      startMonth: start,
      endMonth: end,
      fte: number(r, F, "ETP", { min: 0, max: 999 }),
      findings: text(r, F, "Constats", 5000),
      generalObjective: text(r, F, "Objectif général", 5000),
      operationalObjectives: text(r, F, "Objectifs opérationnels", 5000),
      description: text(r, F, "Description", 10_000),
      targetPublic: text(r, F, "Public visé", 1000),
    };
  });
  const ficheNumbers = new Set([...fiches.map((f) => f.number), ...refs.ficheNumbers]);
  const knownFiche = (r: Row, sheet: string) => {
    const n = r.get("Fiche");
    if (n === null) issue(sheet, r.row, "Fiche", "Valeur obligatoire.");
    else if (!ficheNumbers.has(String(n)))
      issue(
        sheet,
        r.row,
        "Fiche",
        `Fiche ${String(n).slice(0, 20)} inconnue (ni dans la feuille « Fiches », ni dans le plan).`,
      );
    return n === null ? "" : String(n);
  };

  // ── Indicators, values, budget ──
  const I = SHEETS.indicators.name;
  const indicatorKeys = new Set<string>();
  const indicators = readSheet(sheets, "indicators", errors, false).map((r) => {
    const fiche = knownFiche(r, I);
    const name = text(r, I, "Indicateur", 300, true) ?? "";
    const key = `${fiche}\u0000${normalise(name)}`;
    if (indicatorKeys.has(key))
      issue(I, r.row, "Indicateur", `Indicateur « ${name.slice(0, 60)} » en double pour la fiche ${fiche}.`);
    indicatorKeys.add(key);
    return {
      fiche,
      name,
      unit: text(r, I, "Unité", 40),
      kind: label<IndicatorKind>(r, I, "Type", kindByLabel, "QUANTITATIVE"),
      baselineValue: number(r, I, "Valeur de référence"),
      baselineYear: number(r, I, "Année de référence", { integer: true, min: 2000, max: 2100 }),
      targetValue: number(r, I, "Cible"),
      targetYear: number(r, I, "Année cible", { integer: true, min: 2000, max: 2100 }),
      source: text(r, I, "Source", 300),
      frequency: label<Frequency>(r, I, "Fréquence", frequencyByLabel, "YEARLY"),
    };
  });
  for (const i of refs.indicators) indicatorKeys.add(`${i.fiche.number}\u0000${normalise(i.name)}`);
  const V = SHEETS.values.name;
  const values = readSheet(sheets, "values", errors, false).map((r) => {
    const fiche = knownFiche(r, V);
    const name = text(r, V, "Indicateur", 300, true) ?? "";
    if (fiche && name && !indicatorKeys.has(`${fiche}\u0000${normalise(name)}`))
      issue(V, r.row, "Indicateur", `Indicateur « ${name.slice(0, 60)} » inconnu pour la fiche ${fiche}.`);
    const raw = r.get("Valeur");
    if (raw === null) issue(V, r.row, "Valeur", "Valeur obligatoire.");
    return {
      fiche,
      name,
      year: number(r, V, "Année", { required: true, integer: true, min: 2000, max: 2100 }) ?? 0,
      raw,
      comment: text(r, V, "Commentaire", 2000),
    };
  });
  const B = SHEETS.budget.name;
  const budgetKeys = new Map<string, number>();
  const budget = readSheet(sheets, "budget", errors, false).map((r) => {
    const fiche = knownFiche(r, B);
    const year = number(r, B, "Année", { required: true, integer: true, min: 2000, max: 2100 }) ?? 0;
    const funderName = text(r, B, "Financeur", 300, true);
    const funderId = funderName ? org(r, B, "Financeur", funderName) : null;
    const nature = label(r, B, "Nature", natureByLabel, "OPERATING" as const);
    const key = `${fiche}|${year}|${funderId}|${nature}`;
    if (budgetKeys.has(key)) issue(B, r.row, "Financeur", `Ligne en double (déjà ligne ${budgetKeys.get(key)}).`);
    budgetKeys.set(key, r.row);
    return {
      fiche,
      year,
      funderId,
      nature,
      planned: number(r, B, "Prévu", { required: true, min: 0, max: 1_000_000_000 }) ?? 0,
      actual: number(r, B, "Réalisé", { min: 0, max: 1_000_000_000 }),
    };
  });

  return { errors, fiches, indicators, values, budget };
}
