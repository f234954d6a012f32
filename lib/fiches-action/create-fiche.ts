import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { requireTerritoryOfRecord } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { checkReferences, ficheData } from "./fiche-writes";
import type { CreateFicheData } from "./schemas";
import { ficheAssigned } from "../notifications/events";

/** Creates a fiche in a convention's plan, with its first journal entry. */
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
    await auditFor(tx, actor, scope)("FicheAction", fiche.id, "fiche.create", {
      number: input.number,
      title: input.title,
    });
    await ficheAssigned(tx, actor.id, fiche);
    return { ficheId: fiche.id };
  });
}
