// Loading a convention for the caller, and locking it for a write. SECURITY INVARIANT: a convention is reached
// only through its territory's scope; a foreign convention answers exactly like a missing one.
// `editConvention` is the frame of every edit of a convention's own fields and of its structure (signatories,
// articles, annexes; one operation per file: update-convention.ts, save-signatory.ts…): the caller's scope on the
// convention's territory, the convention row locked, the text still editable, the version it was based on still
// current, then the change and its audit event in one transaction.
import type { Actor } from "../auth/actor";
import { auditFor, type AuditWriter } from "../audit/record";
import type { Operation } from "../auth/permissions";
import { requireTerritoryOfRecord } from "../auth/scope";
import type { Db, Tx } from "../db/client";
import type { ConventionStatus } from "../db/generated/enums";
import { AppError } from "../errors";
import { acceptsDeliberations, isSealed, isTextEditable } from "./status";

export const CONVENTION_NOT_FOUND = "Convention introuvable.";

export async function requireConvention(db: Db, actor: Actor, conventionId: string, operation: Operation) {
  const convention = await db.convention.findUnique({
    where: { id: conventionId },
    select: { id: true, territoryId: true },
  });
  if (!convention) throw new AppError("NOT_FOUND", CONVENTION_NOT_FOUND);
  const scope = await requireTerritoryOfRecord(db, actor, convention.territoryId, operation, CONVENTION_NOT_FOUND);
  return { scope, conventionId: convention.id };
}

export type LockedConvention = { id: string; territoryId: string; status: ConventionStatus; version: number };

/** Locks the convention row for the rest of the transaction: writes and signature are serialised. */
export async function lockConvention(tx: Tx, conventionId: string, territoryId: string): Promise<LockedConvention> {
  const rows = await tx.$queryRaw<LockedConvention[]>`
    SELECT id, "territoryId", status::text AS status, version FROM "Convention"
    WHERE id = ${conventionId} AND "territoryId" = ${territoryId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", CONVENTION_NOT_FOUND);
  return rows[0];
}

export const SEALED_MESSAGE =
  "Cette convention est signée : elle ne peut plus être modifiée. Les changements passent par un avenant.";

export function assertTextEditable(convention: LockedConvention) {
  if (isSealed(convention.status)) throw new AppError("INVALID_STATE", SEALED_MESSAGE);
  if (!isTextEditable(convention.status)) {
    throw new AppError(
      "INVALID_STATE",
      "Le texte est validé : repassez la convention en concertation pour le modifier.",
    );
  }
}

export function assertAcceptsDeliberations(convention: LockedConvention) {
  if (isSealed(convention.status)) throw new AppError("INVALID_STATE", SEALED_MESSAGE);
  if (!acceptsDeliberations(convention.status)) {
    throw new AppError(
      "INVALID_STATE",
      "Les délibérations et signatures s'enregistrent sur le texte validé : validez d'abord la convention.",
    );
  }
}

export function assertVersion(convention: { version: number }, expected: number) {
  if (convention.version !== expected) {
    throw new AppError(
      "CONFLICT",
      "La convention a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour voir la dernière version.",
    );
  }
}

/** Bumps the convention's version after a structural change (fields, signatories, order of articles, annexes). */
export async function bumpVersion(tx: Tx, convention: LockedConvention): Promise<number> {
  await tx.convention.update({ where: { id: convention.id }, data: { version: { increment: 1 } } });
  return convention.version + 1;
}

export type EditContext = {
  tx: Tx;
  convention: LockedConvention;
  audit: AuditWriter;
};

/** The common frame of every text edit. */
export async function editConvention<T>(
  db: Db,
  actor: Actor,
  conventionId: string,
  expectedVersion: number,
  change: (ctx: EditContext) => Promise<T>,
): Promise<T & { version: number }> {
  const { scope } = await requireConvention(db, actor, conventionId, "convention.edit");
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, conventionId, scope.territory.id);
    assertTextEditable(convention);
    assertVersion(convention, expectedVersion);
    const result = await change({
      tx,
      convention,
      audit: auditFor(tx, actor, scope),
    });
    return { ...result, version: await bumpVersion(tx, convention) };
  });
}

/** A signatory of the convention (by id within the convention). */
export async function loadSignatory(tx: Tx, conventionId: string, signatoryId: string) {
  const signatory = await tx.signatory.findFirst({ where: { id: signatoryId, conventionId } });
  if (!signatory) throw new AppError("NOT_FOUND", "Signataire introuvable.");
  return signatory;
}

/** An article, visa or préambule of the convention (by id within the convention). */
export async function loadArticle(tx: Tx, conventionId: string, articleId: string) {
  const article = await tx.article.findFirst({ where: { id: articleId, conventionId } });
  if (!article) throw new AppError("NOT_FOUND", "Article introuvable.");
  return article;
}
