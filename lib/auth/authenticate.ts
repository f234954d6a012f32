// Checks a login attempt: input validation, throttling (lib/auth/throttle.ts, the policy is described there),
// password. Used by next-auth's authorize(). A bcrypt hash from before is replaced by Argon2id on success.
import type { Db } from "../db/client";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";
import { loginSchema } from "./schemas";
import {
  THROTTLE_POLICY,
  accountKey,
  accountWaitSeconds,
  addressKey,
  lockedMinutesLeft,
  pairKey,
  recordFailure,
  recordSuccess,
} from "./throttle";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "INVALID_INPUT" | "THROTTLED" | "CredentialsSignin" };

/** `clientAddress`: the client's address as lib/auth/options.ts determines it (trusted proxies only). */
export async function authenticate(db: Db, raw: unknown, clientAddress: string): Promise<AuthResult> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT" };
  const { email, password } = parsed.data;

  if ((await lockedMinutesLeft(db, [pairKey(email, clientAddress), addressKey(clientAddress)])) > 0)
    return { ok: false, reason: "THROTTLED" };
  if ((await accountWaitSeconds(db, email, clientAddress)) > 0) return { ok: false, reason: "THROTTLED" };

  const user = await db.user.findUnique({ where: { email } });
  // Always one Argon2id verification (a dummy hash for unknown accounts and accounts without a password), so that
  // response time does not tell which accounts exist.
  const stored = user?.passwordHash ?? DUMMY_HASH;
  const valid = await verifyPassword(password, stored);
  if (!user || !user.passwordHash || !valid || !user.isActive) {
    await recordFailure(db, [
      { key: pairKey(email, clientAddress), limit: THROTTLE_POLICY.maxFailuresPerPair },
      { key: addressKey(clientAddress), limit: THROTTLE_POLICY.maxFailuresPerAddress },
      { key: accountKey(email), limit: null, windowMinutes: THROTTLE_POLICY.accountWindowMinutes },
    ]);
    return { ok: false, reason: "CredentialsSignin" };
  }
  await recordSuccess(db, email, clientAddress);
  const rehash = needsRehash(user.passwordHash) ? await hashPassword(password) : null;
  // Conditional on the hash just checked: a password changed meanwhile is not overwritten by the old one.
  await db.user.updateMany({
    where: { id: user.id, passwordHash: user.passwordHash },
    data: { lastLoginAt: new Date(), ...(rehash ? { passwordHash: rehash } : {}) },
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
