// The territory dashboard served from memory by the production server (lib/cli/serve.ts), never stale.
//
// What every reader of a territory sees on a given Paris day (and `?annee`) is the same page but for its reader's
// name and the CSP nonce: the page is rendered once by Next.js (a normal request, with the first reader's cookie,
// marked to render the name as a placeholder, lib/dashboard/shared-page.ts), kept per (territory, day, annee,
// platform-operator header), and filled per request. Every reader is checked as the page would check them: the
// session cookie decoded (getToken), the actor (lib/auth/actor-cache.ts) and the same territory scope
// (lib/auth/scope.ts `territoryScope`) as requireTerritory. Anything unusual goes to Next.js: other methods or
// query parameters, React Server Component and prefetch requests, no session, a territory the reader may not read,
// or a cache not listening to invalidations.
//
// Invalidation is exact and works across instances: every write of a territory records an audit event whose
// transaction publishes a NOTIFY (lib/audit/record.ts), which each instance's listener (lib/cache/listener.ts)
// turns into dropping that territory's entries (all the caisse's for a caisse-level event). A page rendered while
// an invalidation of its territory arrives is not kept (InvalidationLog).
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { promisify } from "node:util";
import type { Actor } from "../auth/actor";
import type { ActorCache } from "../auth/actor-cache";
import { territoryScope, type TerritoryScope } from "../auth/scope";
import type { CacheEvent, InvalidationLog } from "../cache/events";
import { parisDay } from "../dates";
import { territoryNavVariant } from "../territories/navigation";
import { fillSharedPage, toSharedPage, type SharedPage } from "./shared-page";

const gzipAsync = promisify(gzip);

/** `/territoires/<slug>/tableau-de-bord` with nothing but an optional `annee` in the query, or null. */
export function dashboardRequestKey(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingMessage["headers"],
): { slug: string; annee: string } | null {
  if (method !== "GET" || !url) return null;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined) return null;
  if (headers["next-router-state-tree"] !== undefined || headers["next-action"] !== undefined) return null;
  if (headers.purpose === "prefetch" || headers["sec-purpose"]?.includes("prefetch")) return null;
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const match = /^\/territoires\/([a-z0-9-]{1,100})\/tableau-de-bord$/.exec(path);
  if (!match) return null;
  let annee = "";
  if (q >= 0) {
    const params = new URLSearchParams(url.slice(q + 1));
    const names = [...params.keys()];
    if (names.some((name) => name !== "annee") || names.length > 1) return null;
    if (names.length === 1) {
      annee = params.get("annee")!;
      // As the page reads it (2000-2100); anything else is left to the page.
      if (!/^\d{4}$/.test(annee) || Number(annee) < 2000 || Number(annee) > 2100) return null;
    }
  }
  return { slug: match[1], annee };
}

type TerritoryRef = TerritoryScope["territory"];

type Entry = {
  territory: TerritoryRef;
  /** When the page would change with no write at all (its next planned meeting starts: no longer "next"). */
  expiresAt: number;
  page: SharedPage;
  headers: [string, string][];
};

/** Headers of Next's answer that are not replayed (per response, per connection, or per user). */
const DROPPED_HEADERS = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "content-security-policy",
  "x-ctg-cache",
]);

export type RenderedPage = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export type DashboardCacheOptions = {
  listener: { live: boolean; log: InvalidationLog; sync(): Promise<boolean> };
  actors: ActorCache;
  authSecret: string;
  sessionOf: (
    headers: IncomingMessage["headers"],
    secret: string,
  ) => Promise<{ userId: string; sessionId: string } | null>;
  /** The territory named by a slug (on a miss, to know which invalidations concern the page). */
  territoryBySlug: (slug: string) => Promise<TerritoryRef | null>;
  /**
   * The next instant at which the territory's page changes by the clock alone, within the day (the start of its
   * next planned meeting), or null. The day itself is part of the key.
   */
  changesAt: (territoryId: string, now: Date) => Promise<Date | null>;
  /** Has Next.js render the page for this request, marked as shared (lib/cli/serve.ts does it over loopback). */
  render: (req: IncomingMessage) => Promise<RenderedPage>;
  newNonce: () => string;
  compression: boolean;
  maxEntries?: number;
  now?: () => Date;
};

export class DashboardCache {
  private readonly entries = new Map<string, Entry>();
  private readonly rendering = new Map<string, Promise<Entry | null>>();
  /** Territories by slug, as met (a slug names one territory for good), so that a key needs no query. */
  private readonly territories = new Map<string, TerritoryRef>();
  readonly stats = { hits: 0, misses: 0, passes: 0, stored: 0, dropped: 0 };

  constructor(private readonly options: DashboardCacheOptions) {}

  invalidate(event: CacheEvent): void {
    if (event.kind === "user") return;
    for (const [key, entry] of this.entries) {
      const concerned = event.kind === "all" || concerns(event, entry.territory);
      if (concerned) {
        this.entries.delete(key);
        this.stats.dropped++;
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Answers the request from the cache (or renders and keeps it) and returns true; false when Next.js must
   * handle it as usual (nothing was written to `res`).
   */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const request = dashboardRequestKey(req.method, req.url, req.headers);
    if (!request || !this.options.listener.live) return false;
    // Every change committed before this request (on any instance) is handled before answering it.
    const [session, live] = await Promise.all([
      this.options.sessionOf(req.headers, this.options.authSecret),
      this.options.listener.sync(),
    ]);
    if (!session || !live) return this.pass();
    const actor = await this.options.actors.get(session.userId, session.sessionId);
    if (!actor) return this.pass();
    const now = this.options.now?.() ?? new Date();
    // The page counts days in Paris (dates shown, lateness) and in UTC (periods, the current year): both days.
    const day = `${parisDay(now)}|${now.toISOString().slice(0, 10)}`;
    // The territory's navigation differs by permission (lib/territories/navigation.ts): one page per variant.
    const territory = this.territories.get(request.slug) ?? (await this.options.territoryBySlug(request.slug));
    if (!territory) return this.pass();
    this.territories.set(request.slug, territory);
    const scope = territoryScope(actor, territory);
    if (!scope?.can("territory.read")) return this.pass();
    const variant = territoryNavVariant((operation) => scope.can(operation));
    const key = `${request.slug}|${day}|${request.annee}|${actor.isPlatformOperator ? 1 : 0}|${variant}`;

    let entry = this.entries.get(key);
    if (entry && entry.expiresAt <= now.getTime()) {
      this.entries.delete(key);
      entry = undefined;
    }
    let state = "hit";
    if (entry) {
      // Most recently used last: the oldest entries go first when full.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      state = "miss";
      let pending = this.rendering.get(key);
      if (!pending) {
        pending = this.renderEntry(req, request.slug, key).finally(() => this.rendering.delete(key));
        this.rendering.set(key, pending);
      }
      entry = (await pending) ?? undefined;
      if (!entry) return this.pass();
    }
    // The page's own decision (requireTerritoryForPage → requireTerritory), on the territory of the entry.
    if (!readable(actor, entry.territory)) return this.pass();
    if (state === "hit") this.stats.hits++;
    else this.stats.misses++;
    await this.send(req, res, entry, actor, state);
    return true;
  }

  private pass(): false {
    this.stats.passes++;
    return false;
  }

  private async renderEntry(req: IncomingMessage, slug: string, key: string): Promise<Entry | null> {
    const { listener } = this.options;
    const mark = listener.log.mark();
    const territory = await this.options.territoryBySlug(slug);
    if (!territory) return null;
    const changesAt = await this.options.changesAt(territory.id, this.options.now?.() ?? new Date());
    const rendered = await this.options.render(req);
    const type = String(rendered.headers["content-type"] ?? "");
    const cacheable =
      rendered.status === 200 &&
      type.startsWith("text/html") &&
      rendered.headers["set-cookie"] === undefined &&
      // A redirect or a not-found raised once the answer started streaming still answers 200.
      !rendered.body.includes("NEXT_REDIRECT") &&
      !rendered.body.includes("__next-page-redirect") &&
      !rendered.body.includes("NEXT_HTTP_ERROR_FALLBACK");
    if (!cacheable) return null;
    const policy = rendered.headers["content-security-policy"];
    const entry: Entry = {
      territory,
      // The page lists meetings starting at or after its rendering: one starting at T is "next" until T included.
      expiresAt: changesAt ? changesAt.getTime() + 1 : Number.POSITIVE_INFINITY,
      page: toSharedPage(rendered.body, typeof policy === "string" ? policy : null),
      headers: Object.entries(rendered.headers)
        .filter(([name, value]) => !DROPPED_HEADERS.has(name) && typeof value === "string")
        .map(([name, value]) => [name, value as string]),
    };
    const touched = listener.log.touchedSince(mark, (event) => concerns(event, territory));
    if (listener.live && !touched) {
      const max = this.options.maxEntries ?? 2_000;
      while (this.entries.size >= max) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, entry);
      this.stats.stored++;
    }
    return entry;
  }

  private async send(req: IncomingMessage, res: ServerResponse, entry: Entry, actor: Actor, state: string) {
    const nonce = this.options.newNonce();
    const { html, policy } = fillSharedPage(entry.page, { userName: actor.name, nonce });
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    if (policy) res.setHeader("content-security-policy", policy);
    res.setHeader("x-ctg-cache", state);
    let body = Buffer.from(html, "utf8");
    if (this.options.compression && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = await gzipAsync(body, { level: 4 });
      res.setHeader("content-encoding", "gzip");
      const vary = res.getHeader("vary");
      res.setHeader("vary", vary ? `${String(vary)}, Accept-Encoding` : "Accept-Encoding");
    }
    res.setHeader("content-length", body.length);
    res.statusCode = 200;
    res.end(body);
  }
}

/** Whether an invalidation concerns a territory's pages: its own writes, or a caisse-level write of its caisse. */
function concerns(event: CacheEvent, territory: TerritoryRef): boolean {
  if (event.kind === "all") return true;
  if (event.kind !== "territory") return false;
  return event.territoryId === null ? event.caisseId === territory.caisseId : event.territoryId === territory.id;
}

function readable(actor: Actor, territory: TerritoryRef): boolean {
  return territoryScope(actor, territory)?.can("territory.read") ?? false;
}
