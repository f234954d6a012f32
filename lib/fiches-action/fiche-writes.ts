// Writes to the action plan, one operation per file (create-fiche.ts, update-fiche.ts, change-fiche-status.ts…).
// Each: the fiche (or convention) reached through the caller's territory scope, the pilot-contributor rule,
// optimistic locking on the fiche's version where a form edits it, the change and its audit event in one
// transaction; every status change also writes the fiche's journal. This module holds what they share: the audit
// frame, the references and fields of a fiche, the status journal, and the frame of the fiche's child records.
import type { Actor } from "../auth/actor";
import type { TerritoryScope } from "../auth/scope";
import { auditFor, type AuditWriter } from "../audit/record";
import type { Db, Tx } from "../db/client";
import type { FicheStatus } from "../db/generated/enums";
import { AppError } from "../errors";
import { requireFicheForEdit } from "./access";
import type { CreateFicheData, UpdateFicheData } from "./schemas";
import { ficheStatusChanged } from "../notifications/events";

/** Organisations, communes and axes referenced by a fiche must belong to its territory / caisse / convention. */
export async function checkReferences(
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

/** The fiche's own fields, as written by a creation or an update. */
export const ficheData = (input: CreateFicheData | UpdateFicheData) => ({
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

/** A status change: the fiche's status and version, its journal entry and the audit event. */
export async function writeStatus(
  tx: Tx,
  audit: AuditWriter,
  fiche: { id: string; status: string },
  to: FicheStatus,
  comment: string | null,
  actorId: string,
) {
  await tx.ficheAction.update({ where: { id: fiche.id }, data: { status: to, version: { increment: 1 } } });
  const change = await tx.ficheStatusChange.create({
    data: { ficheId: fiche.id, fromStatus: fiche.status as FicheStatus, toStatus: to, comment, actorId },
  });
  // The pilot's people, unless they made the change themselves.
  await ficheStatusChanged(tx, actorId, { id: change.id, ficheId: fiche.id, to });
  await audit("FicheAction", fiche.id, "fiche.status", {
    status: { old: fiche.status, new: to },
    ...(comment ? { comment } : {}),
  });
}

/** The frame of the fiche's child records (notes, steps, indicators, budget lines): same checks, audited. */
export async function editFicheChild<T>(
  db: Db,
  actor: Actor,
  ficheId: string,
  run: (tx: Tx, fiche: { id: string }, audit: AuditWriter, scope: TerritoryScope) => Promise<T>,
) {
  const { scope, fiche } = await requireFicheForEdit(db, actor, ficheId);
  return db.$transaction(async (tx) => {
    const result = await run(tx, fiche, auditFor(tx, actor, scope), scope);
    await tx.ficheAction.update({ where: { id: fiche.id }, data: { updatedAt: new Date() } });
    return result;
  });
}
