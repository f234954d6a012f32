// Invites a person into a caisse with one role. An address that already has an account (here or in another caisse)
// gets an invitation all the same, and the answer is the same: caisse A learns nothing about caisse B's people.
// Accepting it while signed in as that account adds the role (app/invitation/[token]).
import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { createInvitation } from "../invitations/invitations";
import { assertScopeInCaisse, lockCaisse } from "./caisse-lock";
import type { InviteUserData } from "./schemas";

export async function inviteUser(db: Db, actor: Actor, input: InviteUserData, now = new Date()) {
  requireCaisse(actor, input.caisseId, "user.manage");
  return db.$transaction(async (tx) => {
    await lockCaisse(tx, input.caisseId);
    await assertScopeInCaisse(tx, input.caisseId, input);
    const scope = {
      role: input.role,
      caisseId: input.caisseId,
      territoryId: input.territoryId,
      organisationId: input.organisationId,
    };
    // Someone of this caisse who already holds this very role (this caisse's own people: nothing is disclosed).
    const holder = await tx.membership.findFirst({ where: { ...scope, user: { email: input.email } } });
    if (holder) throw new AppError("CONFLICT", "Cette personne a déjà ce rôle dans la caisse.");
    const pending = await tx.invitation.findFirst({
      where: { email: input.email, ...scope, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    });
    if (pending)
      throw new AppError(
        "CONFLICT",
        "Une invitation est déjà en attente pour cette adresse et ce rôle : renvoyez-la depuis la liste des invitations.",
      );
    const invitation = await createInvitation(
      tx,
      { id: actor.id, name: actor.name },
      { email: input.email, name: input.name, ...scope },
      now,
    );
    return { invitationId: invitation.id };
  });
}
