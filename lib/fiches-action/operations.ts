// Writes to the action plan. Each: the fiche (or convention) reached through the caller's territory scope, the
// pilot-contributor rule, optimistic locking on the fiche's version where a form edits it, the change and its
// audit event in one transaction; every status change also writes the fiche's journal.
import type { Actor } from "../auth/actor";
import { requireTerritory, requireTerritoryOfRecord } from "../auth/scope";
import { diffFields, recordAudit } from "../audit/record";
import type { Db, Tx } from "../db/client";
import type { FicheStatus } from "../db/generated/enums";
import { AppError } from "../errors";
import { assertMayEditFiche, requireFicheForEdit } from "./access";
import type {
  BulkStatusData,
  ChangeFicheStatusData,
  CreateFicheData,
  SaveBudgetLineData,
  SaveIndicatorData,
  SaveIndicatorValueData,
  UpdateFicheData,
} from "./schemas";

type Audit = { actorId: string; caisseId: string; territoryId: string };
const audit = (
  tx: Tx,
  base: Audit,
  entity: string,
  entityId: string,
  action: string,
  changes?: Record<string, unknown>,
) => recordAudit(tx, { ...base, entity, entityId, action, changes });

/** Organisations, communes and axes referenced by a fiche must belong to its territory / caisse / convention. */
async function checkReferences(
  tx: Tx,
  territory: { id: string; caisseId: string },
  conventionId: string,
  input: CreateFicheData | UpdateFicheData,
) {
  const orgIds = [input.pilotOrganisationId, input.copilotOrganisationId, ...input.partnerIds].filter(
    (id): id is string => !!id,
  );
  if (
    orgIds.length &&
    (await tx.organisation.count({ where: { id: { in: orgIds }, caisseId: territory.caisseId } })) !==
      new Set(orgIds).size
  ) {
    throw new AppError("NOT_FOUND", "Organisation introuvable.");
  }
  if (
    input.communeIds.length &&
    (await tx.commune.count({ where: { id: { in: input.communeIds }, territoryId: territory.id } })) !==
      new Set(input.communeIds).size
  ) {
    throw new AppError("NOT_FOUND", "Commune introuvable.");
  }
  if (input.axisId && !(await tx.axis.findFirst({ where: { id: input.axisId, conventionId } })))
    throw new AppError("NOT_FOUND", "Axe introuvable.");
}

const ficheData = (input: CreateFicheData | UpdateFicheData) => ({
  number: input.number,
  title: input.title,
  themes: input.themes,
  axisId: input.axisId,
  findings: input.findings,
  generalObjective: input.generalObjective,
  operationalObjectives: input.operationalObjectives,
  description: input.description,
  targetPublic: input.targetPublic,
  pilotOrganisationId: input.pilotOrganisationId,
  copilotOrganisationId: input.copilotOrganisationId,
  fte: input.fte,
  startMonth: input.startMonth,
  endMonth: input.endMonth,
  priority: input.priority,
});

export async function createFiche(db: Db, actor: Actor, input: CreateFicheData) {
  const convention = await db.convention.findUnique({
    where: { id: input.conventionId },
    select: { id: true, territoryId: true },
  });
  if (!convention) throw new AppError("NOT_FOUND", "Convention introuvable.");
  const scope = await requireTerritoryOfRecord(
    db,
    actor,
    convention.territoryId,
    "fiche.edit",
    "Convention introuvable.",
  );
  return db.$transaction(async (tx) => {
    await checkReferences(tx, scope.territory, convention.id, input);
    if (await tx.ficheAction.findFirst({ where: { conventionId: convention.id, number: input.number } }))
      throw new AppError("CONFLICT", `Une fiche porte déjà le numéro ${input.number}.`);
    const fiche = await tx.ficheAction.create({
      data: {
        ...ficheData(input),
        territoryId: scope.territory.id,
        conventionId: convention.id,
        communes: { create: input.communeIds.map((communeId) => ({ communeId })) },
        partners: { create: input.partnerIds.map((organisationId) => ({ organisationId })) },
        statusChanges: {
          create: { fromStatus: null, toStatus: "NOT_STARTED", comment: "Création de la fiche", actorId: actor.id },
        },
      },
    });
    await audit(
      tx,
      { actorId: actor.id, caisseId: scope.territory.caisseId, territoryId: scope.territory.id },
      "FicheAction",
      fiche.id,
      "fiche.create",
      { number: input.number, title: input.title },
    );
    return { ficheId: fiche.id };
  });
}

export async function updateFiche(db: Db, actor: Actor, input: UpdateFicheData) {
  const { scope, fiche } = await requireFicheForEdit(db, actor, input.ficheId);
  return db.$transaction(async (tx) => {
    await checkReferences(tx, scope.territory, fiche.conventionId, input);
    const before = await tx.ficheAction.findUniqueOrThrow({
      where: { id: fiche.id },
      include: { communes: true, partners: true },
    });
    if (
      before.number !== input.number &&
      (await tx.ficheAction.findFirst({ where: { conventionId: fiche.conventionId, number: input.number } }))
    ) {
      throw new AppError("CONFLICT", `Une fiche porte déjà le numéro ${input.number}.`);
    }
    // A pilot contributor may not hand the fiche over to another organisation and keep editing it.
    assertMayEditFiche(actor, scope, { pilotOrganisationId: input.pilotOrganisationId });
    const data = ficheData(input);
    const updated = await tx.ficheAction.updateMany({
      where: { id: fiche.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Cette fiche a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour voir la dernière version.",
      );
    await tx.ficheCommune.deleteMany({ where: { ficheId: fiche.id } });
    await tx.ficheCommune.createMany({ data: input.communeIds.map((communeId) => ({ ficheId: fiche.id, communeId })) });
    await tx.fichePartner.deleteMany({ where: { ficheId: fiche.id } });
    await tx.fichePartner.createMany({
      data: input.partnerIds.map((organisationId) => ({ ficheId: fiche.id, organisationId })),
    });
    const changes = diffFields(
      {
        ...before,
        communeIds: before.communes.map((c) => c.communeId).sort(),
        partnerIds: before.partners.map((p) => p.organisationId).sort(),
      } as Record<string, unknown>,
      { ...data, communeIds: [...input.communeIds].sort(), partnerIds: [...input.partnerIds].sort() },
    );
    await audit(
      tx,
      { actorId: actor.id, caisseId: scope.territory.caisseId, territoryId: scope.territory.id },
      "FicheAction",
      fiche.id,
      "fiche.update",
      changes,
    );
    return { version: input.version + 1 };
  });
}

async function writeStatus(
  tx: Tx,
  base: Audit,
  fiche: { id: string; status: string },
  to: FicheStatus,
  comment: string | null,
  actorId: string,
) {
  await tx.ficheAction.update({ where: { id: fiche.id }, data: { status: to, version: { increment: 1 } } });
  await tx.ficheStatusChange.create({
    data: { ficheId: fiche.id, fromStatus: fiche.status as FicheStatus, toStatus: to, comment, actorId },
  });
  await audit(tx, base, "FicheAction", fiche.id, "fiche.status", {
    status: { old: fiche.status, new: to },
    ...(comment ? { comment } : {}),
  });
}

export async function changeFicheStatus(db: Db, actor: Actor, input: ChangeFicheStatusData) {
  const { scope, fiche } = await requireFicheForEdit(db, actor, input.ficheId);
  return db.$transaction(async (tx) => {
    const current = await tx.ficheAction.findUniqueOrThrow({
      where: { id: fiche.id },
      select: { id: true, status: true, version: true },
    });
    if (current.version !== input.version)
      throw new AppError(
        "CONFLICT",
        "Cette fiche a été modifiée par quelqu'un d'autre entre-temps : rechargez la page.",
      );
    if (current.status === input.status) throw new AppError("INVALID_STATE", "La fiche a déjà ce statut.");
    await writeStatus(
      tx,
      { actorId: actor.id, caisseId: scope.territory.caisseId, territoryId: scope.territory.id },
      current,
      input.status,
      input.comment,
      actor.id,
    );
    return { version: current.version + 1 };
  });
}

/** Changes the status of several fiches of one territory at once; each gets its journal entry. */
export async function changeStatusInBulk(db: Db, actor: Actor, input: BulkStatusData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "fiche.editPiloted");
  return db.$transaction(async (tx) => {
    const fiches = await tx.ficheAction.findMany({
      where: { id: { in: input.ficheIds }, territoryId: scope.territory.id },
      select: { id: true, status: true, pilotOrganisationId: true },
    });
    if (fiches.length !== new Set(input.ficheIds).size) throw new AppError("NOT_FOUND", FICHE_NOT_FOUND_BULK);
    for (const fiche of fiches) assertMayEditFiche(actor, scope, fiche);
    let changed = 0;
    for (const fiche of fiches) {
      if (fiche.status === input.status) continue;
      await writeStatus(
        tx,
        { actorId: actor.id, caisseId: scope.territory.caisseId, territoryId: scope.territory.id },
        fiche,
        input.status,
        input.comment,
        actor.id,
      );
      changed++;
    }
    return { changed };
  });
}
const FICHE_NOT_FOUND_BULK = "Fiche-action introuvable dans la sélection.";

/** The frame of the fiche's child records (notes, steps, indicators, budget lines): same checks, audited. */
async function editFicheChild<T>(
  db: Db,
  actor: Actor,
  ficheId: string,
  run: (
    tx: Tx,
    fiche: { id: string },
    log: (entity: string, entityId: string, action: string, changes?: Record<string, unknown>) => Promise<void>,
  ) => Promise<T>,
) {
  const { scope, fiche } = await requireFicheForEdit(db, actor, ficheId);
  return db.$transaction(async (tx) => {
    const base = { actorId: actor.id, caisseId: scope.territory.caisseId, territoryId: scope.territory.id };
    const result = await run(tx, fiche, (entity, entityId, action, changes) =>
      audit(tx, base, entity, entityId, action, changes),
    );
    await tx.ficheAction.update({ where: { id: fiche.id }, data: { updatedAt: new Date() } });
    return result;
  });
}

export function addNote(db: Db, actor: Actor, input: { ficheId: string; date: Date; body: string }) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, log) => {
    const note = await tx.ficheNote.create({
      data: { ficheId: fiche.id, date: input.date, body: input.body, authorId: actor.id },
    });
    await log("FicheNote", note.id, "fiche.note", { body: input.body });
    return { noteId: note.id };
  });
}

export function saveStep(
  db: Db,
  actor: Actor,
  input: { ficheId: string; stepId: string | null; title: string; dueDate: Date | null; done: boolean },
) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, log) => {
    const data = { title: input.title, dueDate: input.dueDate, done: input.done };
    if (input.stepId) {
      const before = await tx.ficheStep.findFirst({ where: { id: input.stepId, ficheId: fiche.id } });
      if (!before) throw new AppError("NOT_FOUND", "Étape introuvable.");
      await tx.ficheStep.update({ where: { id: before.id }, data });
      await log("FicheStep", before.id, "fiche.step.update", diffFields(before, data));
      return { stepId: before.id };
    }
    const last = await tx.ficheStep.aggregate({ where: { ficheId: fiche.id }, _max: { position: true } });
    const step = await tx.ficheStep.create({
      data: { ...data, ficheId: fiche.id, position: (last._max.position ?? 0) + 1 },
    });
    await log("FicheStep", step.id, "fiche.step.create", { title: input.title });
    return { stepId: step.id };
  });
}

export function saveIndicator(db: Db, actor: Actor, input: SaveIndicatorData) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, log) => {
    const { ficheId: _f, indicatorId, ...data } = input;
    if (indicatorId) {
      const before = await tx.indicator.findFirst({ where: { id: indicatorId, ficheId: fiche.id } });
      if (!before) throw new AppError("NOT_FOUND", "Indicateur introuvable.");
      await tx.indicator.update({ where: { id: before.id }, data });
      await log("Indicator", before.id, "indicator.update", diffFields(before, data));
      return { indicatorId: before.id };
    }
    const last = await tx.indicator.aggregate({ where: { ficheId: fiche.id }, _max: { position: true } });
    const indicator = await tx.indicator.create({
      data: { ...data, ficheId: fiche.id, position: (last._max.position ?? 0) + 1 },
    });
    await log("Indicator", indicator.id, "indicator.create", { name: data.name });
    return { indicatorId: indicator.id };
  });
}

/** Records (or corrects) the value of one year. The indicator is reached through its fiche's territory. */
export async function saveIndicatorValue(db: Db, actor: Actor, input: SaveIndicatorValueData) {
  const indicator = await db.indicator.findUnique({
    where: { id: input.indicatorId },
    select: { id: true, ficheId: true, kind: true },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "Indicateur introuvable.");
  return editFicheChild(db, actor, indicator.ficheId, async (tx, _fiche, log) => {
    if (indicator.kind === "QUANTITATIVE" && input.value === null)
      throw new AppError("INVALID_INPUT", "Saisissez une valeur numérique.");
    if (indicator.kind === "QUALITATIVE" && !input.textValue)
      throw new AppError("INVALID_INPUT", "Saisissez une appréciation.");
    const before = await tx.indicatorValue.findUnique({
      where: { indicatorId_year: { indicatorId: indicator.id, year: input.year } },
    });
    const data = { value: input.value, textValue: input.textValue, comment: input.comment };
    await tx.indicatorValue.upsert({
      where: { indicatorId_year: { indicatorId: indicator.id, year: input.year } },
      create: { ...data, indicatorId: indicator.id, year: input.year },
      update: data,
    });
    await log("Indicator", indicator.id, "indicator.value", {
      [`valeur ${input.year}`]: {
        old: before?.value?.toString() ?? before?.textValue ?? null,
        new: input.value ?? input.textValue,
      },
    });
    return { year: input.year };
  });
}

export function saveBudgetLine(db: Db, actor: Actor, input: SaveBudgetLineData) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, log) => {
    const territory = await tx.ficheAction.findUniqueOrThrow({
      where: { id: fiche.id },
      select: { territory: { select: { caisseId: true } } },
    });
    if (
      !(await tx.organisation.findFirst({
        where: { id: input.funderOrganisationId, caisseId: territory.territory.caisseId },
      }))
    )
      throw new AppError("NOT_FOUND", "Financeur introuvable.");
    const data = {
      year: input.year,
      funderOrganisationId: input.funderOrganisationId,
      nature: input.nature,
      planned: input.planned,
      actual: input.actual,
    };
    const duplicate = await tx.budgetLine.findFirst({
      where: {
        ficheId: fiche.id,
        year: input.year,
        funderOrganisationId: input.funderOrganisationId,
        nature: input.nature,
        NOT: input.lineId ? { id: input.lineId } : undefined,
      },
    });
    if (duplicate)
      throw new AppError(
        "CONFLICT",
        "Une ligne existe déjà pour cette année, ce financeur et cette nature : modifiez-la.",
      );
    if (input.lineId) {
      const before = await tx.budgetLine.findFirst({ where: { id: input.lineId, ficheId: fiche.id } });
      if (!before) throw new AppError("NOT_FOUND", "Ligne budgétaire introuvable.");
      await tx.budgetLine.update({ where: { id: before.id }, data });
      await log("BudgetLine", before.id, "budget.update", diffFields(before, data));
      return { lineId: before.id };
    }
    const line = await tx.budgetLine.create({ data: { ...data, ficheId: fiche.id } });
    await log("BudgetLine", line.id, "budget.create", diffFields({}, data));
    return { lineId: line.id };
  });
}

export function removeBudgetLine(db: Db, actor: Actor, input: { ficheId: string; childId: string }) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, log) => {
    const line = await tx.budgetLine.findFirst({ where: { id: input.childId, ficheId: fiche.id } });
    if (!line) throw new AppError("NOT_FOUND", "Ligne budgétaire introuvable.");
    await tx.budgetLine.delete({ where: { id: line.id } });
    await log("BudgetLine", line.id, "budget.delete", { planned: { old: line.planned.toString(), new: null } });
    return {};
  });
}
