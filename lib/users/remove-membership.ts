// Removes one role of a person of this caisse; the last active admin of the caisse cannot be removed (not even by
// themself). Access ends at the person's next request.
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditForCaisse } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertAdminLeft, lockCaisse } from "./caisse-lock";
import type { MembershipRef } from "./schemas";

export async function removeMembership(db: Db, actor: Actor, input: MembershipRef) {
  requireCaisse(actor, input.caisseId, "user.manage");
  await db.$transaction(async (tx) => {
    await lockCaisse(tx, input.caisseId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId, caisseId: input.caisseId } });
    if (!membership) throw new AppError("NOT_FOUND", "Rôle introuvable.");
    await tx.membership.delete({ where: { id: membership.id } });
    if (membership.role === "CAISSE_ADMIN") await assertAdminLeft(tx, input.caisseId);
    await auditForCaisse(tx, actor, input.caisseId)("Membership", membership.id, "membership.delete", {
      userId: membership.userId,
      role: membership.role,
      territoryId: membership.territoryId,
      organisationId: membership.organisationId,
    });
  });
  return { membershipId: input.membershipId };
}
