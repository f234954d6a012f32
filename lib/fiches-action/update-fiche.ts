import type { Actor } from "../auth/actor";
import { auditFor, diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertMayEditFiche, requireFicheForEdit } from "./access";
import { checkReferences, ficheData } from "./fiche-writes";
import type { UpdateFicheData } from "./schemas";
import { ficheAssigned } from "../notifications/events";

/** The fields, communes and partners of a fiche, on the version it was loaded with. */
export async function updateFiche(db: Db, actor: Actor, input: UpdateFicheData) {
  const { scope, fiche } = await requireFicheForEdit(db, actor, input.ficheId);
  return db.$transaction(async (tx) => {
    await checkReferences(tx, scope.territory, fiche.conventionId, input);
    const before = await tx.ficheAction.findUniqueOrThrow({
      where: { id: fiche.id },
      include: { communes: true, partners: true },
    });
    if (
      before.number !== input.number &&
      (await tx.ficheAction.findFirst({ where: { conventionId: fiche.conventionId, number: input.number } }))
    ) {
      throw new AppError("CONFLICT", `Une fiche porte déjà le numéro ${input.number}.`);
    }
    // A pilot contributor may not hand the fiche over to another organisation and keep editing it.
    assertMayEditFiche(actor, scope, { pilotOrganisationId: input.pilotOrganisationId });
    const data = ficheData(input);
    const updated = await tx.ficheAction.updateMany({
      where: { id: fiche.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Cette fiche a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour voir la dernière version.",
      );
    await tx.ficheCommune.deleteMany({ where: { ficheId: fiche.id } });
    await tx.ficheCommune.createMany({ data: input.communeIds.map((communeId) => ({ ficheId: fiche.id, communeId })) });
    await tx.fichePartner.deleteMany({ where: { ficheId: fiche.id } });
    await tx.fichePartner.createMany({
      data: input.partnerIds.map((organisationId) => ({ ficheId: fiche.id, organisationId })),
    });
    const changes = diffFields(
      {
        ...before,
        communeIds: before.communes.map((c) => c.communeId).sort(),
        partnerIds: before.partners.map((p) => p.organisationId).sort(),
      } as Record<string, unknown>,
      { ...data, communeIds: [...input.communeIds].sort(), partnerIds: [...input.partnerIds].sort() },
    );
    await auditFor(tx, actor, scope)("FicheAction", fiche.id, "fiche.update", changes);
    if (input.pilotOrganisationId && input.pilotOrganisationId !== before.pilotOrganisationId)
      await ficheAssigned(tx, actor.id, { ...before, ...data });
    return { version: input.version + 1 };
  });
}
