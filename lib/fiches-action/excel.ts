// The action plan as an Excel workbook (exceljs): export, downloadable template, and import. Import checks every
// cell first and lists every error by sheet, row and column in French; it writes nothing when any row is invalid,
// and a re-import updates fiches by number instead of duplicating them.
import ExcelJS from "exceljs";
import type { Actor } from "../auth/actor";
import { requireTerritory } from "../auth/scope";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import type { FicheStatus, Frequency, IndicatorKind, Priority, Theme } from "../db/generated/enums";
import { AppError } from "../errors";
import {
  budgetNatureLabels,
  ficheStatusLabels,
  frequencyLabels,
  indicatorKindLabels,
  priorityLabels,
  themeLabels,
} from "../labels";

export type ImportError = { sheet: string; row: number; column: string; message: string };
export type ImportResult =
  | { ok: true; created: number; updated: number; indicators: number; values: number; budgetLines: number }
  | { ok: false; errors: ImportError[] };

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

const MAX_ROWS = 20_000;
const reverse = <T extends string>(labels: Record<T, string>) =>
  new Map(Object.entries(labels).map(([code, label]) => [normalise(label as string), code as T]));
const normalise = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
const statusByLabel = reverse(ficheStatusLabels);
const priorityByLabel = reverse(priorityLabels);
const themeByLabel = reverse(themeLabels);
const kindByLabel = reverse(indicatorKindLabels);
const frequencyByLabel = reverse(frequencyLabels);
const natureByLabel = reverse(budgetNatureLabels);
const monthOf = (date: Date | null) => (date ? date.toISOString().slice(0, 7) : "");
const list = (values: string[]) => values.join(" ; ");

/** The plan of the territory's current convention as a workbook. */
export async function exportPlan(db: Db, territoryId: string, conventionId: string): Promise<Buffer> {
  const fiches = await db.ficheAction.findMany({
    where: { territoryId, conventionId },
    include: {
      axis: true,
      pilotOrganisation: true,
      copilotOrganisation: true,
      partners: { include: { organisation: true } },
      communes: { include: { commune: true } },
      indicators: { orderBy: { position: "asc" }, include: { values: { orderBy: { year: "asc" } } } },
      budgetLines: {
        orderBy: [{ year: "asc" }, { funderOrganisation: { name: "asc" } }, { nature: "asc" }],
        include: { funderOrganisation: true },
      },
    },
  });
  fiches.sort((a, b) => a.number.localeCompare(b.number, "fr", { numeric: true }));
  const workbook = emptyWorkbook();
  const sheet = (key: keyof typeof SHEETS) => workbook.getWorksheet(SHEETS[key].name)!;
  for (const f of fiches) {
    sheet("fiches").addRow([
      f.number,
      f.title,
      f.axis?.title ?? "",
      list(f.themes.map((t) => themeLabels[t])),
      ficheStatusLabels[f.status],
      priorityLabels[f.priority],
      f.pilotOrganisation?.name ?? "",
      f.copilotOrganisation?.name ?? "",
      list(f.partners.map((p) => p.organisation.name)),
      list(f.communes.map((c) => c.commune.name)),
      monthOf(f.startMonth),
      monthOf(f.endMonth),
      f.fte === null ? "" : Number(f.fte),
      f.findings ?? "",
      f.generalObjective ?? "",
      f.operationalObjectives ?? "",
      f.description ?? "",
      f.targetPublic ?? "",
    ]);
    for (const i of f.indicators) {
      sheet("indicators").addRow([
        f.number,
        i.name,
        i.unit ?? "",
        indicatorKindLabels[i.kind],
        i.baselineValue === null ? "" : Number(i.baselineValue),
        i.baselineYear ?? "",
        i.targetValue === null ? "" : Number(i.targetValue),
        i.targetYear ?? "",
        i.source ?? "",
        frequencyLabels[i.frequency],
      ]);
      for (const v of i.values)
        sheet("values").addRow([
          f.number,
          i.name,
          v.year,
          v.value === null ? (v.textValue ?? "") : Number(v.value),
          v.comment ?? "",
        ]);
    }
    for (const b of f.budgetLines)
      sheet("budget").addRow([
        f.number,
        b.year,
        b.funderOrganisation.name,
        budgetNatureLabels[b.nature],
        Number(b.planned),
        b.actual === null ? "" : Number(b.actual),
      ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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

type Cell = string | number | null;

function cellValue(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "result" in value) return (value.result as Cell) ?? null;
  if (typeof value === "object" && "richText" in value)
    return (
      value.richText
        .map((part) => part.text)
        .join("")
        .trim() || null
    );
  if (typeof value === "object" && "text" in value) return String(value.text).trim() || null;
  return String(value);
}

type Row = { row: number; get: (column: string) => Cell };

function readSheet(
  workbook: ExcelJS.Workbook,
  key: keyof typeof SHEETS,
  errors: ImportError[],
  required: boolean,
): Row[] {
  const { name, columns } = SHEETS[key];
  const sheet = workbook.getWorksheet(name);
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
  sheet.getRow(1).eachCell((cell, index) => {
    const text = cellValue(cell);
    if (typeof text === "string") header.set(normalise(text), index);
  });
  const missing = columns.filter((c) => !header.has(normalise(c)));
  for (const column of missing) errors.push({ sheet: name, row: 1, column, message: `Colonne « ${column} » absente.` });
  if (missing.length) return [];
  const rows: Row[] = [];
  const last = Math.min(sheet.rowCount, MAX_ROWS + 1);
  if (sheet.rowCount > MAX_ROWS + 1)
    errors.push({
      sheet: name,
      row: MAX_ROWS + 2,
      column: "—",
      message: `${MAX_ROWS.toLocaleString("fr-FR")} lignes au plus.`,
    });
  for (let index = 2; index <= last; index++) {
    const row = sheet.getRow(index);
    const get = (column: string) => cellValue(row.getCell(header.get(normalise(column))!));
    if (columns.every((c) => get(c) === null)) continue;
    rows.push({ row: index, get });
  }
  return rows;
}

/** Imports a plan workbook into the territory's convention. All or nothing. */
export async function importPlan(
  db: Db,
  actor: Actor,
  input: { territoryId: string; conventionId: string; file: Uint8Array },
): Promise<ImportResult> {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "fiche.edit");
  const convention = await db.convention.findFirst({
    where: { id: input.conventionId, territoryId: scope.territory.id },
    select: { id: true },
  });
  if (!convention) throw new AppError("NOT_FOUND", "Convention introuvable.");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(input.file) as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      errors: [{ sheet: "—", row: 0, column: "—", message: "Le fichier n'est pas un classeur Excel (.xlsx) lisible." }],
    };
  }
  const errors: ImportError[] = [];
  const [organisations, communes, axes, existing] = await Promise.all([
    db.organisation.findMany({
      where: { caisseId: scope.territory.caisseId },
      select: { id: true, name: true, shortName: true },
    }),
    db.commune.findMany({ where: { territoryId: scope.territory.id }, select: { id: true, name: true } }),
    db.axis.findMany({ where: { conventionId: convention.id }, select: { id: true, title: true, position: true } }),
    db.ficheAction.findMany({
      where: { conventionId: convention.id, territoryId: scope.territory.id },
      select: { id: true, number: true, status: true },
    }),
  ]);
  const orgByName = new Map<string, string>();
  for (const o of organisations) {
    orgByName.set(normalise(o.name), o.id);
    if (o.shortName) orgByName.set(normalise(o.shortName), o.id);
  }
  const communeByName = new Map(communes.map((c) => [normalise(c.name), c.id]));
  const axisByTitle = new Map(axes.map((a) => [normalise(a.title), a.id]));

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
  const fiches = readSheet(workbook, "fiches", errors, true).map((r) => {
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
  const ficheNumbers = new Set([...fiches.map((f) => f.number), ...existing.map((f) => f.number)]);
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
  const indicators = readSheet(workbook, "indicators", errors, false).map((r) => {
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
  const existingIndicators = await db.indicator.findMany({
    where: { fiche: { conventionId: convention.id, territoryId: scope.territory.id } },
    select: { name: true, fiche: { select: { number: true } } },
  });
  for (const i of existingIndicators) indicatorKeys.add(`${i.fiche.number}\u0000${normalise(i.name)}`);
  const V = SHEETS.values.name;
  const values = readSheet(workbook, "values", errors, false).map((r) => {
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
  const budget = readSheet(workbook, "budget", errors, false).map((r) => {
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

  if (errors.length)
    return { ok: false, errors: errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row) };

  // ── Write, all or nothing ──
  return db.$transaction(
    async (tx) => {
      let created = 0;
      let updated = 0;
      const ids = new Map(existing.map((f) => [f.number, f.id]));
      const statuses = new Map(existing.map((f) => [f.number, f.status]));
      let nextAxis = Math.max(0, ...axes.map((a) => a.position));
      for (const f of fiches) {
        let axisId: string | null = null;
        if (f.axisTitle) {
          axisId = axisByTitle.get(normalise(f.axisTitle)) ?? null;
          if (!axisId) {
            axisId = (
              await tx.axis.create({ data: { conventionId: convention.id, position: ++nextAxis, title: f.axisTitle } })
            ).id;
            axisByTitle.set(normalise(f.axisTitle), axisId);
          }
        }
        const data = {
          title: f.title,
          axisId,
          themes: f.themes,
          priority: f.priority,
          pilotOrganisationId: f.pilotOrganisationId,
          copilotOrganisationId: f.copilotOrganisationId,
          startMonth: f.startMonth,
          endMonth: f.endMonth,
          fte: f.fte,
          findings: f.findings,
          generalObjective: f.generalObjective,
          operationalObjectives: f.operationalObjectives,
          description: f.description,
          targetPublic: f.targetPublic,
        };
        let id = ids.get(f.number);
        if (id) {
          await tx.ficheAction.update({
            where: { id },
            data: { ...data, status: f.status, version: { increment: 1 } },
          });
          if (statuses.get(f.number) !== f.status)
            await tx.ficheStatusChange.create({
              data: {
                ficheId: id,
                fromStatus: statuses.get(f.number),
                toStatus: f.status,
                comment: "Import Excel",
                actorId: actor.id,
              },
            });
          await tx.ficheCommune.deleteMany({ where: { ficheId: id } });
          await tx.fichePartner.deleteMany({ where: { ficheId: id } });
          updated++;
        } else {
          id = (
            await tx.ficheAction.create({
              data: {
                ...data,
                number: f.number,
                status: f.status,
                territoryId: scope.territory.id,
                conventionId: convention.id,
                statusChanges: {
                  create: { fromStatus: null, toStatus: f.status, comment: "Import Excel", actorId: actor.id },
                },
              },
            })
          ).id;
          ids.set(f.number, id);
          created++;
        }
        if (f.communeIds.length)
          await tx.ficheCommune.createMany({
            data: [...new Set(f.communeIds)].map((communeId) => ({ ficheId: id!, communeId })),
          });
        if (f.partnerIds.length)
          await tx.fichePartner.createMany({
            data: [...new Set(f.partnerIds)].map((organisationId) => ({ ficheId: id!, organisationId })),
          });
      }
      const indicatorIds = new Map<string, { id: string; kind: IndicatorKind }>();
      for (const i of await tx.indicator.findMany({
        where: { fiche: { conventionId: convention.id } },
        select: { id: true, name: true, kind: true, fiche: { select: { number: true } } },
      })) {
        indicatorIds.set(`${i.fiche.number}\u0000${normalise(i.name)}`, { id: i.id, kind: i.kind });
      }
      for (const [index, i] of indicators.entries()) {
        const key = `${i.fiche}\u0000${normalise(i.name)}`;
        const data = {
          name: i.name,
          unit: i.unit,
          kind: i.kind,
          baselineValue: i.baselineValue,
          baselineYear: i.baselineYear,
          targetValue: i.targetValue,
          targetYear: i.targetYear,
          source: i.source,
          frequency: i.frequency,
        };
        const found = indicatorIds.get(key);
        if (found) await tx.indicator.update({ where: { id: found.id }, data });
        else
          indicatorIds.set(key, {
            id: (await tx.indicator.create({ data: { ...data, ficheId: ids.get(i.fiche)!, position: index + 1 } })).id,
            kind: i.kind,
          });
      }
      for (const v of values) {
        const indicator = indicatorIds.get(`${v.fiche}\u0000${normalise(v.name)}`)!;
        const numeric =
          typeof v.raw === "number"
            ? v.raw
            : Number(
                String(v.raw)
                  .replace(/[\s\u00a0]/g, "")
                  .replace(",", "."),
              );
        const data =
          indicator.kind === "QUANTITATIVE" && Number.isFinite(numeric)
            ? { value: numeric, textValue: null, comment: v.comment }
            : { value: null, textValue: String(v.raw), comment: v.comment };
        await tx.indicatorValue.upsert({
          where: { indicatorId_year: { indicatorId: indicator.id, year: v.year } },
          create: { ...data, indicatorId: indicator.id, year: v.year },
          update: data,
        });
      }
      for (const b of budget) {
        const ficheId = ids.get(b.fiche)!;
        const where = {
          ficheId_year_funderOrganisationId_nature: {
            ficheId,
            year: b.year,
            funderOrganisationId: b.funderId!,
            nature: b.nature,
          },
        };
        await tx.budgetLine.upsert({
          where,
          create: {
            ficheId,
            year: b.year,
            funderOrganisationId: b.funderId!,
            nature: b.nature,
            planned: b.planned,
            actual: b.actual,
          },
          update: { planned: b.planned, actual: b.actual },
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        caisseId: scope.territory.caisseId,
        territoryId: scope.territory.id,
        entity: "Convention",
        entityId: convention.id,
        action: "plan.import",
        changes: { created, updated, indicators: indicators.length, values: values.length, budgetLines: budget.length },
      });
      return {
        ok: true as const,
        created,
        updated,
        indicators: indicators.length,
        values: values.length,
        budgetLines: budget.length,
      };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
