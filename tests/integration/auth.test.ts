import { describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/authenticate";
import { loadActor } from "../../lib/auth/actor";
import { openSession, revokeSession, revokeSessionsOf } from "../../lib/auth/sessions";
import { THROTTLE_POLICY, accountKey } from "../../lib/auth/throttle";
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
  it("locks an account after repeated failures, even for the right password, and across app instances", async () => {
    const user = await newUser();
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerAccount; i++) {
      // A different address each time: the account counter alone must lock.
      expect((await authenticate(db, { email: user.email, password: `faux-${i}` }, `10.1.0.${i}`)).ok).toBe(false);
    }
    expect(await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.1.1.1")).toEqual({
      ok: false,
      reason: "THROTTLED",
    });

    // A second app instance (its own connection pool) sees the same lock: the state is in PostgreSQL.
    const otherInstance = createPrismaClient(process.env.DATABASE_URL!, 2);
    try {
      expect(await authenticate(otherInstance, { email: user.email, password: TEST_PASSWORD }, "10.1.1.2")).toEqual({
        ok: false,
        reason: "THROTTLED",
      });
    } finally {
      await otherInstance.$disconnect();
    }

    // Once the lock has run out, the right password works again and clears the account counter.
    await db.loginThrottle.update({
      where: { key: accountKey(user.email) },
      data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 60 * 60_000) },
    });
    expect((await authenticate(db, { email: user.email, password: TEST_PASSWORD }, "10.1.1.3")).ok).toBe(true);
    expect(await db.loginThrottle.count({ where: { key: accountKey(user.email) } })).toBe(0);
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
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerAccount - 1; i++) {
      await authenticate(db, { email: user.email, password: "faux" }, "10.3.0.1");
    }
    await db.loginThrottle.update({
      where: { key: accountKey(user.email) },
      data: { windowStart: new Date(Date.now() - (THROTTLE_POLICY.windowMinutes + 1) * 60_000) },
    });
    await authenticate(db, { email: user.email, password: "faux" }, "10.3.0.2");
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: accountKey(user.email) } });
    expect(row.failures).toBe(1);
    expect(row.lockedUntil).toBeNull();
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
