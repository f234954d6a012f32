// Checks a login attempt: input validation, throttling, password. Used by next-auth's authorize().
import type { Db } from "../db/client";
import { DUMMY_HASH, verifyPassword } from "./password";
import { loginSchema } from "./schemas";
import { THROTTLE_POLICY, accountKey, addressKey, clearFailures, lockedMinutesLeft, recordFailure } from "./throttle";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "INVALID_INPUT" | "THROTTLED" | "CredentialsSignin" };

export async function authenticate(db: Db, raw: unknown, clientAddress: string): Promise<AuthResult> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT" };
  const { email, password } = parsed.data;
  const keys = [accountKey(email), addressKey(clientAddress)];

  if ((await lockedMinutesLeft(db, keys)) > 0) return { ok: false, reason: "THROTTLED" };

  const user = await db.user.findUnique({ where: { email } });
  // Always run one bcrypt comparison so that response time does not tell which accounts exist.
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || !user.isActive) {
    await recordFailure(db, [
      { key: keys[0], limit: THROTTLE_POLICY.maxFailuresPerAccount },
      { key: keys[1], limit: THROTTLE_POLICY.maxFailuresPerAddress },
    ]);
    return { ok: false, reason: "CredentialsSignin" };
  }
  await clearFailures(db, keys[0]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
