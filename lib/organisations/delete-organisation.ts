import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditForCaisse } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { DeleteOrganisationData } from "./schemas";

const NOT_FOUND = "Partenaire introuvable.";

/** What refers to a partner, in the words of the refusal message. */
const USES = {
  epciOf: "EPCI d'un territoire",
  signatories: "signataire d'une convention",
  memberships: "rattachement d'un utilisateur",
  invitations: "invitation",
  pilotedFiches: "pilote d'une fiche-action",
  copilotedFiches: "copilote d'une fiche-action",
  partnerOfFiches: "partenaire d'une fiche-action",
  budgetLines: "financeur d'une ligne budgétaire",
  meetingAttendees: "participant à une réunion",
  ownedDecisions: "responsable d'une décision",
} as const;

/**
 * Deletes a partner that nothing refers to (a typo, a duplicate). A partner in use is refused with what uses it:
 * conventions, fiches and minutes keep naming it, and deleting it would rewrite them. The row is locked first, so
 * that a concurrent insert referring to it waits and then fails on its foreign key rather than being orphaned.
 */
export async function deleteOrganisation(db: Db, actor: Actor, input: DeleteOrganisationData) {
  try {
    requireCaisse(actor, input.caisseId, "organisation.manage");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", NOT_FOUND);
    throw error;
  }
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Organisation" WHERE id = ${input.organisationId} AND "caisseId" = ${input.caisseId} FOR UPDATE`;
    if (!locked.length) throw new AppError("NOT_FOUND", NOT_FOUND);
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: input.organisationId },
      select: {
        kind: true,
        name: true,
        version: true,
        _count: {
          select: Object.fromEntries(Object.keys(USES).map((key) => [key, true])) as Record<keyof typeof USES, true>,
        },
      },
    });
    if (organisation.version !== input.version)
      throw new AppError(
        "CONFLICT",
        "Ce partenaire a été modifié entre-temps : rechargez la page avant de le supprimer.",
      );
    if (organisation.kind === "CAISSE")
      throw new AppError("INVALID_STATE", "La caisse elle-même ne peut pas être retirée de son annuaire.");
    const uses = (Object.keys(USES) as (keyof typeof USES)[])
      .filter((key) => organisation._count[key] > 0)
      .map((key) => USES[key]);
    if (uses.length)
      throw new AppError(
        "INVALID_STATE",
        `« ${organisation.name} » ne peut pas être supprimé : il est utilisé (${uses.join(", ")}).`,
      );
    await tx.organisation.delete({ where: { id: input.organisationId } });
    await auditForCaisse(tx, actor, input.caisseId)("Organisation", input.organisationId, "organisation.delete", {
      kind: organisation.kind,
      name: organisation.name,
    });
  });
}
