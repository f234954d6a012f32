// The production HTTP server: Next.js behind a thin Node server of our own, so that the client's address is known.
// Next.js keeps a client-sent X-Forwarded-For as it is (it only fills the header when absent), which would let
// anybody pick the address that the login throttle counts. Here every request's forwarded headers are rewritten
// from the socket (lib/security/client-address.ts): X-Forwarded-For becomes the one client address, believed
// through the proxies of TRUSTED_PROXIES only; from any other peer, X-Forwarded-Host/-Proto/-Port are dropped.
//
//   tsx lib/cli/serve.ts [-p PORT] [-H HOST]       (npm start runs it; `npm run serve` in production)
import { createServer, type IncomingMessage } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import next from "next";
import { projectRoot } from "../db/local";
import { clientAddress, parseTrustedProxies } from "../security/client-address";

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

async function main() {
  if (process.env.CTG_EVENT_LOOP_REPORT === "1") reportEventLoop();
  const app = next({ dev: false, dir: projectRoot, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    rewriteForwardedHeaders(req);
    void handle(req, res);
  });
  // Longer than the usual proxies' idle timeout (60 s), so that a proxy never reuses a connection we just closed.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
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
