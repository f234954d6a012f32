// Sends an invitation of this caisse again: a new link valid 7 more days, the previous link stops working.
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import type { Db } from "../db/client";
import { resendInvitation } from "../invitations/invitations";
import { lockCaisse } from "./caisse-lock";
import type { InvitationRef } from "./schemas";

export async function resendCaisseInvitation(db: Db, actor: Actor, input: InvitationRef) {
  requireCaisse(actor, input.caisseId, "user.manage");
  await db.$transaction(async (tx) => {
    await lockCaisse(tx, input.caisseId);
    await resendInvitation(tx, { id: actor.id, name: actor.name }, input.caisseId, input.invitationId);
  });
  return { invitationId: input.invitationId };
}
