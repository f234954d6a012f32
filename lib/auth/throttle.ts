// Throttling of failed logins, per account and per client address. Counters live in PostgreSQL
// (LoginThrottle), updated with one atomic upsert, so they survive restarts and are shared by every app instance.
import type { Db } from "../db/client";

export const THROTTLE_POLICY = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
} as const;

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;

/** Minutes left before the key may try again, or 0 when it is not locked. */
export async function lockedMinutesLeft(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

/** Counts one failure for each key; locks a key once it reaches its limit within the window. */
export async function recordFailure(db: Db, keys: { key: string; limit: number }[]): Promise<void> {
  const { windowMinutes, lockMinutes } = THROTTLE_POLICY;
  for (const { key, limit } of keys) {
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + make_interval(mins => ${lockMinutes}) END, now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                          THEN now() ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                     THEN 1 ELSE "LoginThrottle"."failures" + 1 END) >= ${limit}
          THEN now() + make_interval(mins => ${lockMinutes})
          ELSE "LoginThrottle"."lockedUntil" END,
        "updatedAt" = now()`;
  }
}

/** A successful login clears the account's counter (not the address's: one good password must not unlock a sprayer). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
