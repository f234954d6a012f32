// One dedicated PostgreSQL connection per process that LISTENs to the cache channel (lib/cache/events.ts) and
// hands every event to the caches of this process. While it is not listening (starting, connection lost) the
// caches must not be used (`live` is false): a write committed meanwhile would go unnoticed. On every (re)connection
// everything is dropped, since notifications may have been missed while disconnected. Reconnects with backoff.
import pg from "pg";
import { CACHE_CHANNEL, InvalidationLog, parseCacheEvent, type CacheEvent } from "./events";

export type CacheListener = {
  /** True while LISTEN is in place: only then may cached entries be served or stored. */
  readonly live: boolean;
  readonly log: InvalidationLog;
  onEvent(handler: (event: CacheEvent) => void): void;
  /**
   * Resolves once every notification committed before the call has been handled (then says whether still live):
   * a query on the listening connection, since PostgreSQL sends a connection its pending notifications before
   * answering it. A write that committed on another instance before this request arrived is thus always seen,
   * however late the notification would otherwise come. Concurrent callers share one round trip.
   */
  sync(): Promise<boolean>;
  /** Resolves once listening for the first time (or after `timeoutMs`, still not live). */
  ready(timeoutMs?: number): Promise<boolean>;
  stop(): Promise<void>;
};

export function startCacheListener(
  connectionString: string,
  options: { log?: (line: string) => void; minDelayMs?: number; maxDelayMs?: number } = {},
): CacheListener {
  const say = options.log ?? ((line: string) => console.error(line));
  const minDelay = options.minDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const handlers: ((event: CacheEvent) => void)[] = [];
  const log = new InvalidationLog();
  let live = false;
  let stopped = false;
  let client: pg.Client | null = null;
  let delay = minDelay;
  let timer: NodeJS.Timeout | null = null;
  let readyWaiters: (() => void)[] = [];

  const dispatch = (event: CacheEvent) => {
    log.record(event);
    for (const handler of handlers) {
      try {
        handler(event);
      } catch (error) {
        say(`cache listener: handler failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };

  const lost = (reason: string) => {
    if (!live && client === null) return;
    live = false;
    const current = client;
    client = null;
    current?.removeAllListeners("notification");
    current?.end().catch(() => undefined);
    dispatch({ kind: "all" });
    if (stopped) return;
    say(`cache listener: ${reason}; reconnecting in ${delay} ms`);
    schedule();
  };

  const schedule = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(maxDelay, delay * 2);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString, keepAlive: true, application_name: "ctg-cache-listener" });
    next.on("error", (error) => lost(`connection error (${error.message})`));
    next.on("end", () => lost("connection ended"));
    try {
      await next.connect();
      next.on("notification", (message) => {
        if (message.channel === CACHE_CHANNEL) dispatch(parseCacheEvent(message.payload));
      });
      await next.query(`LISTEN ${CACHE_CHANNEL}`);
      if (stopped) {
        await next.end();
        return;
      }
      client = next;
      // Whatever was cached before this connection may have missed notifications.
      dispatch({ kind: "all" });
      live = true;
      delay = minDelay;
      for (const resolve of readyWaiters) resolve();
      readyWaiters = [];
    } catch (error) {
      next.removeAllListeners("end");
      next.removeAllListeners("error");
      next.on("error", () => undefined);
      await next.end().catch(() => undefined);
      if (stopped) return;
      say(
        `cache listener: cannot listen (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms`,
      );
      schedule();
    }
  };

  // At most one barrier query in flight, and one queued behind it for the callers that came after it started.
  let inflight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const barrier = (): Promise<void> => {
    const current = client;
    if (!current) return Promise.resolve();
    return current.query("SELECT 1").then(
      () => undefined,
      () => undefined,
    );
  };
  const runBarrier = () => {
    inflight = barrier().finally(() => {
      inflight = null;
    });
    return inflight;
  };

  void connect();

  return {
    get live() {
      return live;
    },
    log,
    onEvent(handler) {
      handlers.push(handler);
    },
    sync() {
      if (!live) return Promise.resolve(false);
      let done: Promise<void>;
      if (!inflight) done = runBarrier();
      else
        done = queued ??= inflight.then(() => {
          queued = null;
          return runBarrier();
        });
      return done.then(() => live);
    },
    ready(timeoutMs = 10_000) {
      if (live) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timeout = setTimeout(() => resolve(live), timeoutMs);
        timeout.unref();
        readyWaiters.push(() => {
          clearTimeout(timeout);
          resolve(true);
        });
      });
    },
    async stop() {
      stopped = true;
      live = false;
      if (timer) clearTimeout(timer);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners("end");
        current.removeAllListeners("error");
        current.on("error", () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}
