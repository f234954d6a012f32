import type { Actor } from "../auth/actor";
import { requireTerritory } from "../auth/scope";
import { auditFor } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { formatDate } from "../format";
import { buildModelConvention } from "./convention-template";
import { defaultPeriodEnd, renewalStart } from "./in-force";
import type { CreateConventionData } from "./schemas";

/**
 * Creates a draft convention for a territory, either from the model (caisse and EPCI as first signatories) or as
 * the next edition of an existing one (signatories, articles, annexes, axes and fiches copied, linked to it). A
 * renewal's period defaults to the day after the previous edition ends (or the day its termination takes effect)
 * and five years from there.
 */
export async function createConvention(db: Db, actor: Actor, input: CreateConventionData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "convention.edit");
  const territory = await db.territory.findUniqueOrThrow({
    where: { id: scope.territory.id },
    select: {
      id: true,
      name: true,
      caisseId: true,
      epciOrganisation: true,
      caisse: { select: { name: true, shortName: true, kind: true } },
    },
  });

  return db.$transaction(async (tx) => {
    let conventionId: string;
    if (input.mode === "renewal") {
      // The previous edition is loaded with the territory in the WHERE: a foreign id is simply not found.
      const previous = await tx.convention.findFirst({
        where: { id: input.previousConventionId!, territoryId: territory.id },
        include: {
          signatories: { orderBy: { position: "asc" } },
          articles: true,
          annexes: true,
          axes: { orderBy: { position: "asc" }, include: { fiches: true } },
          nextEdition: { select: { id: true } },
        },
      });
      if (!previous) throw new AppError("NOT_FOUND", "Convention à renouveler introuvable.");
      if (previous.nextEdition) throw new AppError("INVALID_STATE", "Cette convention a déjà été renouvelée.");
      const startDate = input.startDate ?? renewalStart(previous);
      const endDate = input.endDate ?? defaultPeriodEnd(startDate);
      if (endDate <= startDate)
        throw new AppError(
          "INVALID_INPUT",
          `La date de fin doit suivre la date de début (le ${formatDate(startDate)}, lendemain de la fin de la convention renouvelée).`,
        );
      const created = await tx.convention.create({
        data: {
          territoryId: territory.id,
          title: input.title,
          edition: previous.edition + 1,
          startDate,
          endDate,
          place: input.place ?? previous.place,
          copies: previous.copies,
          annualFunding: previous.annualFunding,
          previousEditionId: previous.id,
          signatories: {
            create: previous.signatories.map((s) => ({
              organisationId: s.organisationId,
              position: s.position,
              bodyLabel: s.bodyLabel,
              representativeName: s.representativeName,
              representativeTitle: s.representativeTitle,
              representationText: s.representationText,
              designation: s.designation,
              mustDeliberate: s.mustDeliberate,
            })),
          },
          articles: {
            create: previous.articles.map((a) => ({
              kind: a.kind,
              position: a.position,
              title: a.title,
              body: a.body,
            })),
          },
          annexes: {
            create: previous.annexes.map((a) => ({
              code: a.code,
              title: a.title,
              position: a.position,
              content: a.content,
              body: a.body,
              fileName: a.fileName,
              fileMime: a.fileMime,
              fileData: a.fileData,
            })),
          },
        },
      });
      for (const axis of previous.axes) {
        const newAxis = await tx.axis.create({
          data: { conventionId: created.id, position: axis.position, title: axis.title },
        });
        for (const fiche of axis.fiches) {
          await tx.ficheAction.create({
            data: {
              territoryId: territory.id,
              conventionId: created.id,
              axisId: newAxis.id,
              number: fiche.number,
              title: fiche.title,
              themes: fiche.themes,
              findings: fiche.findings,
              generalObjective: fiche.generalObjective,
              operationalObjectives: fiche.operationalObjectives,
              description: fiche.description,
              targetPublic: fiche.targetPublic,
              pilotOrganisationId: fiche.pilotOrganisationId,
              copilotOrganisationId: fiche.copilotOrganisationId,
              fte: fiche.fte,
              priority: fiche.priority,
            },
          });
        }
      }
      conventionId = created.id;
    } else {
      const { startDate, endDate } = input;
      if (!startDate || !endDate) throw new AppError("INVALID_INPUT", "Indiquez les dates de début et de fin.");
      const caisseOrg = await tx.organisation.findFirst({ where: { caisseId: territory.caisseId, kind: "CAISSE" } });
      const caisseDesignation = territory.caisse.kind === "CCSS" ? "la CCSS" : "la Caf";
      const epciDesignation = territory.epciOrganisation ? `la communauté de communes ${territory.name}` : null;
      const model = buildModelConvention({
        caisseDesignation,
        caisseName: territory.caisse.name,
        territoryName: territory.name,
        startDate,
        endDate,
        partnerDesignations: epciDesignation ? [epciDesignation] : [],
      });
      const last = await tx.convention.aggregate({ where: { territoryId: territory.id }, _max: { edition: true } });
      const signatories = [
        ...(caisseOrg
          ? [
              {
                organisationId: caisseOrg.id,
                bodyLabel: `La ${territory.caisse.shortName}`.replace("La CAF", "La Caf"),
                representativeName: "…",
                representativeTitle: "Le Président",
                designation: caisseDesignation,
                mustDeliberate: false,
              },
              {
                organisationId: caisseOrg.id,
                bodyLabel: `La ${territory.caisse.shortName}`.replace("La CAF", "La Caf"),
                representativeName: "…",
                representativeTitle: "Le Directeur",
                designation: caisseDesignation,
                mustDeliberate: false,
              },
            ]
          : []),
        ...(territory.epciOrganisation
          ? [
              {
                organisationId: territory.epciOrganisation.id,
                bodyLabel: territory.epciOrganisation.name,
                representativeName: "…",
                representativeTitle: "Le Président",
                designation: epciDesignation!,
                mustDeliberate: true,
              },
            ]
          : []),
      ];
      const created = await tx.convention.create({
        data: {
          territoryId: territory.id,
          title: input.title,
          edition: (last._max.edition ?? 0) + 1,
          startDate,
          endDate,
          place: input.place,
          articles: {
            create: [
              ...model.visas.map((body, index) => ({ kind: "VISA" as const, position: index + 1, title: "", body })),
              { kind: "PREAMBLE" as const, position: 1, title: "Préambule", body: model.preamble },
              ...model.articles.map((article, index) => ({
                kind: "ARTICLE" as const,
                position: index + 1,
                title: article.title,
                body: article.body,
              })),
            ],
          },
          annexes: { create: model.annexes.map((annex, index) => ({ ...annex, position: index + 1 })) },
          signatories: { create: signatories.map((s, index) => ({ ...s, position: index + 1 })) },
        },
      });
      conventionId = created.id;
    }
    // Version 1 of every article opens its history.
    const articles = await tx.article.findMany({
      where: { conventionId },
      select: { id: true, title: true, body: true },
    });
    await tx.articleRevision.createMany({
      data: articles.map((a) => ({ articleId: a.id, version: 1, title: a.title, body: a.body, authorId: actor.id })),
    });
    await auditFor(tx, actor, scope)("Convention", conventionId, "convention.create", {
      mode: input.mode,
      title: input.title,
      previousConventionId: input.previousConventionId,
    });
    return { conventionId };
  });
}
