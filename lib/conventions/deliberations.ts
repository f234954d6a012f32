import type { Actor } from "../auth/actor";
import { auditFor, diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertAcceptsDeliberations, assertVersion, lockConvention, requireConvention } from "./access";
import type { SaveDeliberationData } from "./schemas";

/** Records (or corrects) the deliberation of one signatory's assembly on the validated text. */
export async function saveDeliberation(db: Db, actor: Actor, input: SaveDeliberationData) {
  const { scope } = await requireConvention(db, actor, input.conventionId, "convention.sign");
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, input.conventionId, scope.territory.id);
    assertAcceptsDeliberations(convention);
    assertVersion(convention, input.version);
    const signatory = await tx.signatory.findFirst({ where: { id: input.signatoryId, conventionId: convention.id } });
    if (!signatory) throw new AppError("NOT_FOUND", "Signataire introuvable.");
    if (signatory.signedAt)
      throw new AppError("INVALID_STATE", "Ce signataire a déjà signé : sa délibération ne peut plus être modifiée.");
    const { conventionId: _c, version: _v, signatoryId: _s, ...fields } = input;
    const existing = await tx.deliberation.findFirst({ where: { signatoryId: signatory.id, avenantId: null } });
    if (existing) await tx.deliberation.update({ where: { id: existing.id }, data: fields });
    else await tx.deliberation.create({ data: { ...fields, signatoryId: signatory.id } });
    await tx.convention.update({ where: { id: convention.id }, data: { version: { increment: 1 } } });
    await auditFor(tx, actor, scope)(
      "Deliberation",
      signatory.id,
      existing ? "deliberation.update" : "deliberation.create",
      diffFields(existing ?? {}, fields),
    );
    return { version: convention.version + 1 };
  });
}
