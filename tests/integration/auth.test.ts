import { describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/authenticate";
import { loadActor } from "../../lib/auth/actor";
import { openSession, revokeSession, revokeSessionsOf } from "../../lib/auth/sessions";
import bcrypt from "bcryptjs";
import { hashPassword, needsRehash, verifyPassword } from "../../lib/auth/password";
import { THROTTLE_POLICY, accountDelaySeconds, accountKey, pairKey } from "../../lib/auth/throttle";
import { updateTerritoryAction } from "../../lib/territories/actions";
import { createPrismaClient } from "../../lib/db/client";
import { requireTestDatabase } from "../helpers/db";
import { TEST_PASSWORD, createCaisse, createTenants, createUser } from "../helpers/factories";
import { signInAs, signOut } from "../helpers/session";

const db = requireTestDatabase();

async function newUser() {
  const caisse = await createCaisse(db);
  return createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
}

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await newUser();
    const result = await authenticate(db, { email: user.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
  });

  it("answers the same generic failure for a wrong password and an unknown account", async () => {
    const user = await newUser();
    const wrong = await authenticate(db, { email: user.email, password: "mauvais" }, "10.0.0.2");
    const unknown = await authenticate(db, { email: "personne@exemple.fr", password: "mauvais" }, "10.0.0.2");
    expect(wrong).toEqual({ ok: false, reason: "CredentialsSignin" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses malformed and oversized input without touching the counters", async () => {
    for (const raw of [
      { email: "x", password: "y" },
      { email: `${"a".repeat(300)}@x.fr`, password: "y" },
      { email: "a@b.fr", password: "p".repeat(5000) },
      null,
      { email: ["a@b.fr"], password: 1 },
    ]) {
      expect(await authenticate(db, raw, "10.0.0.3")).toEqual({ ok: false, reason: "INVALID_INPUT" });
    }
    expect(await db.loginThrottle.count({ where: { key: "ip:10.0.0.3" } })).toBe(0);
  });

  it("refuses a deactivated account", async () => {
    const user = await newUser();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.0.0.4")).toEqual({
      ok: false,
      reason: "CredentialsSignin",
    });
  });
});

describe("login throttling", () => {
  const fail = (email: string, address: string, password = "mauvais-mot") =>
    authenticate(db, { email, password }, address);

  it("locks an (account, address) pair after 5 failures, not the account: the real user elsewhere still logs in", async () => {
    const user = await newUser();
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerPair; i++)
      expect((await fail(user.email, "10.1.0.1")).ok).toBe(false);
    // The attacker's address is locked for this account, even with the right password…
    expect(await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.1.0.1")).toEqual({
      ok: false,
      reason: "THROTTLED",
    });
    // …and the lock lives in PostgreSQL: a second app instance (its own pool) sees it.
    const otherInstance = createPrismaClient(process.env.DATABASE_URL!, 2);
    try {
      expect(await authenticate(otherInstance, { email: user.email, password: TEST_PASSWORD }, "10.1.0.1")).toEqual({
        ok: false,
        reason: "THROTTLED",
      });
    } finally {
      await otherInstance.$disconnect();
    }
    // The real user, from their own address, is not locked out.
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.1.0.2")).ok).toBe(true);
  });

  it("slows an account attacked from many addresses, but never from an address it logged in from", async () => {
    const user = await newUser();
    // The real user logged in once from their office: that address is known for the account.
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.4.0.1")).ok).toBe(true);
    // A botnet: one failure per address, many addresses.
    for (let i = 0; i < THROTTLE_POLICY.accountFreeFailures + 3; i++) await fail(user.email, `10.4.1.${i}`);
    // A new address must wait: THROTTLED, even with the right password, and the password is not even checked.
    expect(await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.4.2.1")).toEqual({
      ok: false,
      reason: "THROTTLED",
    });
    // The real user from their known address logs in at once.
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.4.0.1")).ok).toBe(true);
    // Once the delay since the last failure has passed (at most 30 s), a new address may try again: slowed, not locked.
    await db.loginThrottle.update({
      where: { key: accountKey(user.email) },
      data: { updatedAt: new Date(Date.now() - THROTTLE_POLICY.maxAccountDelaySeconds * 1000 - 1000) },
    });
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.4.2.1")).ok).toBe(true);
  });

  it("grows the account's delay with its failures, up to the cap", () => {
    expect(accountDelaySeconds(THROTTLE_POLICY.accountFreeFailures - 1)).toBe(0);
    expect(accountDelaySeconds(THROTTLE_POLICY.accountFreeFailures)).toBe(1);
    expect(accountDelaySeconds(THROTTLE_POLICY.accountFreeFailures + 3)).toBe(8);
    expect(accountDelaySeconds(1000)).toBe(THROTTLE_POLICY.maxAccountDelaySeconds);
  });

  it("locks an address that sprays many accounts", async () => {
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerAddress; i++) {
      await authenticate(db, { email: `inconnu-${i}@exemple.fr`, password: "x" }, "10.2.0.1");
    }
    const user = await newUser();
    expect(await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.2.0.1")).toEqual({
      ok: false,
      reason: "THROTTLED",
    });
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.2.0.2")).ok).toBe(true);
  });

  it("starts a new window once the previous one is over", async () => {
    const user = await newUser();
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerPair - 1; i++) await fail(user.email, "10.3.0.1");
    await db.loginThrottle.update({
      where: { key: pairKey(user.email, "10.3.0.1") },
      data: { windowStart: new Date(Date.now() - (THROTTLE_POLICY.windowMinutes + 1) * 60_000) },
    });
    await fail(user.email, "10.3.0.1");
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: pairKey(user.email, "10.3.0.1") } });
    expect(row.failures).toBe(1);
    expect(row.lockedUntil).toBeNull();
  });
});

describe("password hashing", () => {
  it("re-hashes a bcrypt hash with Argon2id at the next successful login, and records the login", async () => {
    const user = await newUser();
    const bcryptHash = await bcrypt.hash(TEST_PASSWORD, 4);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: bcryptHash, lastLoginAt: null } });
    // A wrong password changes nothing.
    await authenticate(db, { email: user.email, password: "pas-le-bon-mot" }, "10.5.0.1");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(bcryptHash);
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.5.0.1")).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=1\$/);
    expect(after.lastLoginAt).not.toBeNull();
    expect(await verifyPassword(TEST_PASSWORD, after.passwordHash!)).toBe(true);
    // And the new hash logs in.
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.5.0.1")).ok).toBe(true);
  });

  it("normalises passwords (NFC) and takes about as long for unknown accounts as for real ones", async () => {
    const hash = await hashPassword("Cafe\u0301 du matin à la mer");
    expect(await verifyPassword("Caf\u00e9 du matin à la mer", hash)).toBe(true);
    expect(await verifyPassword("anything", "not a hash")).toBe(false);
    expect(needsRehash(hash)).toBe(false);
    const user = await newUser();
    const time = async (email: string) => {
      const started = performance.now();
      await authenticate(db, { email, password: "mauvais-mot" }, "10.6.0.1");
      return performance.now() - started;
    };
    const known = await time(user.email);
    const unknown = await time("personne-ici@exemple.fr");
    // Both run one Argon2id verification: the unknown account is not answered much faster.
    expect(unknown).toBeGreaterThan(known * 0.4);
  });
});

describe("revocable sessions", () => {
  it("a revoked, expired or foreign session is anonymous; revoking all sessions but one keeps that one", async () => {
    const user = await newUser();
    const other = await newUser();
    const first = await openSession(db, user.id, 3600);
    const second = await openSession(db, user.id, 3600);
    expect((await loadActor(db, user.id, first))?.id).toBe(user.id);
    // A session belongs to its user: another user's token naming it gets nothing.
    expect(await loadActor(db, other.id, first)).toBeNull();

    await revokeSession(db, first);
    expect(await loadActor(db, user.id, first)).toBeNull();
    expect((await loadActor(db, user.id, second))?.id).toBe(user.id);

    const third = await openSession(db, user.id, 3600);
    await revokeSessionsOf(db, user.id, third);
    expect(await loadActor(db, user.id, second)).toBeNull();
    expect((await loadActor(db, user.id, third))?.id).toBe(user.id);

    const short = await openSession(db, user.id, 60, new Date(Date.now() - 120_000));
    expect(await loadActor(db, user.id, short)).toBeNull();
  });

  it("a server action called with a logged-out session's cookie is refused and writes nothing", async () => {
    const { territoryA, actors } = await createTenants(db);
    const sid = await signInAs(actors.COOPERATION_OFFICER.id);
    const before = await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } });
    await revokeSession(db, sid);
    const input = { territoryId: territoryA.id, version: before.version, name: "Nom", siren: "", population: "" };
    expect(await updateTerritoryAction(input)).toEqual({ serverError: "Votre session a expiré : reconnectez-vous." });
    expect(await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } })).toEqual(before);
    signOut();
  });
});
