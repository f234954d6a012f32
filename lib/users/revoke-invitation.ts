// Revokes a pending invitation of this caisse: its link stops working at once.
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import type { Db } from "../db/client";
import { revokeInvitation } from "../invitations/invitations";
import { lockCaisse } from "./caisse-lock";
import type { InvitationRef } from "./schemas";

export async function revokeCaisseInvitation(db: Db, actor: Actor, input: InvitationRef) {
  requireCaisse(actor, input.caisseId, "user.manage");
  await db.$transaction(async (tx) => {
    await lockCaisse(tx, input.caisseId);
    await revokeInvitation(tx, { id: actor.id, name: actor.name }, input.caisseId, input.invitationId);
  });
  return { invitationId: input.invitationId };
}
