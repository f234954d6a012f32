import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditForCaisse, diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { UpdateOrganisationData } from "./schemas";
import { checkPartnerTerritory } from "./territory-of-partner";

const NOT_FOUND = "Partenaire introuvable.";

/** Edits a partner of the caisse's directory; a save based on an older version is refused (CONFLICT). */
export async function updateOrganisation(db: Db, actor: Actor, input: UpdateOrganisationData) {
  try {
    requireCaisse(actor, input.caisseId, "organisation.manage");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", NOT_FOUND);
    throw error;
  }
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({ where: { id: input.organisationId, caisseId: input.caisseId } });
    if (!before) throw new AppError("NOT_FOUND", NOT_FOUND);
    await checkPartnerTerritory(tx, input.caisseId, input.territoryId);
    if (before.kind === "CAISSE" && input.kind !== "CAISSE")
      throw new AppError("INVALID_INPUT", "La caisse reste de type « Caisse » dans son propre annuaire.");
    const next = {
      kind: input.kind,
      name: input.name,
      shortName: input.shortName,
      siren: input.siren,
      territoryId: input.territoryId,
    };
    const { count } = await tx.organisation.updateMany({
      where: { id: before.id, caisseId: input.caisseId, version: input.version },
      data: { ...next, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        "Ce partenaire a été modifié par quelqu'un d'autre entre-temps : rechargez la page pour voir ses nouvelles valeurs.",
      );
    await auditForCaisse(tx, actor, input.caisseId)(
      "Organisation",
      before.id,
      "organisation.update",
      diffFields(before, next),
    );
    return { version: input.version + 1 };
  });
}
