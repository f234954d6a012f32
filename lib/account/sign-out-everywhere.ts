// "Se déconnecter de tous les appareils": every session of the account ends, this one included.
import type { Actor } from "../auth/actor";
import { revokeSessionsOf } from "../auth/sessions";
import type { Db } from "../db/client";
import { auditAccount } from "./audit";

export async function signOutEverywhere(db: Db, actor: Actor) {
  await db.$transaction(async (tx) => {
    await revokeSessionsOf(tx, actor.id);
    await auditAccount(tx, actor.id, actor.id, "user.signOutEverywhere");
  });
  return { signedOut: true };
}
