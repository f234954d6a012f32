// The signed-in person changes the name shown to others.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { auditAccount } from "./audit";

export async function updateAccountName(db: Db, actor: Actor, input: { name: string }) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name } });
    await auditAccount(tx, actor.id, actor.id, "user.update");
  });
  return { name: input.name };
}
