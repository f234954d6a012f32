// Changes one role of a person of this caisse (the role, its territory, its organisation). Takes effect at the
// person's next request: every request reloads the memberships (lib/auth/actor.ts).
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditForCaisse, diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertAdminLeft, assertScopeInCaisse, lockCaisse } from "./caisse-lock";
import type { ChangeMembershipData } from "./schemas";

export async function changeMembership(db: Db, actor: Actor, input: ChangeMembershipData) {
  requireCaisse(actor, input.caisseId, "user.manage");
  return db.$transaction(async (tx) => {
    await lockCaisse(tx, input.caisseId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId, caisseId: input.caisseId } });
    if (!membership) throw new AppError("NOT_FOUND", "Rôle introuvable.");
    if (membership.role !== input.currentRole)
      throw new AppError("CONFLICT", "Ce rôle a été modifié entre-temps : rechargez la page.");
    await assertScopeInCaisse(tx, input.caisseId, input);
    const next = { role: input.role, territoryId: input.territoryId, organisationId: input.organisationId };
    const duplicate = await tx.membership.findFirst({
      where: { userId: membership.userId, caisseId: input.caisseId, ...next, id: { not: membership.id } },
    });
    if (duplicate) throw new AppError("CONFLICT", "Cette personne a déjà ce rôle.");
    const changes = diffFields(membership, next);
    if (Object.keys(changes).length === 0) return { membershipId: membership.id };
    await tx.membership.update({ where: { id: membership.id }, data: next });
    if (membership.role === "CAISSE_ADMIN") await assertAdminLeft(tx, input.caisseId);
    await auditForCaisse(tx, actor, input.caisseId)("Membership", membership.id, "membership.update", {
      userId: membership.userId,
      ...changes,
    });
    return { membershipId: membership.id };
  });
}
