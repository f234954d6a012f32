// Sets a new password from a reset link: the link must be unused, unexpired and its account active. The new password
// follows the policy; the link and every other outstanding link of the account are used up; every session of the
// account ends (whoever asked for the reset may not be the only one holding a session).
import { hashPassword } from "../auth/password";
import { passwordEmailProblem } from "../auth/schemas";
import { revokeSessionsOf } from "../auth/sessions";
import { pairKey } from "../auth/throttle";
import { hashSecretToken, SECRET_TOKEN_PATTERN } from "../auth/tokens";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { auditAccount } from "./audit";
import type { ResetPasswordData } from "./schemas";

export const INVALID_RESET_LINK =
  "Ce lien de réinitialisation n'est pas valable : il a expiré, a déjà servi ou est incomplet. Demandez-en un nouveau.";

/** The account a reset link opens, or null (malformed, unknown, used, expired, deactivated: one answer). */
export async function findResetToken(db: Db, token: string, now = new Date()) {
  if (!SECRET_TOKEN_PATTERN.test(token)) return null;
  return db.passwordResetToken.findFirst({
    where: { tokenHash: hashSecretToken(token), usedAt: null, expiresAt: { gt: now }, user: { isActive: true } },
    select: { id: true, user: { select: { id: true, email: true, name: true } } },
  });
}

export async function resetPassword(db: Db, input: ResetPasswordData, now = new Date()) {
  const found = await findResetToken(db, input.token, now);
  if (!found) throw new AppError("NOT_FOUND", INVALID_RESET_LINK);
  const problem = passwordEmailProblem(input.password, found.user.email);
  if (problem) throw new AppError("INVALID_INPUT", problem);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // Used once: of two concurrent uses, only one marks it.
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw new AppError("NOT_FOUND", INVALID_RESET_LINK);
    await tx.passwordResetToken.updateMany({ where: { userId: found.user.id, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: found.user.id }, data: { passwordHash } });
    await revokeSessionsOf(tx, found.user.id, undefined, now);
    // The owner proved who they are: their own failed attempts no longer lock them out of any address.
    await tx.loginThrottle.deleteMany({ where: { key: { startsWith: pairKey(found.user.email, "") } } });
    await auditAccount(tx, found.user.id, found.user.id, "user.passwordReset");
  });
  return { email: found.user.email };
}
