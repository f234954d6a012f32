// The signed-in person changes their password: the current one is required (a borrowed open session is not enough;
// 5 wrong ones within 15 minutes lock this form for 15 minutes), the new one follows the policy, and every other
// session of the account ends (this one stays).
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword, DUMMY_HASH } from "../auth/password";
import { passwordEmailProblem } from "../auth/schemas";
import { revokeSessionsOf } from "../auth/sessions";
import { THROTTLE_POLICY, lockedMinutesLeft, recordFailure } from "../auth/throttle";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { auditAccount } from "./audit";
import type { ChangePasswordData } from "./schemas";

export async function changePassword(db: Db, actor: Actor, input: ChangePasswordData) {
  const key = `password-change:${actor.id}`;
  if ((await lockedMinutesLeft(db, [key])) > 0)
    throw new AppError("FORBIDDEN", "Trop d'essais : réessayez dans quelques minutes.");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  const valid = await verifyPassword(input.currentPassword, user.passwordHash ?? DUMMY_HASH);
  if (!valid || !user.passwordHash) {
    await recordFailure(db, [{ key, limit: THROTTLE_POLICY.maxFailuresPerPair }]);
    throw new AppError("INVALID_INPUT", "Le mot de passe actuel n'est pas le bon.");
  }
  const problem = passwordEmailProblem(input.password, actor.email);
  if (problem) throw new AppError("INVALID_INPUT", problem);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // Conditional on the hash just checked: two changes at once do not both pass.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (count === 0) throw new AppError("CONFLICT", "Le mot de passe a été changé entre-temps : recommencez.");
    await revokeSessionsOf(tx, actor.id, actor.sessionId);
    await auditAccount(tx, actor.id, actor.id, "user.password");
  });
  return { changed: true };
}
