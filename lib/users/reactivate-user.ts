// Gives back the roles a deactivation suspended in this caisse; reactivates the account when it was deactivated
// from here (the person holds no role in another caisse). An account deactivated while it also belongs to other
// caisses stays as it is: this caisse cannot reopen access elsewhere.
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditForCaisse } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { lockCaisse } from "./caisse-lock";
import type { UserRef } from "./schemas";

export async function reactivateUser(db: Db, actor: Actor, input: UserRef) {
  requireCaisse(actor, input.caisseId, "user.manage");
  return db.$transaction(async (tx) => {
    await lockCaisse(tx, input.caisseId);
    const user = await tx.user.findFirst({
      where: { id: input.userId, memberships: { some: { caisseId: input.caisseId } } },
      select: { id: true, isActive: true, isPlatformOperator: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "Personne introuvable.");
    const { count } = await tx.membership.updateMany({
      where: { userId: user.id, caisseId: input.caisseId, suspendedAt: { not: null } },
      data: { suspendedAt: null },
    });
    const elsewhere = await tx.membership.count({ where: { userId: user.id, caisseId: { not: input.caisseId } } });
    const reopen = !user.isActive && elsewhere === 0 && !user.isPlatformOperator;
    if (count === 0 && !reopen) throw new AppError("INVALID_STATE", "Ce compte est déjà actif dans la caisse.");
    if (reopen) await tx.user.update({ where: { id: user.id }, data: { isActive: true } });
    await auditForCaisse(tx, actor, input.caisseId)("User", user.id, "user.reactivate", {
      scope: reopen ? "account" : "caisse",
      restoredRoles: count,
    });
    return { userId: user.id };
  });
}
