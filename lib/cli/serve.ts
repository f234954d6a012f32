// The production HTTP server: Next.js behind a thin Node server of our own, so that the client's address is known.
// Next.js keeps a client-sent X-Forwarded-For as it is (it only fills the header when absent), which would let
// anybody pick the address that the login throttle counts. Here every request's forwarded headers are rewritten
// from the socket (lib/security/client-address.ts): X-Forwarded-For becomes the one client address, believed
// through the proxies of TRUSTED_PROXIES only; from any other peer, X-Forwarded-Host/-Proto/-Port are dropped.
//
// It also serves the territory dashboard from memory (lib/dashboard/cached-dashboard.ts), invalidated across
// instances by PostgreSQL LISTEN/NOTIFY (lib/cache/listener.ts). DASHBOARD_CACHE=0 turns that off.
// HTTP_COMPRESSION=0 leaves gzip to the reverse proxy (recommended in production; on by default).
//
//   tsx lib/cli/serve.ts [-p PORT] [-H HOST]       (npm start runs it; `npm run serve` in production)
import { randomBytes } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import next from "next";
import { loadActor } from "../auth/actor";
import { ActorCache, sessionOfRequest } from "../auth/actor-cache";
import { startCacheListener } from "../cache/listener";
import { DashboardCache, type RenderedPage } from "../dashboard/cached-dashboard";
import { SHARED_PAGE_HEADER } from "../dashboard/shared-page";
import { getDb } from "../db/client";
import { projectRoot } from "../db/local";
import { clientAddress, parseTrustedProxies } from "../security/client-address";
import { createNonce } from "../security/headers";

function option(flag: string, fallback: string | undefined): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", process.env.HOSTNAME);
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const FORWARDED_FROM_PROXY = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

function rewriteForwardedHeaders(req: IncomingMessage) {
  const peer = req.socket.remoteAddress;
  const client = clientAddress(peer, req.headers["x-forwarded-for"], trusted);
  req.headers["x-forwarded-for"] = client;
  delete req.headers["x-real-ip"];
  if (!peer || !trusted.contains(peer)) for (const header of FORWARDED_FROM_PROXY) delete req.headers[header];
}

/**
 * CTG_EVENT_LOOP_REPORT=1 (npm run bench:pdf): prints every second the longest event-loop delay of that second and
 * the process's peak RSS, so that a benchmark can see whether anything blocks this server.
 */
function reportEventLoop() {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  setInterval(() => {
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(`[event-loop] max ${(histogram.max / 1e6).toFixed(1)} ms, peak rss ${rss.toFixed(0)} MiB`);
    histogram.reset();
  }, 1000).unref();
}

const off = (value: string | undefined) => ["0", "false", "off", "no"].includes((value ?? "").trim().toLowerCase());

/** Our own requests to Next.js for a page to share carry this secret (never known outside this process). */
const renderSecret = randomBytes(24).toString("base64url");

/** Has Next.js render a page for the same reader, marked as shared, over loopback to this very server. */
function renderShared(req: IncomingMessage, address: { host: string; port: number }): Promise<RenderedPage> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, [SHARED_PAGE_HEADER]: renderSecret, "accept-encoding": "identity" };
    delete headers["if-none-match"];
    delete headers["if-modified-since"];
    const outgoing = httpRequest(
      { host: address.host, port: address.port, method: "GET", path: req.url, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 500,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.setTimeout(60_000, () => outgoing.destroy(new Error("rendering timed out")));
    outgoing.on("error", reject);
    outgoing.end();
  });
}

async function main() {
  if (process.env.CTG_EVENT_LOOP_REPORT === "1") reportEventLoop();
  const app = next({ dev: false, dir: projectRoot, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const databaseUrl = process.env.DATABASE_URL;
  const authSecret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  let dashboards: DashboardCache | null = null;
  const loopback = { host: "127.0.0.1", port };
  if (databaseUrl && authSecret && !off(process.env.DASHBOARD_CACHE)) {
    const listener = startCacheListener(databaseUrl);
    const actors = new ActorCache(listener, (userId, sessionId) => loadActor(getDb(), userId, sessionId));
    dashboards = new DashboardCache({
      listener,
      actors,
      authSecret,
      sessionOf: sessionOfRequest,
      territoryBySlug: (slug) =>
        getDb().territory.findUnique({ where: { slug }, select: { id: true, caisseId: true, slug: true, name: true } }),
      changesAt: async (territoryId, now) =>
        (
          await getDb().meeting.findFirst({
            where: { territoryId, startsAt: { gte: now }, status: "PLANNED" },
            orderBy: { startsAt: "asc" },
            select: { startsAt: true },
          })
        )?.startsAt ?? null,
      render: (req) => renderShared(req, loopback),
      newNonce: createNonce,
      compression: !off(process.env.HTTP_COMPRESSION),
    });
    listener.onEvent((event) => {
      actors.invalidate(event);
      dashboards?.invalidate(event);
    });
    process.once("beforeExit", () => void listener.stop());
  }

  const server = createServer((req, res) => {
    if (req.headers[SHARED_PAGE_HEADER] === renderSecret) {
      // Our own rendering request (renderShared): its forwarded headers are the reader's, already rewritten.
      req.headers[SHARED_PAGE_HEADER] = "1";
      void handle(req, res);
      return;
    }
    delete req.headers[SHARED_PAGE_HEADER];
    rewriteForwardedHeaders(req);
    if (!dashboards) {
      void handle(req, res);
      return;
    }
    dashboards.handle(req, res).then(
      (handled) => {
        if (!handled) void handle(req, res);
      },
      (error: unknown) => {
        console.error(`dashboard cache: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) void handle(req, res);
        else res.destroy();
      },
    );
  });
  // Longer than the usual proxies' idle timeout (60 s), so that a proxy never reuses a connection we just closed.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    const address = server.address();
    if (address && typeof address === "object") {
      loopback.port = address.port;
      loopback.host = address.address === "::" || address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
    }
    console.log(
      `▲ Next.js ready on http://${hostname ?? "localhost"}:${port}${trusted.empty ? "" : " (TRUSTED_PROXIES set)"}`,
    );
  });
  const shutdown = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
