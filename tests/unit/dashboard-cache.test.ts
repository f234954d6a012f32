// The dashboard cache of the production server (lib/dashboard/cached-dashboard.ts) with a fake Next.js: which
// requests it answers, that it checks every reader with the page's own rule, and that invalidations are exact
// (a page rendered while its territory changes is not kept).
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { ActorCache } from "../../lib/auth/actor-cache";
import { InvalidationLog, parseCacheEvent } from "../../lib/cache/events";
import { DashboardCache, dashboardRequestKey, type RenderedPage } from "../../lib/dashboard/cached-dashboard";
import { USER_NAME_PLACEHOLDER } from "../../lib/dashboard/shared-page";

const T1 = { id: "t1", caisseId: "c1", slug: "aubrac", name: "Aubrac" };
const T2 = { id: "t2", caisseId: "c1", slug: "margeride", name: "Margeride" };
const actorWith = (id: string, name: string, memberships: Actor["memberships"]): Actor => ({
  id,
  email: `${id}@test.fr`,
  name,
  isPlatformOperator: false,
  sessionId: `s-${id}`,
  memberships,
});
const reader = actorWith("u1", "Alice <b>", [
  { role: "EPCI_STAFF", caisseId: "c1", territoryId: "t1", organisationId: null },
]);
const other = actorWith("u2", "Bruno", [
  { role: "EPCI_STAFF", caisseId: "c1", territoryId: "t2", organisationId: null },
]);
const officer = actorWith("u3", "Chloé", [
  { role: "COOPERATION_OFFICER", caisseId: "c1", territoryId: null, organisationId: null },
]);
const copil = actorWith("u4", "Denis", [
  { role: "COPIL_MEMBER", caisseId: "c1", territoryId: "t1", organisationId: null },
]);
const admin = actorWith("u5", "Emma", [
  { role: "CAISSE_ADMIN", caisseId: "c1", territoryId: null, organisationId: null },
]);

function setup() {
  const listener = {
    live: true,
    log: new InvalidationLog(),
    sync: async () => listener.live,
  };
  const actors = new Map([reader, other, officer, copil, admin].map((a) => [a.id, a]));
  const data = { version: 1 };
  let renders = 0;
  const clock = { now: new Date("2026-12-01T10:00:00Z"), meeting: null as Date | null };
  let duringRender: (() => void) | null = null;
  const actorCache = new ActorCache(listener, async (userId) => actors.get(userId) ?? null);
  const cache = new DashboardCache({
    listener,
    actors: actorCache,
    authSecret: "x",
    sessionOf: async (headers) => {
      const user = String(headers.cookie ?? "").replace("user=", "");
      return actors.has(user) ? { userId: user, sessionId: `s-${user}` } : null;
    },
    territoryBySlug: async (slug) => [T1, T2].find((t) => t.slug === slug) ?? null,
    changesAt: async (_territoryId, now) => (clock.meeting && clock.meeting >= now ? clock.meeting : null),
    now: () => clock.now,
    render: async (): Promise<RenderedPage> => {
      renders++;
      const body = `<p>${USER_NAME_PLACEHOLDER}</p><p>version ${data.version}</p>`;
      duringRender?.();
      return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body };
    },
    newNonce: () => "nonce",
    compression: false,
  });
  const dispatch = (payload: string) => {
    const event = parseCacheEvent(payload);
    listener.log.record(event);
    actorCache.invalidate(event);
    cache.invalidate(event);
  };
  const get = async (user: string, url = "/territoires/aubrac/tableau-de-bord") => {
    const req = Object.assign(new EventEmitter(), { method: "GET", url, headers: { cookie: `user=${user}` } });
    const res = {
      headers: {} as Record<string, unknown>,
      statusCode: 0,
      body: "",
      setHeader(name: string, value: unknown) {
        this.headers[name.toLowerCase()] = value;
      },
      getHeader(name: string) {
        return this.headers[name.toLowerCase()];
      },
      end(body: Buffer) {
        this.body = body.toString("utf8");
      },
    };
    const handled = await cache.handle(req as unknown as IncomingMessage, res as unknown as ServerResponse);
    return { handled, body: res.body, state: res.headers["x-ctg-cache"] };
  };
  return {
    listener,
    data,
    clock,
    cache,
    dispatch,
    get,
    renders: () => renders,
    onRender: (f: () => void) => (duringRender = f),
  };
}

describe("which requests the cache answers", () => {
  const key = (url: string, headers: Record<string, string> = {}, method = "GET") =>
    dashboardRequestKey(method, url, headers);
  it("the dashboard, with or without a year", () => {
    expect(key("/territoires/aubrac/tableau-de-bord")).toEqual({ slug: "aubrac", annee: "" });
    expect(key("/territoires/aubrac/tableau-de-bord?annee=2025")).toEqual({ slug: "aubrac", annee: "2025" });
  });
  it("leaves everything else to Next.js", () => {
    expect(key("/territoires/aubrac/tableau-de-bord", {}, "POST")).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord", { rsc: "1" })).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord?_rsc=abc")).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord", { "next-router-prefetch": "1" })).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord", { purpose: "prefetch" })).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord?annee=2025&x=1")).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord?annee=2025&annee=2026")).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord?annee=abc")).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord?annee=1999")).toBeNull();
    expect(key("/territoires/aubrac/tableau-de-bord/bilan")).toBeNull();
    expect(key("/territoires/Aubrac%2F/tableau-de-bord")).toBeNull();
  });
});

describe("dashboard cache", () => {
  it("renders once, then serves every reader of the territory with their own name", async () => {
    const s = setup();
    expect(await s.get("u1")).toMatchObject({
      handled: true,
      state: "miss",
      body: "<p>Alice &#60;b&#62;</p><p>version 1</p>",
    });
    expect(await s.get("u4")).toMatchObject({ handled: true, state: "hit", body: "<p>Denis</p><p>version 1</p>" });
    expect(s.renders()).toBe(1);
  });

  it("keeps one page per navigation variant: the caisse's readers also see the Journal and Paramètres sections", async () => {
    const s = setup();
    expect(await s.get("u1")).toMatchObject({ state: "miss" });
    // A chargée may read the journal and edit the territory: not the agent's page.
    expect(await s.get("u3")).toMatchObject({ handled: true, state: "miss", body: "<p>Chloé</p><p>version 1</p>" });
    expect(await s.get("u5")).toMatchObject({ handled: true, state: "hit", body: "<p>Emma</p><p>version 1</p>" });
    expect(s.renders()).toBe(2);
  });

  it("leaves a reader without a role on the territory to Next.js (its 404), and an unknown session too", async () => {
    const s = setup();
    await s.get("u1");
    expect((await s.get("u2")).handled).toBe(false);
    expect((await s.get("nobody")).handled).toBe(false);
  });

  it("drops a territory's pages when it changes, and only those", async () => {
    const s = setup();
    await s.get("u1");
    await s.get("u2", "/territoires/margeride/tableau-de-bord");
    s.data.version = 2;
    s.dispatch(JSON.stringify({ territoryId: "t1", caisseId: "c1" }));
    expect((await s.get("u1")).body).toContain("version 2");
    expect((await s.get("u2", "/territoires/margeride/tableau-de-bord")).state).toBe("hit");
    // A caisse-level change drops all of the caisse's territories.
    s.dispatch(JSON.stringify({ territoryId: null, caisseId: "c1" }));
    expect(s.cache.size).toBe(0);
  });

  it("does not keep a page rendered while its territory changed", async () => {
    const s = setup();
    s.onRender(() => s.dispatch(JSON.stringify({ territoryId: "t1", caisseId: "c1" })));
    expect((await s.get("u1")).state).toBe("miss");
    s.onRender(() => undefined);
    expect((await s.get("u1")).state).toBe("miss");
    expect((await s.get("u1")).state).toBe("hit");
  });

  it("renders again when the clock alone changes the page: a new day (Paris or UTC), a planned meeting starting", async () => {
    const s = setup();
    s.clock.meeting = new Date("2026-12-01T14:00:00Z");
    await s.get("u1");
    expect((await s.get("u1")).state).toBe("hit");
    s.clock.now = new Date("2026-12-01T14:00:00Z"); // the meeting starts: still the next one (startsAt ≥ now)
    expect((await s.get("u1")).state).toBe("hit");
    s.clock.meeting = null;
    s.clock.now = new Date("2026-12-01T14:00:01Z"); // no longer the next one
    expect((await s.get("u1")).state).toBe("miss");
    s.clock.now = new Date("2026-12-01T22:59:00Z");
    expect((await s.get("u1")).state).toBe("hit");
    s.clock.now = new Date("2026-12-01T23:00:00Z"); // midnight in Paris, still Dec 1 in UTC
    expect((await s.get("u1")).state).toBe("miss");
    s.clock.now = new Date("2026-12-02T00:00:00Z"); // midnight in UTC
    expect((await s.get("u1")).state).toBe("miss");
    expect((await s.get("u1")).state).toBe("hit");
  });

  it("serves nothing while not listening", async () => {
    const s = setup();
    await s.get("u1");
    s.listener.live = false;
    expect((await s.get("u1")).handled).toBe(false);
  });

  it("drops a user's cached actor when their account, roles or sessions change", async () => {
    const log = new InvalidationLog();
    let loads = 0;
    let current: Actor | null = reader;
    const cache = new ActorCache({ live: true, log }, async () => (loads++, current));
    expect(await cache.get("u1", "s-u1")).toBe(reader);
    expect(await cache.get("u1", "s-u1")).toBe(reader);
    expect(loads).toBe(1);
    current = null; // logged out
    const event = parseCacheEvent(JSON.stringify({ userId: "u1" }));
    log.record(event);
    cache.invalidate(event);
    expect(await cache.get("u1", "s-u1")).toBeNull();
  });
});

describe("invalidation log", () => {
  it("tells whether a matching event arrived since a mark, and counts a forgotten past as touched", () => {
    const log = new InvalidationLog(2);
    const mark = log.mark();
    expect(log.touchedSince(mark, () => true)).toBe(false);
    log.record({ kind: "user", userId: "a" });
    expect(log.touchedSince(mark, (e) => e.kind === "user" && e.userId === "b")).toBe(false);
    expect(log.touchedSince(mark, (e) => e.kind === "user" && e.userId === "a")).toBe(true);
    log.record({ kind: "user", userId: "c" });
    log.record({ kind: "user", userId: "d" });
    expect(log.touchedSince(mark, () => false)).toBe(true);
    expect(parseCacheEvent("not json")).toEqual({ kind: "all" });
  });
});
