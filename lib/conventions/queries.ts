import "server-only";
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import { countsBy } from "../db/counts";
import { AppError } from "../errors";
import { CONVENTION_NOT_FOUND } from "./access";
import { loadFieldValues, territoryForFields } from "./field-values";
import { conventionFieldValues } from "./fields";

/** Every query here takes the territory scope and puts its id in the WHERE clause. */
export async function listConventions(db: Db, scope: TerritoryScope) {
  const conventions = await db.convention.findMany({
    where: { territoryId: scope.territory.id },
    orderBy: { edition: "desc" },
    select: {
      id: true,
      title: true,
      edition: true,
      status: true,
      startDate: true,
      endDate: true,
      terminatedAt: true,
      nextEdition: { select: { id: true } },
    },
  });
  const ids = conventions.map((c) => c.id);
  const [signatories, articles] = await Promise.all([
    db.signatory.groupBy({ by: ["conventionId"], where: { conventionId: { in: ids } }, _count: { _all: true } }),
    db.article.groupBy({ by: ["conventionId"], where: { conventionId: { in: ids } }, _count: { _all: true } }),
  ]);
  const signatoriesOf = countsBy(signatories, "conventionId");
  const articlesOf = countsBy(articles, "conventionId");
  return conventions.map((c) => ({ ...c, _count: { signatories: signatoriesOf(c.id), articles: articlesOf(c.id) } }));
}

export async function getConvention(db: Db, scope: TerritoryScope, conventionId: string) {
  const convention = await db.convention.findFirst({
    where: { id: conventionId, territoryId: scope.territory.id },
    select: {
      id: true,
      title: true,
      edition: true,
      status: true,
      version: true,
      startDate: true,
      endDate: true,
      place: true,
      copies: true,
      signatureDate: true,
      signedAt: true,
      signedPdfSha256: true,
      signedFileMime: true,
      terminatedAt: true,
      annualFunding: true,
      territory: territoryForFields,
      previousEdition: { select: { id: true, edition: true } },
      nextEdition: { select: { id: true, edition: true } },
      signatories: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          bodyLabel: true,
          representativeName: true,
          representativeTitle: true,
          representationText: true,
          designation: true,
          mustDeliberate: true,
          signedAt: true,
          signerName: true,
          organisation: { select: { id: true, name: true, kind: true } },
          deliberations: { where: { avenantId: null } },
        },
      },
      articles: {
        orderBy: [{ kind: "asc" }, { position: "asc" }],
        select: { id: true, kind: true, position: true, title: true, body: true, version: true, updatedAt: true },
      },
      annexes: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          code: true,
          title: true,
          content: true,
          body: true,
          fileName: true,
          fileMime: true,
          version: true,
          signatoryId: true,
        },
      },
      avenants: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, object: true, status: true, date: true, signedPdfSha256: true },
      },
    },
  });
  if (!convention) throw new AppError("NOT_FOUND", CONVENTION_NOT_FOUND);
  return { ...convention, fields: conventionFieldValues(convention) };
}

export type ConventionDetail = Awaited<ReturnType<typeof getConvention>>;

export async function getArticleForEdit(db: Db, scope: TerritoryScope, conventionId: string, articleId: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, conventionId, convention: { territoryId: scope.territory.id } },
    select: {
      id: true,
      kind: true,
      position: true,
      title: true,
      body: true,
      version: true,
      convention: { select: { id: true, title: true, status: true } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article introuvable.");
  return { ...article, fields: await loadFieldValues(db, conventionId, scope.territory.id) };
}

export async function getArticleHistory(db: Db, scope: TerritoryScope, conventionId: string) {
  const articles = await db.article.findMany({
    where: { conventionId, convention: { territoryId: scope.territory.id } },
    orderBy: [{ kind: "asc" }, { position: "asc" }],
    select: {
      id: true,
      kind: true,
      position: true,
      title: true,
      revisions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, title: true, body: true, authorId: true, createdAt: true },
      },
    },
  });
  const authorIds = [
    ...new Set(articles.flatMap((a) => a.revisions.map((r) => r.authorId)).filter((id): id is string => !!id)),
  ];
  const authors = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  return articles.map((article) => ({
    ...article,
    revisions: article.revisions.map((r) => ({
      ...r,
      authorName: r.authorId ? (nameOf.get(r.authorId) ?? "—") : "Reprise initiale",
    })),
  }));
}

/** Audited changes of the convention's fields, signatories, deliberations and annexes (articles have revisions). */
export async function listFieldChanges(db: Db, scope: TerritoryScope, conventionId: string) {
  const [signatories, annexes] = await Promise.all([
    db.signatory.findMany({
      where: { conventionId, convention: { territoryId: scope.territory.id } },
      select: { id: true },
    }),
    db.annex.findMany({
      where: { conventionId, convention: { territoryId: scope.territory.id } },
      select: { id: true },
    }),
  ]);
  const entityIds = [conventionId, ...signatories.map((s) => s.id), ...annexes.map((a) => a.id)];
  return db.auditEvent.findMany({
    where: { territoryId: scope.territory.id, entityId: { in: entityIds } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, createdAt: true, action: true, entity: true, changes: true, actor: { select: { name: true } } },
  });
}

export async function listCaisseOrganisations(db: Db, scope: TerritoryScope) {
  return db.organisation.findMany({
    where: { caisseId: scope.territory.caisseId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true },
  });
}

/** The convention's signed PDF (if any), found within the territory: for the PDF download. */
export async function getConventionPdf(db: Db, scope: TerritoryScope, conventionId: string) {
  const convention = await db.convention.findFirst({
    where: { id: conventionId, territoryId: scope.territory.id },
    select: { id: true, edition: true, signedPdf: true, signedFileMime: true },
  });
  if (!convention) throw new AppError("NOT_FOUND", CONVENTION_NOT_FOUND);
  return convention;
}

/** The id of a convention of the territory (NOT_FOUND otherwise). */
export async function requireConventionId(db: Db, scope: TerritoryScope, conventionId: string) {
  const convention = await db.convention.findFirst({
    where: { id: conventionId, territoryId: scope.territory.id },
    select: { id: true },
  });
  if (!convention) throw new AppError("NOT_FOUND", CONVENTION_NOT_FOUND);
  return convention.id;
}

/** An annex of a convention of the territory, with its uploaded file (null when the annex is not found). */
export async function getAnnexFile(db: Db, scope: TerritoryScope, conventionId: string, annexId: string) {
  return db.annex.findFirst({
    where: { id: annexId, conventionId, convention: { territoryId: scope.territory.id } },
    select: { fileName: true, fileMime: true, fileData: true },
  });
}

/** An annex of a convention of the territory, for replacing its file. */
export async function getAnnex(db: Db, scope: TerritoryScope, conventionId: string, annexId: string) {
  const annex = await db.annex.findFirst({
    where: { id: annexId, conventionId, convention: { territoryId: scope.territory.id } },
    select: { id: true, code: true, title: true },
  });
  if (!annex) throw new AppError("NOT_FOUND", "Annexe introuvable.");
  return annex;
}

export async function listAvenants(db: Db, scope: TerritoryScope, conventionId: string) {
  return db.avenant.findMany({
    where: { conventionId, convention: { territoryId: scope.territory.id } },
    orderBy: { number: "asc" },
    include: { changes: { orderBy: { position: "asc" } }, deliberations: true, signatures: true },
  });
}

/** An avenant's signed PDF (if any), found within a convention of the territory: for the PDF download. */
export async function getAvenantPdf(db: Db, scope: TerritoryScope, conventionId: string, avenantId: string) {
  const avenant = await db.avenant.findFirst({
    where: { id: avenantId, conventionId, convention: { territoryId: scope.territory.id } },
    select: { id: true, number: true, signedPdf: true },
  });
  if (!avenant) throw new AppError("NOT_FOUND", "Avenant introuvable.");
  return avenant;
}
