// Edits of a convention's own fields and of its structure (signatories, articles, annexes). Every one:
// the caller's scope on the convention's territory, the convention row locked, the text still editable,
// the version it was based on still current, then the change and its audit event in one transaction.
import type { Actor } from "../auth/actor";
import { diffFields, recordAudit } from "../audit/record";
import type { Db, Tx } from "../db/client";
import { AppError } from "../errors";
import {
  assertTextEditable,
  assertVersion,
  bumpVersion,
  lockConvention,
  requireConvention,
  type LockedConvention,
} from "./access";
import { sanitizeRichText } from "./rich-text";
import type { SaveAnnexData, SaveSignatoryData, UpdateConventionData } from "./schemas";

type Ctx = {
  tx: Tx;
  convention: LockedConvention;
  audit: (entry: {
    entity: string;
    entityId: string;
    action: string;
    changes?: Record<string, unknown>;
  }) => Promise<void>;
};

/** The common frame of every text edit. */
export async function editConvention<T>(
  db: Db,
  actor: Actor,
  conventionId: string,
  expectedVersion: number,
  change: (ctx: Ctx) => Promise<T>,
): Promise<T & { version: number }> {
  const { scope } = await requireConvention(db, actor, conventionId, "convention.edit");
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, conventionId, scope.territory.id);
    assertTextEditable(convention);
    assertVersion(convention, expectedVersion);
    const result = await change({
      tx,
      convention,
      audit: (entry) =>
        recordAudit(tx, {
          actorId: actor.id,
          caisseId: scope.territory.caisseId,
          territoryId: scope.territory.id,
          ...entry,
        }),
    });
    return { ...result, version: await bumpVersion(tx, convention) };
  });
}

export async function updateConvention(db: Db, actor: Actor, input: UpdateConventionData) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const before = await tx.convention.findUniqueOrThrow({ where: { id: convention.id } });
    const next = {
      title: input.title,
      startDate: input.startDate,
      endDate: input.endDate,
      place: input.place,
      copies: input.copies,
    };
    await tx.convention.update({ where: { id: convention.id }, data: next });
    await audit({
      entity: "Convention",
      entityId: convention.id,
      action: "convention.update",
      changes: diffFields(before, next),
    });
    return {};
  });
}

async function loadSignatory(tx: Tx, conventionId: string, signatoryId: string) {
  const signatory = await tx.signatory.findFirst({ where: { id: signatoryId, conventionId } });
  if (!signatory) throw new AppError("NOT_FOUND", "Signataire introuvable.");
  return signatory;
}

export async function saveSignatory(db: Db, actor: Actor, input: SaveSignatoryData) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    // The organisation must belong to the territory's caisse directory.
    const territory = await tx.territory.findUniqueOrThrow({
      where: { id: convention.territoryId },
      select: { caisseId: true },
    });
    const organisation = await tx.organisation.findFirst({
      where: { id: input.organisationId, caisseId: territory.caisseId },
    });
    if (!organisation) throw new AppError("NOT_FOUND", "Organisation introuvable.");
    const data = {
      organisationId: input.organisationId,
      bodyLabel: input.bodyLabel,
      representativeName: input.representativeName,
      representativeTitle: input.representativeTitle,
      representationText: input.representationText,
      designation: input.designation,
      mustDeliberate: input.mustDeliberate,
    };
    if (input.signatoryId) {
      const before = await loadSignatory(tx, convention.id, input.signatoryId);
      await tx.signatory.update({ where: { id: before.id }, data });
      await audit({
        entity: "Signatory",
        entityId: before.id,
        action: "signatory.update",
        changes: diffFields(before, data),
      });
      return { signatoryId: before.id };
    }
    const last = await tx.signatory.aggregate({ where: { conventionId: convention.id }, _max: { position: true } });
    const created = await tx.signatory.create({
      data: { ...data, conventionId: convention.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit({
      entity: "Signatory",
      entityId: created.id,
      action: "signatory.create",
      changes: diffFields({}, data),
    });
    return { signatoryId: created.id };
  });
}

export async function removeSignatory(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; signatoryId: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const signatory = await loadSignatory(tx, convention.id, input.signatoryId);
    await tx.signatory.delete({ where: { id: signatory.id } });
    await renumber(tx, "signatory", convention.id);
    await audit({
      entity: "Signatory",
      entityId: signatory.id,
      action: "signatory.delete",
      changes: {
        bodyLabel: { old: signatory.bodyLabel, new: null },
        representativeName: { old: signatory.representativeName, new: null },
      },
    });
    return {};
  });
}

export async function moveSignatory(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; signatoryId: string; direction: "up" | "down" },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const signatory = await loadSignatory(tx, convention.id, input.signatoryId);
    const all = await tx.signatory.findMany({
      where: { conventionId: convention.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const moved = await swap(
      tx,
      "signatory",
      all.map((s) => s.id),
      signatory.id,
      input.direction,
    );
    if (moved)
      await audit({
        entity: "Signatory",
        entityId: signatory.id,
        action: "signatory.move",
        changes: { position: moved },
      });
    return {};
  });
}

export async function addArticle(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; kind: "VISA" | "ARTICLE"; title: string; body: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const last = await tx.article.aggregate({
      where: { conventionId: convention.id, kind: input.kind },
      _max: { position: true },
    });
    const body = sanitizeRichText(input.body);
    const title = input.kind === "ARTICLE" ? input.title || "Nouvel article" : "";
    const article = await tx.article.create({
      data: { conventionId: convention.id, kind: input.kind, position: (last._max.position ?? 0) + 1, title, body },
    });
    await tx.articleRevision.create({ data: { articleId: article.id, version: 1, title, body, authorId: actor.id } });
    await audit({
      entity: "Article",
      entityId: article.id,
      action: "article.create",
      changes: { title: { old: null, new: title } },
    });
    return { articleId: article.id };
  });
}

async function loadArticle(tx: Tx, conventionId: string, articleId: string) {
  const article = await tx.article.findFirst({ where: { id: articleId, conventionId } });
  if (!article) throw new AppError("NOT_FOUND", "Article introuvable.");
  return article;
}

export async function moveArticle(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; articleId: string; direction: "up" | "down" },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const article = await loadArticle(tx, convention.id, input.articleId);
    if (article.kind === "PREAMBLE") throw new AppError("INVALID_STATE", "Le préambule ne se déplace pas.");
    const all = await tx.article.findMany({
      where: { conventionId: convention.id, kind: article.kind },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const moved = await swap(
      tx,
      "article",
      all.map((a) => a.id),
      article.id,
      input.direction,
    );
    if (moved)
      await audit({ entity: "Article", entityId: article.id, action: "article.move", changes: { position: moved } });
    return {};
  });
}

export async function removeArticle(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; articleId: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const article = await loadArticle(tx, convention.id, input.articleId);
    if (article.kind === "PREAMBLE") throw new AppError("INVALID_STATE", "Le préambule ne peut pas être supprimé.");
    await tx.article.delete({ where: { id: article.id } });
    await renumber(tx, "article", convention.id, article.kind);
    await audit({
      entity: "Article",
      entityId: article.id,
      action: "article.delete",
      changes: { title: { old: article.title, new: null }, body: { old: article.body, new: null } },
    });
    return {};
  });
}

export async function saveAnnex(
  db: Db,
  actor: Actor,
  input: SaveAnnexData & { file?: { name: string; mime: string; data: Uint8Array } },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const duplicate = await tx.annex.findFirst({
      where: { conventionId: convention.id, code: input.code, NOT: input.annexId ? { id: input.annexId } : undefined },
    });
    if (duplicate) throw new AppError("CONFLICT", `Une annexe porte déjà le code ${input.code}.`);
    const data = {
      code: input.code,
      title: input.title,
      content: input.content,
      body: input.content === "TEXT" && input.body ? sanitizeRichText(input.body) : null,
      ...(input.file
        ? { fileName: input.file.name, fileMime: input.file.mime, fileData: Buffer.from(input.file.data) }
        : {}),
    };
    if (input.annexId) {
      const before = await tx.annex.findFirst({ where: { id: input.annexId, conventionId: convention.id } });
      if (!before) throw new AppError("NOT_FOUND", "Annexe introuvable.");
      if (data.content === "FILE" && !input.file && !before.fileData)
        throw new AppError("INVALID_INPUT", "Joignez le fichier PDF ou DOCX de l'annexe.");
      await tx.annex.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
      const { fileData: _ignored, ...auditable } = data as typeof data & { fileData?: unknown };
      await audit({
        entity: "Annex",
        entityId: before.id,
        action: "annex.update",
        changes: diffFields(before, auditable),
      });
      return { annexId: before.id };
    }
    if (data.content === "FILE" && !input.file)
      throw new AppError("INVALID_INPUT", "Joignez le fichier PDF ou DOCX de l'annexe.");
    const last = await tx.annex.aggregate({ where: { conventionId: convention.id }, _max: { position: true } });
    const created = await tx.annex.create({
      data: { ...data, conventionId: convention.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit({
      entity: "Annex",
      entityId: created.id,
      action: "annex.create",
      changes: { code: { old: null, new: input.code }, title: { old: null, new: input.title } },
    });
    return { annexId: created.id };
  });
}

export async function removeAnnex(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; annexId: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const annex = await tx.annex.findFirst({ where: { id: input.annexId, conventionId: convention.id } });
    if (!annex) throw new AppError("NOT_FOUND", "Annexe introuvable.");
    await tx.annex.delete({ where: { id: annex.id } });
    await audit({
      entity: "Annex",
      entityId: annex.id,
      action: "annex.delete",
      changes: { code: { old: annex.code, new: null }, title: { old: annex.title, new: null } },
    });
    return {};
  });
}

/** Swaps an item with its neighbour; returns { old, new } positions, or null at the edge. */
async function swap(
  tx: Tx,
  model: "article" | "signatory",
  orderedIds: string[],
  id: string,
  direction: "up" | "down",
) {
  const index = orderedIds.indexOf(id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= orderedIds.length) return null;
  [orderedIds[index], orderedIds[target]] = [orderedIds[target], orderedIds[index]];
  await writePositions(tx, model, orderedIds);
  return { old: index + 1, new: target + 1 };
}

async function renumber(tx: Tx, model: "article" | "signatory", conventionId: string, kind?: "VISA" | "ARTICLE") {
  const rows =
    model === "article"
      ? await tx.article.findMany({ where: { conventionId, kind }, orderBy: { position: "asc" }, select: { id: true } })
      : await tx.signatory.findMany({ where: { conventionId }, orderBy: { position: "asc" }, select: { id: true } });
  await writePositions(
    tx,
    model,
    rows.map((r) => r.id),
  );
}

async function writePositions(tx: Tx, model: "article" | "signatory", orderedIds: string[]) {
  for (const [index, id] of orderedIds.entries()) {
    if (model === "article") await tx.article.update({ where: { id }, data: { position: index + 1 } });
    else await tx.signatory.update({ where: { id }, data: { position: index + 1 } });
  }
}
