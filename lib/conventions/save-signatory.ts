import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editConvention, loadSignatory } from "./access";
import type { SaveSignatoryData } from "./schemas";

/** Creates or edits a signatory; its organisation must be in the caisse's directory. */
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
      await audit("Signatory", before.id, "signatory.update", diffFields(before, data));
      return { signatoryId: before.id };
    }
    const last = await tx.signatory.aggregate({ where: { conventionId: convention.id }, _max: { position: true } });
    const created = await tx.signatory.create({
      data: { ...data, conventionId: convention.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit("Signatory", created.id, "signatory.create", diffFields({}, data));
    return { signatoryId: created.id };
  });
}
