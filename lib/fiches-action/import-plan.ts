// Importing a plan workbook into one of the territory's conventions: all or nothing. The workbook is checked
// first (parse-plan-workbook.ts); nothing is written when any row is invalid, and a re-import updates fiches by
// number instead of duplicating them. The workbook is read within bounds (read-workbook.ts), and at most
// IMPORT_SLOTS imports run at once in this process: a further one is refused at once.
import type { Actor } from "../auth/actor";
import { requireTerritory, type TerritoryScope } from "../auth/scope";
import { auditFor } from "../audit/record";
import type { Db } from "../db/client";
import type { IndicatorKind } from "../db/generated/enums";
import { AppError } from "../errors";
import { Slots } from "../slots";
import { normalise, SHEETS } from "./excel-layout";
import { parsePlanWorkbook, type ImportError } from "./parse-plan-workbook";
import { IMPORT_LIMITS, readWorkbook, WorkbookError, type WorkbookLimits } from "./read-workbook";
import { ficheAssigned, ficheStatusChanged } from "../notifications/events";

export type ImportResult =
  | { ok: true; created: number; updated: number; indicators: number; values: number; budgetLines: number }
  | { ok: false; errors: ImportError[] };

/** Imports running at once in this process (reading a workbook takes memory, even bounded). */
export const IMPORT_SLOTS = 2;
export const importSlots = new Slots(IMPORT_SLOTS);

const fileError = (message: string): ImportResult => ({
  ok: false,
  errors: [{ sheet: "—", row: 0, column: "—", message }],
});

/** Imports a plan workbook into the territory's convention. All or nothing. `limits` only for the tests. */
export async function importPlan(
  db: Db,
  actor: Actor,
  input: { territoryId: string; conventionId: string; file: Uint8Array },
  limits: WorkbookLimits = IMPORT_LIMITS,
): Promise<ImportResult> {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "fiche.edit");
  const convention = await db.convention.findFirst({
    where: { id: input.conventionId, territoryId: scope.territory.id },
    select: { id: true },
  });
  if (!convention) throw new AppError("NOT_FOUND", "Convention introuvable.");
  const release = importSlots.tryAcquire();
  if (!release) return fileError("Trop d'imports sont en cours sur le serveur : réessayez dans une minute.");
  try {
    return await importWithin(db, actor, scope, convention, input.file, limits);
  } finally {
    release();
  }
}

async function importWithin(
  db: Db,
  actor: Actor,
  scope: TerritoryScope,
  convention: { id: string },
  file: Uint8Array,
  limits: WorkbookLimits,
): Promise<ImportResult> {
  let sheets;
  try {
    sheets = await readWorkbook(
      file,
      Object.values(SHEETS).map((s) => s.name),
      limits,
    );
  } catch (error) {
    if (error instanceof WorkbookError) return fileError(error.message);
    throw error;
  }
  const [organisations, communes, axes, existing] = await Promise.all([
    db.organisation.findMany({
      where: { caisseId: scope.territory.caisseId },
      select: { id: true, name: true, shortName: true },
    }),
    db.commune.findMany({ where: { territoryId: scope.territory.id }, select: { id: true, name: true } }),
    db.axis.findMany({ where: { conventionId: convention.id }, select: { id: true, title: true, position: true } }),
    db.ficheAction.findMany({
      where: { conventionId: convention.id, territoryId: scope.territory.id },
      select: { id: true, number: true, status: true, pilotOrganisationId: true },
    }),
  ]);
  const axisByTitle = new Map(axes.map((a) => [normalise(a.title), a.id]));
  const existingIndicators = await db.indicator.findMany({
    where: { fiche: { conventionId: convention.id, territoryId: scope.territory.id } },
    select: { name: true, fiche: { select: { number: true } } },
  });
  const { errors, fiches, indicators, values, budget } = parsePlanWorkbook(sheets, {
    organisations,
    communes,
    ficheNumbers: existing.map((f) => f.number),
    indicators: existingIndicators,
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
      const pilots = new Map(existing.map((f) => [f.number, f.pilotOrganisationId]));
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
          if (statuses.get(f.number) !== f.status) {
            const change = await tx.ficheStatusChange.create({
              data: {
                ficheId: id,
                fromStatus: statuses.get(f.number),
                toStatus: f.status,
                comment: "Import Excel",
                actorId: actor.id,
              },
            });
            // The pilot's people are told, as for a status changed in the page.
            await ficheStatusChanged(tx, actor.id, { id: change.id, ficheId: id, to: f.status });
          }
          if (f.pilotOrganisationId && f.pilotOrganisationId !== pilots.get(f.number))
            await ficheAssigned(tx, actor.id, { id, territoryId: scope.territory.id, number: f.number, ...data });
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
          await ficheAssigned(tx, actor.id, { id, territoryId: scope.territory.id, number: f.number, ...data });
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
      await auditFor(tx, actor, scope)("Convention", convention.id, "plan.import", {
        created,
        updated,
        indicators: indicators.length,
        values: values.length,
        budgetLines: budget.length,
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
