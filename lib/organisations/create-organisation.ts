import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditForCaisse } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { CreateOrganisationData } from "./schemas";
import { checkPartnerTerritory } from "./territory-of-partner";

/** Adds a partner to the caisse's directory, caisse-wide or attached to one of its territories. */
export async function createOrganisation(db: Db, actor: Actor, input: CreateOrganisationData) {
  requireCaisse(actor, input.caisseId, "organisation.manage");
  if (input.kind === "CAISSE")
    throw new AppError("INVALID_INPUT", "La caisse a déjà sa fiche dans l'annuaire : choisissez un autre type.");
  return db.$transaction(async (tx) => {
    await checkPartnerTerritory(tx, input.caisseId, input.territoryId);
    const { caisseId, ...data } = input;
    const organisation = await tx.organisation.create({ data: { caisseId, ...data }, select: { id: true } });
    await auditForCaisse(tx, actor, caisseId)("Organisation", organisation.id, "organisation.create", data);
    return { id: organisation.id };
  });
}
