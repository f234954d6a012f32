// Avenants: the only way to change a signed convention. Numbered, with their own changes (articles replaced or
// added), deliberations, signatures and sealed PDF. The convention's own rows never change.
import type { Actor } from "../auth/actor";
import type { AuditAction } from "../audit/events";
import { auditFor } from "../audit/record";
import type { Db, Tx } from "../db/client";
import { AppError } from "../errors";
import { formatDate } from "../format";
import type { ConventionPdfData } from "../pdf/convention-document";
import { sha256 } from "../pdf/render-convention";
import { getRenderPool } from "../pdf/render-pool";
import { renderInputVersion } from "../pdf-store/version";
import { requireTerritoryOfRecord } from "../auth/scope";
import { lockConvention, requireConvention } from "./access";
import { formatLegalDate, loadConventionPdfData } from "./pdf-data";
import { richTextToPlain, sanitizeRichText } from "./rich-text";
import type { CreateAvenantData, SaveAvenantChangeData, SaveAvenantDeliberationData, SignAvenantData } from "./schemas";

export const AVENANT_NOT_FOUND = "Avenant introuvable.";

export async function createAvenant(db: Db, actor: Actor, input: CreateAvenantData) {
  const { scope } = await requireConvention(db, actor, input.conventionId, "convention.edit");
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, input.conventionId, scope.territory.id);
    if (convention.status !== "SIGNED")
      throw new AppError("INVALID_STATE", "Un avenant ne s'ajoute qu'à une convention signée et en vigueur.");
    const last = await tx.avenant.aggregate({ where: { conventionId: convention.id }, _max: { number: true } });
    // The signed convention's row never changes, so its version cannot guard this write: the number the form
    // expects does. The same form submitted twice (a double click) is a conflict, not a second avenant.
    if ((last._max.number ?? 0) + 1 !== input.expectedNumber)
      throw new AppError(
        "CONFLICT",
        `L'avenant n° ${input.expectedNumber} a déjà été créé, par vous ou quelqu'un d'autre : rechargez la page.`,
      );
    const avenant = await tx.avenant.create({
      data: {
        conventionId: convention.id,
        number: (last._max.number ?? 0) + 1,
        object: input.object,
        date: input.date,
      },
    });
    await auditFor(tx, actor, scope)("Avenant", avenant.id, "avenant.create", {
      number: avenant.number,
      object: input.object,
    });
    return { avenantId: avenant.id, number: avenant.number };
  });
}

/** Loads an avenant through its convention's territory scope, locks it, and checks its version. */
async function withAvenant<T>(
  db: Db,
  actor: Actor,
  avenantId: string,
  version: number,
  run: (ctx: {
    tx: Tx;
    avenant: { id: string; conventionId: string; status: string; number: number };
    audit: (action: AuditAction, changes?: Record<string, unknown>) => Promise<void>;
  }) => Promise<T>,
) {
  const found = await db.avenant.findUnique({ where: { id: avenantId }, select: { conventionId: true } });
  if (!found) throw new AppError("NOT_FOUND", AVENANT_NOT_FOUND);
  const convention = await db.convention.findUniqueOrThrow({
    where: { id: found.conventionId },
    select: { territoryId: true },
  });
  const scope = await requireTerritoryOfRecord(db, actor, convention.territoryId, "convention.edit", AVENANT_NOT_FOUND);
  return db.$transaction(
    async (tx) => {
      await lockConvention(tx, found.conventionId, scope.territory.id);
      const avenant = await tx.avenant.findFirst({ where: { id: avenantId, conventionId: found.conventionId } });
      if (!avenant) throw new AppError("NOT_FOUND", AVENANT_NOT_FOUND);
      if (avenant.version !== version)
        throw new AppError(
          "CONFLICT",
          "L'avenant a été modifié par quelqu'un d'autre entre-temps : rechargez la page.",
        );
      const result = await run({
        tx,
        avenant,
        audit: (action, changes) => auditFor(tx, actor, scope)("Avenant", avenant.id, action, changes),
      });
      await tx.avenant.update({ where: { id: avenant.id }, data: { version: { increment: 1 } } });
      return { ...result, version: version + 1 };
    },
    { timeout: 60_000 },
  );
}

export async function saveAvenantChange(db: Db, actor: Actor, input: SaveAvenantChangeData) {
  return withAvenant(db, actor, input.avenantId, input.version, async ({ tx, avenant, audit }) => {
    if (avenant.status !== "DRAFT")
      throw new AppError("INVALID_STATE", "L'avenant est validé : ses modifications ne peuvent plus changer.");
    if (input.kind === "REPLACE") {
      const article = await tx.article.findFirst({
        where: { id: input.articleId!, conventionId: avenant.conventionId, kind: "ARTICLE" },
      });
      if (!article) throw new AppError("NOT_FOUND", "Article introuvable.");
    }
    // The article's text as the editor sends it, reduced to the rich-text subset the pages and the PDF know.
    const body = sanitizeRichText(input.body);
    if (!richTextToPlain(body)) throw new AppError("INVALID_INPUT", "Saisissez le texte de l'article.");
    const data = {
      kind: input.kind,
      articleId: input.kind === "REPLACE" ? input.articleId : null,
      title: input.title,
      body,
    };
    if (input.changeId) {
      const change = await tx.avenantChange.findFirst({ where: { id: input.changeId, avenantId: avenant.id } });
      if (!change) throw new AppError("NOT_FOUND", "Modification introuvable.");
      await tx.avenantChange.update({ where: { id: change.id }, data });
      await audit("avenant.change.update", { title: { old: change.title, new: data.title } });
      return { changeId: change.id };
    }
    const last = await tx.avenantChange.aggregate({ where: { avenantId: avenant.id }, _max: { position: true } });
    const change = await tx.avenantChange.create({
      data: { ...data, avenantId: avenant.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit("avenant.change.create", { kind: data.kind, title: data.title });
    return { changeId: change.id };
  });
}

export async function removeAvenantChange(
  db: Db,
  actor: Actor,
  input: { avenantId: string; version: number; changeId: string },
) {
  return withAvenant(db, actor, input.avenantId, input.version, async ({ tx, avenant, audit }) => {
    if (avenant.status !== "DRAFT")
      throw new AppError("INVALID_STATE", "L'avenant est validé : ses modifications ne peuvent plus changer.");
    const change = await tx.avenantChange.findFirst({ where: { id: input.changeId, avenantId: avenant.id } });
    if (!change) throw new AppError("NOT_FOUND", "Modification introuvable.");
    await tx.avenantChange.delete({ where: { id: change.id } });
    await audit("avenant.change.delete", { title: { old: change.title, new: null } });
    return {};
  });
}

export async function validateAvenant(db: Db, actor: Actor, input: { avenantId: string; version: number }) {
  return withAvenant(db, actor, input.avenantId, input.version, async ({ tx, avenant, audit }) => {
    if (avenant.status !== "DRAFT") throw new AppError("INVALID_STATE", "Cet avenant est déjà validé.");
    if ((await tx.avenantChange.count({ where: { avenantId: avenant.id } })) === 0)
      throw new AppError("INVALID_STATE", "Un avenant doit modifier ou ajouter au moins un article.");
    await tx.avenant.update({ where: { id: avenant.id }, data: { status: "VALIDATED" } });
    await audit("avenant.validate", { status: { old: "DRAFT", new: "VALIDATED" } });
    return {};
  });
}

export async function saveAvenantDeliberation(db: Db, actor: Actor, input: SaveAvenantDeliberationData) {
  return withAvenant(db, actor, input.avenantId, input.version, async ({ tx, avenant, audit }) => {
    if (avenant.status !== "VALIDATED")
      throw new AppError("INVALID_STATE", "Les délibérations s'enregistrent sur l'avenant validé et non encore signé.");
    const signatory = await tx.signatory.findFirst({
      where: { id: input.signatoryId, conventionId: avenant.conventionId },
    });
    if (!signatory) throw new AppError("NOT_FOUND", "Signataire introuvable.");
    const { avenantId: _a, version: _v, signatoryId: _s, ...fields } = input;
    const existing = await tx.deliberation.findFirst({ where: { signatoryId: signatory.id, avenantId: avenant.id } });
    if (existing) await tx.deliberation.update({ where: { id: existing.id }, data: fields });
    else await tx.deliberation.create({ data: { ...fields, signatoryId: signatory.id, avenantId: avenant.id } });
    await audit("avenant.deliberation", { signatory: signatory.bodyLabel, number: fields.number });
    return {};
  });
}

/** Renderings of an avenant's sealed PDF tried before giving up, when the data keeps moving while it renders. */
const SEAL_RENDER_TRIES = 3;

/** Thrown inside the signing transaction (rolling it back) when the sealed PDF must first be rendered from `data`. */
class AvenantSealNeedsRendering extends Error {
  constructor(readonly data: ConventionPdfData) {
    super("The avenant's sealed PDF must be rendered first");
  }
}

/**
 * Records one signatory's signature of an avenant; the last one seals it with its PDF. As for a convention
 * (lib/conventions/sign-convention.ts), the PDF is rendered outside any transaction, in the render pool: the first
 * transaction finds it is the last signature, loads the data and rolls back; the PDF is rendered; the transaction
 * runs again and seals only if its data gives the same render version (3 tries).
 */
export async function signAvenant(db: Db, actor: Actor, input: SignAvenantData) {
  let prepared: { version: string; pdf: Uint8Array<ArrayBuffer> } | null = null;
  for (let renders = 0; ; renders++) {
    try {
      return await signAvenantInTransaction(db, actor, input, prepared);
    } catch (error) {
      if (!(error instanceof AvenantSealNeedsRendering)) throw error;
      if (renders === SEAL_RENDER_TRIES) {
        throw new AppError(
          "CONFLICT",
          "L'avenant a été modifié pendant la préparation de son PDF signé. Réessayez d'enregistrer la signature.",
        );
      }
      const render = { kind: "AVENANT" as const, data: error.data };
      prepared = { version: renderInputVersion(render), pdf: await getRenderPool().render(render) };
    }
  }
}

function signAvenantInTransaction(
  db: Db,
  actor: Actor,
  input: SignAvenantData,
  prepared: { version: string; pdf: Uint8Array<ArrayBuffer> } | null,
) {
  return withAvenant(db, actor, input.avenantId, input.version, async ({ tx, avenant, audit }) => {
    if (avenant.status !== "VALIDATED")
      throw new AppError("INVALID_STATE", "Seul un avenant validé et non encore signé peut être signé.");
    const signatory = await tx.signatory.findFirst({
      where: { id: input.signatoryId, conventionId: avenant.conventionId },
    });
    if (!signatory) throw new AppError("NOT_FOUND", "Signataire introuvable.");
    if (await tx.avenantSignature.findFirst({ where: { avenantId: avenant.id, signatoryId: signatory.id } }))
      throw new AppError("INVALID_STATE", "Ce signataire a déjà signé l'avenant.");
    if (
      signatory.mustDeliberate &&
      !(await tx.deliberation.findFirst({ where: { signatoryId: signatory.id, avenantId: avenant.id } }))
    ) {
      throw new AppError(
        "INVALID_STATE",
        "Enregistrez d'abord la délibération de l'assemblée de ce signataire sur l'avenant.",
      );
    }
    await tx.avenantSignature.create({
      data: {
        avenantId: avenant.id,
        signatoryId: signatory.id,
        signedAt: input.signedAt,
        signerName: input.signerName,
      },
    });
    const signatories = await tx.signatory.count({ where: { conventionId: avenant.conventionId } });
    const signatures = await tx.avenantSignature.count({ where: { avenantId: avenant.id } });
    await audit("avenant.sign", {
      signatory: signatory.bodyLabel,
      signedAt: input.signedAt.toISOString().slice(0, 10),
    });
    if (signatures < signatories) return { signed: false, sha256: null };
    const data = await loadAvenantPdfData(tx, avenant.id, true);
    // The PDF rendered before this transaction, if it was rendered from exactly this data; else roll back.
    if (!prepared || prepared.version !== renderInputVersion({ kind: "AVENANT", data })) {
      throw new AvenantSealNeedsRendering(data);
    }
    const pdf = prepared.pdf;
    const hash = sha256(pdf);
    await tx.avenant.update({
      where: { id: avenant.id },
      data: { status: "SIGNED", signedAt: new Date(), signedPdf: pdf, signedPdfSha256: hash, date: input.signedAt },
    });
    await audit("avenant.signed", { status: { old: "VALIDATED", new: "SIGNED" }, sha256: hash });
    return { signed: true, sha256: hash };
  });
}

/** The avenant as a document, in the convention's layout: its object as préambule, one article per change. */
export async function loadAvenantPdfData(db: Db | Tx, avenantId: string, signed?: boolean): Promise<ConventionPdfData> {
  const avenant = await db.avenant.findUniqueOrThrow({
    where: { id: avenantId },
    include: {
      changes: { orderBy: { position: "asc" }, include: { article: true } },
      deliberations: { include: { signatory: { include: { organisation: true } } } },
      signatures: true,
      convention: { include: { articles: { where: { kind: "ARTICLE" }, orderBy: { position: "asc" } } } },
    },
  });
  const base = await loadConventionPdfData(db, avenant.conventionId, { signed: true });
  const isSigned = signed ?? avenant.status === "SIGNED";
  const articleNumber = (articleId: string | null) =>
    avenant.convention.articles.findIndex((a) => a.id === articleId) + 1;
  const signatureOf = (signatoryId: string) => avenant.signatures.find((s) => s.signatoryId === signatoryId);
  const signatories = await db.signatory.findMany({
    where: { conventionId: avenant.conventionId },
    orderBy: { position: "asc" },
  });
  const lastDate = avenant.signatures.reduce<Date | null>(
    (max, s) => (!max || s.signedAt > max ? s.signedAt : max),
    null,
  );
  return {
    ...base,
    title: `Avenant n° ${avenant.number} à la ${base.title.charAt(0).toLowerCase()}${base.title.slice(1)}`,
    isSigned,
    visas: [
      `Vu la ${base.title.charAt(0).toLowerCase()}${base.title.slice(1)} ${base.periodLabel}, signée le ${avenant.convention.signatureDate ? formatDate(avenant.convention.signatureDate) : "…"} ;`,
      ...avenant.deliberations.map(
        (d) =>
          `Vu la délibération n° ${d.number} (${d.assembly}, ${d.signatory.organisation.name}) en date du ${formatLegalDate(d.sessionDate)} ;`,
      ),
    ],
    preamble: `<p>Le présent avenant a pour objet : ${escapeHtml(avenant.object)}</p>`,
    articles: avenant.changes.map((change, index) => ({
      number: index + 1,
      title:
        change.kind === "REPLACE"
          ? `Modification de l'article ${articleNumber(change.articleId)}`
          : `Ajout d'un article à la convention`,
      body:
        (change.kind === "REPLACE"
          ? `<p>L'article ${articleNumber(change.articleId)} de la convention est remplacé par les dispositions suivantes :</p>`
          : `<p>La convention est complétée par l'article suivant :</p>`) +
        `<h3>${escapeHtml(change.title)}</h3>${change.body}`,
    })),
    dateLabel: isSigned && lastDate ? `le ${formatLegalDate(lastDate)},` : null,
    signatureBlocks: signatories.map((s) => ({
      body: s.bodyLabel,
      title: s.representativeTitle,
      name: signatureOf(s.id)?.signerName ?? s.representativeName,
    })),
    annexes: [],
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type AmendedArticle = { id: string; title: string; body: string; amendedBy: number | null };

/**
 * The articles (in order) as amended by `avenants` (signed ones, in number order): replaced texts substituted,
 * added articles appended. Pure, for the convention page and for the basis each avenant's changes compare with.
 */
export function amendArticles(
  articles: { id: string; title: string; body: string }[],
  avenants: {
    number: number;
    changes: { id: string; kind: "REPLACE" | "ADD"; articleId: string | null; title: string; body: string }[];
  }[],
): AmendedArticle[] {
  const amended = articles.map((a) => ({ id: a.id, title: a.title, body: a.body, amendedBy: null as number | null }));
  for (const avenant of avenants) {
    for (const change of avenant.changes) {
      if (change.kind === "REPLACE") {
        const target = amended.find((a) => a.id === change.articleId);
        if (target) Object.assign(target, { title: change.title, body: change.body, amendedBy: avenant.number });
      } else amended.push({ id: change.id, title: change.title, body: change.body, amendedBy: avenant.number });
    }
  }
  return amended;
}

/** The articles as amended by the signed avenants, in order: replaced texts substituted, added articles appended. */
export async function loadAmendedArticles(db: Db, conventionId: string) {
  const [articles, avenants] = await Promise.all([
    db.article.findMany({ where: { conventionId, kind: "ARTICLE" }, orderBy: { position: "asc" } }),
    db.avenant.findMany({
      where: { conventionId, status: "SIGNED" },
      orderBy: { number: "asc" },
      include: { changes: { orderBy: { position: "asc" } } },
    }),
  ]);
  return amendArticles(articles, avenants);
}
