// The invalidation channel of the in-memory caches (lib/cache/listener.ts). Messages are published by PostgreSQL
// NOTIFY, inside the writing transaction, so that they are delivered at commit only (never for a rolled-back
// write) and to every app instance:
//   - { territoryId, caisseId } from the audit writer (lib/audit/record.ts): a territory's data changed
//     (territoryId null: a caisse-level change, which may show on all of its territories' dashboards);
//   - { userId } from database triggers on "User", "Membership" and "UserSession" (migration
//     20261202110000_cache_invalidation_notify): an account, its roles or its sessions changed.
export const CACHE_CHANNEL = "ctg_cache";

export type CacheEvent =
  | { kind: "territory"; territoryId: string | null; caisseId: string }
  | { kind: "user"; userId: string }
  /** Notifications may have been missed (the listening connection was lost): drop everything. */
  | { kind: "all" };

/** Reads a NOTIFY payload; anything unreadable drops everything (never keep an entry on a doubt). */
export function parseCacheEvent(payload: string | undefined): CacheEvent {
  try {
    const value = JSON.parse(payload ?? "") as Record<string, unknown>;
    if (typeof value.userId === "string") return { kind: "user", userId: value.userId };
    if (typeof value.caisseId === "string")
      return {
        kind: "territory",
        caisseId: value.caisseId,
        territoryId: typeof value.territoryId === "string" ? value.territoryId : null,
      };
  } catch {
    // fall through
  }
  return { kind: "all" };
}

/**
 * The invalidations seen lately, numbered: a value loaded while an invalidation arrives (a page being rendered,
 * an actor being read) must not be stored, since it may predate the change. `mark()` before loading, then
 * `touchedSince(mark, matches)` before storing. The log keeps the last `capacity` events; older marks count as
 * touched.
 */
export class InvalidationLog {
  private seq = 0;
  private readonly events: { seq: number; event: CacheEvent }[] = [];
  constructor(private readonly capacity = 10_000) {}

  record(event: CacheEvent): void {
    this.events.push({ seq: ++this.seq, event });
    if (this.events.length > this.capacity) this.events.splice(0, this.events.length - this.capacity);
  }

  mark(): number {
    return this.seq;
  }

  touchedSince(mark: number, matches: (event: CacheEvent) => boolean): boolean {
    if (mark === this.seq) return false;
    const oldest = this.events[0]?.seq ?? this.seq + 1;
    if (mark < oldest - 1) return true;
    for (let i = this.events.length - 1; i >= 0 && this.events[i].seq > mark; i--) {
      const { event } = this.events[i];
      if (event.kind === "all" || matches(event)) return true;
    }
    return false;
  }
}
