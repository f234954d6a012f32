// The actors of recent sessions, held in memory for a short while (30 s) by the production server
// (lib/cli/serve.ts) to answer cached pages without a database query. Revocation stays immediate: a change to a
// user's account, roles or sessions is published on the cache channel (database triggers, lib/cache/events.ts)
// and drops every cached actor of that user on every instance; a lost listening connection drops them all, and
// nothing is cached or served from here while not listening.
import { getToken } from "next-auth/jwt";
import type { IncomingHttpHeaders } from "node:http";
import type { CacheEvent, InvalidationLog } from "../cache/events";
import type { Actor } from "./actor";

export const ACTOR_TTL_MS = 30_000;

/** The session named by a request's next-auth cookie (decoded and verified, not looked up), or null. */
export async function sessionOfRequest(
  headers: IncomingHttpHeaders,
  secret: string,
): Promise<{ userId: string; sessionId: string } | null> {
  const cookies: Record<string, string> = {};
  for (const pair of (headers.cookie ?? "").split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0) cookies[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  // The cookie only, as getServerSession reads it (no Authorization header).
  const token = await getToken({ req: { cookies, headers: {} } as never, secret }).catch(() => null);
  const userId = token?.sub;
  const sessionId = (token as { sid?: unknown } | null)?.sid;
  return typeof userId === "string" && typeof sessionId === "string" ? { userId, sessionId } : null;
}

type Entry = { actor: Actor; userId: string; expires: number };

export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Actor | null>>();

  constructor(
    private readonly source: { live: boolean; log: InvalidationLog },
    private readonly load: (userId: string, sessionId: string) => Promise<Actor | null>,
    private readonly ttlMs = ACTOR_TTL_MS,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Drops what an invalidation makes doubtful. */
  invalidate(event: CacheEvent): void {
    if (event.kind === "all") this.entries.clear();
    else if (event.kind === "user")
      for (const [key, entry] of this.entries) if (entry.userId === event.userId) this.entries.delete(key);
  }

  /** The actor of a session: from memory when fresh, else loaded (and kept when nothing changed meanwhile). */
  async get(userId: string, sessionId: string): Promise<Actor | null> {
    if (!this.source.live) return this.load(userId, sessionId);
    const entry = this.entries.get(sessionId);
    if (entry && entry.userId === userId && entry.expires > this.now()) return entry.actor;
    if (entry) this.entries.delete(sessionId);
    const pending = this.loading.get(sessionId);
    if (pending) return pending;
    const mark = this.source.log.mark();
    const promise = this.load(userId, sessionId).then((actor) => {
      const changed = this.source.log.touchedSince(mark, (e) => e.kind === "user" && e.userId === userId);
      if (actor && this.source.live && !changed) {
        if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(sessionId, { actor, userId, expires: this.now() + this.ttlMs });
      }
      return actor;
    });
    this.loading.set(sessionId, promise);
    try {
      return await promise;
    } finally {
      this.loading.delete(sessionId);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
