// Deactivates a person in this caisse. The policy: a caisse admin governs access to their own caisse only.
// - Every role the person holds in this caisse is suspended (Membership.suspendedAt): no access to this caisse from
//   the next request on; the roles stay listed, so that a reactivation gives them back.
// - When the person holds no role in any other caisse (and is not a platform operator), the account itself is
//   deactivated (User.isActive) and every session ends at once (revokeSessionsOf).
// - Otherwise the account stays active and the other caisses' roles untouched: an admin of caisse A cannot end
//   anyone's access to caisse B.
// The last active admin of the caisse cannot be deactivated (checked after the change, under the caisse's lock).
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { revokeSessionsOf } from "../auth/sessions";
import { auditForCaisse } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertAdminLeft, lockCaisse } from "./caisse-lock";
import type { UserRef } from "./schemas";

export async function deactivateUser(db: Db, actor: Actor, input: UserRef, now = new Date()) {
  requireCaisse(actor, input.caisseId, "user.manage");
  return db.$transaction(async (tx) => {
    await lockCaisse(tx, input.caisseId);
    const user = await tx.user.findFirst({
      where: { id: input.userId, memberships: { some: { caisseId: input.caisseId } } },
      select: { id: true, isActive: true, isPlatformOperator: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "Personne introuvable.");
    const { count } = await tx.membership.updateMany({
      where: { userId: user.id, caisseId: input.caisseId, suspendedAt: null },
      data: { suspendedAt: now },
    });
    const elsewhere = await tx.membership.count({ where: { userId: user.id, caisseId: { not: input.caisseId } } });
    const wholeAccount = elsewhere === 0 && !user.isPlatformOperator;
    if (count === 0 && (!wholeAccount || !user.isActive))
      throw new AppError("INVALID_STATE", "Ce compte est déjà désactivé dans la caisse.");
    if (wholeAccount) {
      await tx.user.update({ where: { id: user.id }, data: { isActive: false } });
      await revokeSessionsOf(tx, user.id, undefined, now);
    }
    await assertAdminLeft(tx, input.caisseId);
    await auditForCaisse(tx, actor, input.caisseId)("User", user.id, "user.deactivate", {
      scope: wholeAccount ? "account" : "caisse",
      suspendedRoles: count,
    });
    return { userId: user.id, wholeAccount };
  });
}
