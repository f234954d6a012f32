// The invalidation channel on a real PostgreSQL: the audit writer publishes a territory's change at commit only
// (never for a rolled-back write), and the triggers publish a user's account, role and session changes
// (migration 20261202110000_cache_invalidation_notify). The listener reconnects and then drops everything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeSession } from "../../lib/auth/sessions";
import { auditFor } from "../../lib/audit/record";
import type { CacheEvent } from "../../lib/cache/events";
import { startCacheListener, type CacheListener } from "../../lib/cache/listener";
import { requireTestDatabase } from "../helpers/db";
import { createCaisse, createTerritory, createUser } from "../helpers/factories";

const db = requireTestDatabase();
let listener: CacheListener;
const events: CacheEvent[] = [];

beforeAll(async () => {
  listener = startCacheListener(process.env.DATABASE_URL!, { log: () => undefined, minDelayMs: 50 });
  listener.onEvent((event) => events.push(event));
  expect(await listener.ready()).toBe(true);
});
afterAll(() => listener.stop());

async function eventsDuring(run: () => Promise<unknown>): Promise<CacheEvent[]> {
  events.length = 0;
  await run();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return [...events];
}

describe("cache invalidation channel", () => {
  it("publishes an audited write at commit, and nothing for a rolled-back one", async () => {
    const caisse = await createCaisse(db);
    const territory = await createTerritory(db, caisse.id);
    const scope = { territory: { id: territory.id, caisseId: caisse.id } };
    const rolledBack = await eventsDuring(() =>
      db
        .$transaction(async (tx) => {
          await auditFor(tx, null, scope)("Territory", territory.id, "territory.update");
          throw new Error("rollback");
        })
        .catch(() => undefined),
    );
    expect(rolledBack).toEqual([]);

    let seenBeforeCommit = true;
    const committed = await eventsDuring(() =>
      db.$transaction(async (tx) => {
        await auditFor(tx, null, scope)("Territory", territory.id, "territory.update");
        await new Promise((resolve) => setTimeout(resolve, 100));
        seenBeforeCommit = events.length > 0;
      }),
    );
    expect(seenBeforeCommit).toBe(false);
    expect(committed).toEqual([{ kind: "territory", territoryId: territory.id, caisseId: caisse.id }]);
  });

  it("publishes a user's role, session and account changes", async () => {
    const caisse = await createCaisse(db);
    const actor = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const user = { kind: "user", userId: actor.id };
    expect(
      await eventsDuring(() =>
        db.membership.updateMany({ where: { userId: actor.id }, data: { suspendedAt: new Date() } }),
      ),
    ).toContainEqual(user);
    expect(await eventsDuring(() => revokeSession(db, actor.sessionId))).toContainEqual(user);
    expect(
      await eventsDuring(() => db.user.update({ where: { id: actor.id }, data: { isActive: false } })),
    ).toContainEqual(user);
  });

  it("sync() answers only once the notifications of every write committed before it were handled", async () => {
    const caisse = await createCaisse(db);
    const actor = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    for (let i = 0; i < 20; i++) {
      events.length = 0;
      await db.membership.updateMany({ where: { userId: actor.id }, data: { suspendedAt: i % 2 ? null : new Date() } });
      expect(await listener.sync()).toBe(true);
      expect(events, `round ${i}`).toContainEqual({ kind: "user", userId: actor.id });
    }
    const together = await Promise.all(Array.from({ length: 10 }, () => listener.sync()));
    expect(together.every(Boolean)).toBe(true);
  });

  it("after a lost connection, drops everything and listens again", async () => {
    const lost = await eventsDuring(async () => {
      await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ctg-cache-listener' AND datname = current_database()`;
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(lost.filter((e) => e.kind === "all").length).toBeGreaterThanOrEqual(2); // lost, then listening again
    expect(listener.live).toBe(true);
  });
});
