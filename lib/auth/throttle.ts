// Throttling of failed logins. Counters live in PostgreSQL (LoginThrottle), each updated with one atomic upsert, so
// they survive restarts and are shared by every app instance.
//
// The policy, and why (the account lockout of before let anyone lock a real user out with 5 bad passwords):
// - per (account, address) pair: 5 failures within 15 minutes lock that pair for 15 minutes. Guessing one account
//   from one place stops there; the real user elsewhere is not affected.
// - per address: 20 failures within 15 minutes (any accounts) lock the address for 15 minutes (password spraying).
// - per account, from any address: no lock. From the 10th failure within an hour, each attempt must come at least
//   2^(failures-10) seconds (capped at 30 s) after the last failure, or it is answered THROTTLED without checking
//   the password. A botnet rotating addresses gets about 2 guesses a minute on one account, not thousands.
// - the slowdown does not apply from an address where this account logged in successfully within the last 90
//   days (a "known" row): an attacker elsewhere can never keep the real user out of their usual place with the
//   right password. Only the pair lock, which the attacker cannot trigger from another address, applies there.
//   From a new place during an attack, the real user waits at most 30 s between tries (or resets the password).
// - a successful login clears only its pair counter: one good password must neither unlock a sprayer's address
//   nor give a distributed attacker ten fresh fast guesses on the account.
// Keys: "pair:<email>|<address>", "ip:<address>", "email:<email>", "known:<email>|<address>" (the last one is not a
// failure counter: its windowStart is the time of the last successful login from that address).
import type { Db } from "../db/client";

export const THROTTLE_POLICY = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxFailuresPerPair: 5,
  maxFailuresPerAddress: 20,
  /** The account-wide slowdown: its counting window, the failures before it starts, its cap. */
  accountWindowMinutes: 60,
  accountFreeFailures: 10,
  maxAccountDelaySeconds: 30,
  knownAddressDays: 90,
} as const;

const email = (value: string) => value.trim().toLowerCase();
export const accountKey = (value: string) => `email:${email(value)}`;
export const addressKey = (address: string) => `ip:${address}`;
export const pairKey = (value: string, address: string) => `pair:${email(value)}|${address}`;
export const knownKey = (value: string, address: string) => `known:${email(value)}|${address}`;

/** Minutes left before one of the keys may try again, or 0 when none is locked. */
export async function lockedMinutesLeft(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil!.getTime()));
  return until ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

/** The delay (seconds) an account's failures impose between attempts, from its failure count. */
export function accountDelaySeconds(failures: number): number {
  const { accountFreeFailures, maxAccountDelaySeconds } = THROTTLE_POLICY;
  if (failures < accountFreeFailures) return 0;
  return Math.min(maxAccountDelaySeconds, 2 ** (failures - accountFreeFailures));
}

/** Seconds this attempt must still wait because of the account-wide slowdown (0 from a known address). */
export async function accountWaitSeconds(db: Db, emailValue: string, address: string, now = new Date()) {
  const { accountWindowMinutes, knownAddressDays } = THROTTLE_POLICY;
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: [accountKey(emailValue), knownKey(emailValue, address)] } },
  });
  const known = rows.find((row) => row.key.startsWith("known:"));
  if (known && known.windowStart.getTime() > now.getTime() - knownAddressDays * 86_400_000) return 0;
  const account = rows.find((row) => row.key.startsWith("email:"));
  if (!account || account.windowStart.getTime() < now.getTime() - accountWindowMinutes * 60_000) return 0;
  const readyAt = account.updatedAt.getTime() + accountDelaySeconds(account.failures) * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}

/**
 * Counts one failure for each key within its window (a new window once the previous one is over); locks a key
 * that reaches its limit (`limit: null`: counted, never locked — the account-wide slowdown).
 */
export async function recordFailure(
  db: Db,
  keys: { key: string; limit: number | null; windowMinutes?: number }[],
): Promise<void> {
  const { lockMinutes } = THROTTLE_POLICY;
  for (const { key, limit, windowMinutes = THROTTLE_POLICY.windowMinutes } of keys) {
    const max = limit ?? 2_147_483_647;
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${max} THEN now() + make_interval(mins => ${lockMinutes}) END, now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                          THEN now() ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                     THEN 1 ELSE "LoginThrottle"."failures" + 1 END) >= ${max}
          THEN now() + make_interval(mins => ${lockMinutes})
          ELSE "LoginThrottle"."lockedUntil" END,
        "updatedAt" = now()`;
  }
}

/** After a successful login: the pair's counter goes, and the address becomes known for the account. */
export async function recordSuccess(db: Db, emailValue: string, address: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: pairKey(emailValue, address) } });
  const key = knownKey(emailValue, address);
  await db.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "updatedAt") VALUES (${key}, 0, now(), now())
    ON CONFLICT ("key") DO UPDATE SET "windowStart" = now(), "updatedAt" = now()`;
}

/** A counter of something other than logins (password reset requests): true while under `limit` in the window. */
export async function takeAllowance(db: Db, key: string, limit: number, windowMinutes: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "updatedAt") VALUES (${key}, 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                        THEN now() ELSE "LoginThrottle"."windowStart" END,
      "updatedAt" = now()
    RETURNING "failures"`;
  return rows[0].failures <= limit;
}
