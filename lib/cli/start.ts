// `npm start`: the app on the embedded PostgreSQL (or DATABASE_URL), migrated, seeded on first run, built when
// the sources changed, served on http://localhost:PORT. `npm run dev` does the same with `next dev`.
// It supervises what it starts: when Next.js, the background-jobs worker (lib/cli/worker.ts) or the embedded
// PostgreSQL dies (crash, OOM, kill -9) it is started again; after repeated deaths it stops everything and exits
// non-zero. Ctrl-C / SIGTERM stop them all cleanly. What a previous `npm start` killed hard left running (its
// PostgreSQL, its Next.js, its worker) is recognised and stopped first.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded";
import { DEFAULT_EMBEDDED_PORT, projectRoot } from "../db/local";
import { applyMigrations } from "../db/migrate";
import { installJobs } from "../jobs/boss";
import { buildIfNeeded } from "./next-server";
import { isProcessRunning } from "./processes";
import { spawnRunning, supervise, type Supervisor } from "./supervisor";
import { DEMO_PASSWORD, demoOperator, demoUsers, seedDemoData } from "../../prisma/seed";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");
/** Where the embedded database, the generated secret and the pid of Next.js live (CTG_DATA_DIR, else .data). */
const dataRoot = path.resolve(process.env.CTG_DATA_DIR ?? path.join(projectRoot, ".data"));
const nextPidFile = path.join(dataRoot, "next.pid");
const serveScript = path.join(projectRoot, "lib/cli/serve.ts");
const workerPidFile = path.join(dataRoot, "worker.pid");
const workerScript = path.join(projectRoot, "lib/cli/worker.ts");

/** AUTH_SECRET from the environment, else one generated once and kept in the data folder so sessions survive restarts. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataRoot, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Next.js server or a worker left running by an `npm start` that was killed hard: its process group is stopped. */
async function stopPrevious(pidFile: string, what: string, marker: string) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  let commandLine = "";
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return; // gone
  }
  if (!commandLine.includes(marker)) return; // the number was reused by another program
  console.log(`Stopping the ${what} left running by a previous run (pid ${pid}).`);
  for (const signal of ["SIGTERM", "SIGKILL"] as const) {
    try {
      process.kill(-pid, signal);
    } catch {
      return;
    }
    for (let i = 0; i < 50 && isProcessRunning(pid); i++) await sleep(100);
    if (!isProcessRunning(pid)) return;
  }
}

function isPortFree(portToCheck: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(portToCheck, () => server.close(() => resolve(true)));
  });
}

async function main() {
  const started = Date.now();
  const supervisors: Supervisor[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    for (const supervisor of [...supervisors].reverse()) await supervisor.stop();
    process.exit(code);
  };
  const giveUp = (reason: string) => {
    console.error(reason);
    void stop(1);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
      const dataDir = path.join(dataRoot, "pg");
      let url = "";
      const postgres = supervise({
        name: "PostgreSQL",
        start: async () => {
          const server = await startEmbeddedPostgres({ dataDir, port: pgPort });
          await server.ensureDatabase("ctg");
          url = server.urlFor("ctg");
          return { exited: server.exited.then(() => "arrêt du serveur"), stop: server.stop };
        },
        log: console.log,
        onGiveUp: giveUp,
      });
      supervisors.push(postgres);
      await postgres.started;
      databaseUrl = url;
    }
    const applied = await applyMigrations(databaseUrl);
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
    await seedDemoData(databaseUrl);
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    };
    await installJobs(databaseUrl); // pg-boss's schema and queues, before anything sends a job
    await stopPrevious(workerPidFile, "worker", "worker.ts");
    // The background-jobs worker (emails): its own process, supervised like Next.js.
    const worker = supervise({
      name: "Worker",
      start: async () => {
        const running = spawnRunning(process.execPath, ["--conditions=react-server", "--import", "tsx", workerScript], {
          cwd: projectRoot,
          stdio: "inherit",
          env: { ...env, CTG_SUPERVISOR_PID: String(process.pid) }, // the worker ends with npm start
        });
        writeFileSync(workerPidFile, String(running.pid));
        return running;
      },
      log: console.log,
      onGiveUp: giveUp,
    });
    supervisors.push(worker);
    await worker.started;
    if (!dev) buildIfNeeded(env);
    await stopPrevious(nextPidFile, "Next.js server", dev ? "next" : "serve.ts");
    if (!(await isPortFree(port))) {
      throw new Error(`Le port ${port} est déjà utilisé par un autre programme : arrêtez-le ou choisissez PORT=…`);
    }
    const next = supervise({
      name: "Next.js",
      start: async () => {
        // Production: our server around Next.js (lib/cli/serve.ts: the client's address, TRUSTED_PROXIES).
        const command = dev
          ? [nextBin, "dev", "-p", String(port)]
          : ["--import", "tsx", serveScript, "-p", String(port)];
        const running = spawnRunning(process.execPath, command, {
          cwd: projectRoot,
          stdio: "inherit",
          env,
        });
        writeFileSync(nextPidFile, String(running.pid));
        return running;
      },
      log: console.log,
      onGiveUp: giveUp,
    });
    supervisors.push(next);
    await next.started;
    console.log(`
CTG is starting on http://localhost:${port}  (${process.env.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL, data in ${path.join(dataRoot, "pg")}`}; ready in ${Math.round((Date.now() - started) / 1000)} s before Next.js)
Background jobs: a worker process (emails ${process.env.SMTP_URL ? "through SMTP_URL" : "printed here, no SMTP_URL"}; daily expiry of ended conventions).
Demo logins (password for all: ${DEMO_PASSWORD}):
${demoUsers.map((u) => `  ${u.email.padEnd(42)} ${u.role}`).join("\n")}
  ${demoOperator.email.padEnd(42)} platform operator (/plateforme: opens caisses, reads the outbox)
`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

void main();
