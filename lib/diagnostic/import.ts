// Importing files of the Cnaf's open data into a caisse's diagnostic series. Only the caisse's own areas are kept:
// its territories' EPCI (by SIREN) in EPCI datasets, its départements (the caisse's and those of its territories'
// EPCI) in département datasets, and France. The preview tells, per file, what would be added, updated, left as is
// and ignored; the import writes ALL files or nothing, in one transaction, under a per-caisse lock.
//
// Provenance: a value that a new import finds unchanged keeps the import that wrote it (its extraction date stays
// the one it was first published with); a changed or new value takes the new import. A value the file leaves
// empty (not published, "secret") never erases a value already held.
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditFor } from "../audit/record";
import type { Db, Tx } from "../db/client";
import type { DiagnosticLevel } from "../db/generated/enums";
import { AppError } from "../errors";
import { findEpci } from "../geo/decoupage";
import { SOURCE_LABEL } from "./catalogue";
import { syncLinkedIndicators } from "./indicators";
import type { ParsedFile, ParsedValue } from "./parse";
import { comparisonAreas } from "./queries";

export type CaisseTerritory = { id: string; name: string; slug: string; siren: string | null };

export type CaisseAreas = {
  caisseId: string;
  departement: string;
  territories: CaisseTerritory[];
  sirens: Set<string>;
  departements: Set<string>;
};

export type FilePreview = {
  datasetId: string;
  title: string;
  level: DiagnosticLevel;
  fileName: string;
  fingerprint: string;
  format: ParsedFile["format"];
  encoding: ParsedFile["encoding"];
  years: number[];
  rows: number;
  /** Rows of areas outside the caisse (left aside), and monthly rows other than December. */
  ignored: number;
  otherMonths: number;
  toAdd: number;
  toUpdate: number;
  unchanged: number;
  /** The areas of the caisse the file holds (code and name). */
  areas: { code: string; name: string }[];
  /** EPCI datasets: the caisse's territories found by SIREN, and those not in the file (or without SIREN). */
  territoriesFound: CaisseTerritory[];
  territoriesMissing: CaisseTerritory[];
  /** Département datasets: the caisse's départements the file does not hold. */
  departementsMissing: string[];
  /** Nothing of the caisse in the file: the import refuses it. */
  blocking: string | null;
};

/** The territories and départements a caisse's imports keep. */
export async function caisseAreas(db: Db | Tx, caisseId: string): Promise<CaisseAreas> {
  const caisse = await db.caisse.findUnique({ where: { id: caisseId }, select: { departement: true } });
  if (!caisse) throw new AppError("NOT_FOUND", "Caisse introuvable.");
  const territories = await db.territory.findMany({
    where: { caisseId },
    select: { id: true, name: true, slug: true, siren: true },
    orderBy: { name: "asc" },
  });
  const sirens = new Set(territories.map((t) => t.siren).filter((s): s is string => s !== null));
  const departements = new Set([caisse.departement]);
  for (const siren of sirens) for (const d of findEpci(siren)?.departements ?? []) departements.add(d);
  return { caisseId, departement: caisse.departement, territories, sirens, departements };
}

/** 4 decimals, as the column stores them (Decimal(16, 4)). */
const stored = (value: number) => Math.round(value * 10_000) / 10_000;

function keep(file: ParsedFile, areas: CaisseAreas) {
  const level = file.dataset.level;
  const ours = (code: string) =>
    level === "EPCI" ? areas.sirens.has(code) : level === "DEPARTEMENT" ? areas.departements.has(code) : true;
  const kept: ParsedValue[] = [];
  const otherRows = new Set<string>();
  for (const v of file.values) {
    if (ours(v.areaCode)) kept.push({ ...v, value: stored(v.value) });
    else otherRows.add(`${v.areaCode}|${v.year}`);
  }
  return { kept, ignored: otherRows.size };
}

type Existing = Map<string, { value: number; areaName: string }>;
const valueKey = (areaCode: string, series: string, year: number) => `${areaCode}|${series}|${year}`;

async function existingValues(db: Db | Tx, caisseId: string, level: DiagnosticLevel, kept: ParsedValue[]) {
  const codes = [...new Set(kept.map((v) => v.areaCode))];
  const series = [...new Set(kept.map((v) => v.series))];
  const existing: Existing = new Map();
  if (!codes.length) return existing;
  const rows = await db.$queryRawUnsafe<
    { areaCode: string; series: string; year: number; value: number; areaName: string }[]
  >(
    `SELECT "areaCode", series, year, value::float8 AS value, "areaName" FROM "DiagnosticValue"
     WHERE "caisseId" = $1 AND level = $2::"DiagnosticLevel" AND "areaCode" = ANY($3::text[]) AND series = ANY($4::text[])`,
    caisseId,
    level,
    codes,
    series,
  );
  for (const r of rows) existing.set(valueKey(r.areaCode, r.series, r.year), { value: r.value, areaName: r.areaName });
  return existing;
}

/** What importing one parsed file would do for the caisse (reads only). */
export async function previewFile(db: Db | Tx, areas: CaisseAreas, file: ParsedFile): Promise<FilePreview> {
  const level = file.dataset.level;
  const { kept, ignored } = keep(file, areas);
  const existing = await existingValues(db, areas.caisseId, level, kept);
  let toAdd = 0;
  let toUpdate = 0;
  for (const v of kept) {
    const e = existing.get(valueKey(v.areaCode, v.series, v.year));
    if (!e) toAdd++;
    else if (e.value !== v.value || e.areaName !== v.areaName) toUpdate++;
  }
  const names = new Map<string, string>();
  for (const v of kept) names.set(v.areaCode, v.areaName);
  const areasFound = [...names.entries()]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const territoriesFound = level === "EPCI" ? areas.territories.filter((t) => t.siren && names.has(t.siren)) : [];
  const territoriesMissing = level === "EPCI" ? areas.territories.filter((t) => !t.siren || !names.has(t.siren)) : [];
  const departementsMissing =
    level === "DEPARTEMENT" ? [...areas.departements].filter((d) => !names.has(d)).sort() : [];
  const blocking = kept.length
    ? null
    : level === "EPCI"
      ? `Aucune ligne de ce fichier ne concerne les territoires de la caisse (SIREN attendus : ${[...areas.sirens].join(", ") || "aucun territoire n'a de SIREN"}).`
      : level === "DEPARTEMENT"
        ? `Aucune ligne de ce fichier ne concerne les départements de la caisse (${[...areas.departements].join(", ")}).`
        : "Ce fichier ne contient aucune valeur publiée.";
  return {
    datasetId: file.dataset.id,
    title: file.dataset.title,
    level,
    fileName: file.fileName,
    fingerprint: file.fingerprint,
    format: file.format,
    encoding: file.encoding,
    years: [...new Set(kept.map((v) => v.year))].sort((a, b) => a - b),
    rows: file.rows,
    ignored,
    otherMonths: file.otherMonths,
    toAdd,
    toUpdate,
    unchanged: kept.length - toAdd - toUpdate,
    areas: areasFound,
    territoriesFound,
    territoriesMissing,
    departementsMissing,
    blocking,
  };
}

/** Files of one import: at most one per dataset. */
function checkDistinct(files: ParsedFile[]) {
  const seen = new Map<string, string>();
  for (const f of files) {
    const other = seen.get(f.dataset.id);
    if (other)
      throw new AppError(
        "INVALID_INPUT",
        `« ${other} » et « ${f.fileName} » sont deux fichiers du même jeu de données (${f.dataset.id}) : importez-les séparément.`,
      );
    seen.set(f.dataset.id, f.fileName);
  }
}

export async function previewImport(db: Db, actor: Actor, caisseId: string, files: ParsedFile[]) {
  requireCaisse(actor, caisseId, "diagnostic.import");
  checkDistinct(files);
  const areas = await caisseAreas(db, caisseId);
  const previews: FilePreview[] = [];
  for (const file of files) previews.push(await previewFile(db, areas, file));
  return previews;
}

export type ImportSource = {
  file: ParsedFile;
  /** null: fetched from the portal. */
  fileName: string | null;
  /** What the preview showed (the confirmation checks nothing changed since). */
  expected?: { fingerprint: string; toAdd: number; toUpdate: number };
};

export type ImportResult = {
  imports: {
    importId: string | null;
    datasetId: string;
    fileName: string | null;
    added: number;
    updated: number;
    unchanged: number;
    ignored: number;
    years: number[];
  }[];
  territoriesUpdated: number;
  indicatorsUpdated: number;
};

const CHUNK = 20_000;

/** The bulk upsert of one file's kept values: returns the area codes written and how many were inserted. */
async function upsertValues(
  tx: Tx,
  caisseId: string,
  level: DiagnosticLevel,
  datasetId: string,
  importId: string,
  values: ParsedValue[],
) {
  let inserted = 0;
  let updated = 0;
  const changedAreas = new Set<string>();
  for (let start = 0; start < values.length; start += CHUNK) {
    const chunk = values.slice(start, start + CHUNK);
    const [row] = await tx.$queryRawUnsafe<{ inserted: number; updated: number; areas: string[] | null }[]>(
      `WITH written AS (INSERT INTO "DiagnosticValue" (id, "caisseId", level, "areaCode", "areaName", series, year, value, "datasetId", "importId")
       SELECT gen_random_uuid()::text, $1, $2::"DiagnosticLevel", u.area_code, u.area_name, u.series, u.year, u.value, $3, $4
       FROM unnest($5::text[], $6::text[], $7::text[], $8::int[], $9::numeric[]) AS u(area_code, area_name, series, year, value)
       ON CONFLICT ("caisseId", level, "areaCode", series, year) DO UPDATE
         SET value = EXCLUDED.value, "areaName" = EXCLUDED."areaName", "datasetId" = EXCLUDED."datasetId", "importId" = EXCLUDED."importId"
         WHERE "DiagnosticValue".value <> EXCLUDED.value OR "DiagnosticValue"."areaName" <> EXCLUDED."areaName"
       RETURNING (xmax = 0) AS inserted, "areaCode")
       SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated,
         array_agg(DISTINCT "areaCode") AS areas FROM written`,
      caisseId,
      level,
      datasetId,
      importId,
      chunk.map((v) => v.areaCode),
      chunk.map((v) => v.areaName),
      chunk.map((v) => v.series),
      chunk.map((v) => v.year),
      chunk.map((v) => String(v.value)),
    );
    inserted += row.inserted;
    updated += row.updated;
    for (const code of row.areas ?? []) changedAreas.add(code);
  }
  return { inserted, updated, changedAreas };
}

/**
 * Writes the files (all or nothing). Without permission check: for the seed and the benchmark; users go through
 * `importOpenData`. A file whose values are all unchanged writes nothing (no import is recorded for it).
 */
export async function writeImport(
  db: Db,
  actor: { id: string } | null,
  caisseId: string,
  sources: ImportSource[],
  extractedAt: Date,
): Promise<ImportResult> {
  checkDistinct(sources.map((s) => s.file));
  return db.$transaction(
    async (tx) => {
      // Imports of one caisse run one after the other (the preview below sees the previous one's values).
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('diagnostic-import:' || $1))`, caisseId);
      const areas = await caisseAreas(tx, caisseId);
      const result: ImportResult = { imports: [], territoriesUpdated: 0, indicatorsUpdated: 0 };
      const affected = new Map<string, { importIds: Set<string> }>();
      const audits: { territory: CaisseTerritory; importId: string; changes: Record<string, unknown> }[] = [];
      for (const source of sources) {
        const { file, expected } = source;
        const preview = await previewFile(tx, areas, file);
        if (preview.blocking) throw new AppError("INVALID_INPUT", `« ${file.fileName} » : ${preview.blocking}`);
        if (expected && expected.fingerprint !== file.fingerprint)
          throw new AppError(
            "CONFLICT",
            `« ${file.fileName} » a changé depuis l'analyse : analysez-le de nouveau avant d'importer.`,
          );
        if (expected && (expected.toAdd !== preview.toAdd || expected.toUpdate !== preview.toUpdate))
          throw new AppError(
            "CONFLICT",
            "Les données de la caisse ont changé depuis l'analyse (un autre import entre-temps) : analysez de nouveau les fichiers.",
          );
        if (preview.toAdd + preview.toUpdate === 0) {
          result.imports.push({
            importId: null,
            datasetId: file.dataset.id,
            fileName: source.fileName,
            added: 0,
            updated: 0,
            unchanged: preview.unchanged,
            ignored: preview.ignored,
            years: preview.years,
          });
          continue;
        }
        const created = await tx.diagnosticImport.create({
          data: {
            caisseId,
            datasetId: file.dataset.id,
            level: file.dataset.level,
            source: SOURCE_LABEL,
            fileName: source.fileName,
            extractedAt,
            importedById: actor?.id ?? null,
            years: preview.years,
            added: preview.toAdd,
            updated: preview.toUpdate,
            unchanged: preview.unchanged,
            ignored: preview.ignored,
          },
          select: { id: true },
        });
        const { kept } = keep(file, areas);
        const written = await upsertValues(tx, caisseId, file.dataset.level, file.dataset.id, created.id, kept);
        if (written.inserted !== preview.toAdd || written.updated !== preview.toUpdate) {
          await tx.diagnosticImport.update({
            where: { id: created.id },
            data: {
              added: written.inserted,
              updated: written.updated,
              unchanged: kept.length - written.inserted - written.updated,
            },
          });
        }
        result.imports.push({
          importId: created.id,
          datasetId: file.dataset.id,
          fileName: source.fileName,
          added: written.inserted,
          updated: written.updated,
          unchanged: kept.length - written.inserted - written.updated,
          ignored: preview.ignored,
          years: preview.years,
        });
        // The territories whose diagnostic changed: by SIREN, by département, or all of them (France).
        const touched = areas.territories.filter((t) => {
          if (file.dataset.level === "FRANCE") return true;
          if (file.dataset.level === "EPCI") return t.siren !== null && written.changedAreas.has(t.siren);
          return comparisonAreas(t, areas.departement).departements.some((d) => written.changedAreas.has(d));
        });
        for (const territory of touched) {
          const entry = affected.get(territory.id) ?? { importIds: new Set() };
          entry.importIds.add(created.id);
          affected.set(territory.id, entry);
          audits.push({
            territory,
            importId: created.id,
            // Keys shown as they are by the territory's journal (components/audit-changes.tsx).
            changes: {
              "Jeu de données": file.dataset.id,
              Fichier: source.fileName ?? "portail data.caf.fr",
              Années: preview.years.join(", "),
              "Valeurs ajoutées": written.inserted,
              "Valeurs mises à jour": written.updated,
            },
          });
        }
      }
      for (const { territory, importId, changes } of audits) {
        const audit = auditFor(tx, actor, { territory: { id: territory.id, caisseId } });
        await audit("DiagnosticImport", importId, "diagnostic.import", changes);
      }
      result.territoriesUpdated = affected.size;
      if (affected.size) {
        result.indicatorsUpdated = await syncLinkedIndicators(tx, actor, caisseId, {
          territoryIds: [...affected.keys()],
        });
      }
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The import of a caisse's user (diagnostic.import): checks the permission, then writes. */
export async function importOpenData(
  db: Db,
  actor: Actor,
  input: { caisseId: string; sources: ImportSource[]; extractedAt: Date },
): Promise<ImportResult> {
  requireCaisse(actor, input.caisseId, "diagnostic.import");
  if (!input.sources.length) throw new AppError("INVALID_INPUT", "Choisissez au moins un fichier.");
  return writeImport(db, actor, input.caisseId, input.sources, input.extractedAt);
}

/** The caisse's imports, newest first, for the history table. */
export async function listImports(db: Db, actor: Actor, caisseId: string, take = 50) {
  requireCaisse(actor, caisseId, "diagnostic.import");
  return db.diagnosticImport.findMany({
    where: { caisseId },
    orderBy: { importedAt: "desc" },
    take,
    select: {
      id: true,
      datasetId: true,
      fileName: true,
      years: true,
      extractedAt: true,
      importedAt: true,
      added: true,
      updated: true,
      unchanged: true,
      ignored: true,
      importedBy: { select: { name: true } },
    },
  });
}
