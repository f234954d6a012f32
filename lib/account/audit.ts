// Events about an account itself (password, name, sessions) go to the journal of every caisse the person belongs to.
import { auditForCaisse } from "../audit/record";
import type { AuditAction } from "../audit/events";
import type { Tx } from "../db/client";

export async function auditAccount(tx: Tx, actorId: string | null, userId: string, action: AuditAction) {
  const caisses = await tx.membership.findMany({
    where: { userId },
    select: { caisseId: true },
    distinct: ["caisseId"],
  });
  for (const { caisseId } of caisses)
    await auditForCaisse(tx, actorId ? { id: actorId } : null, caisseId)("User", userId, action);
}
