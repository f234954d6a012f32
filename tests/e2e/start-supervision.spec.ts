// `npm start` supervises Next.js and the embedded PostgreSQL: kill -9 either and the app answers again; kill -9
// `npm start` itself and the next one takes over what it left running. Runs the real start script on its own
// data folder and ports, against the build the suite made.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isProcessRunning } from "../../lib/cli/processes";
import { expect, test } from "./support";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = 3190;
const PG_PORT = 54390;
const health = `http://127.0.0.1:${PORT}/api/sante`;
let dataRoot = "";

/** The start script run as `npm start` runs it (tsx), in its own process group so the test can kill it hard. */
function startApp(): ChildProcess {
  return spawn(path.join(root, "node_modules/.bin/tsx"), ["lib/cli/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: "",
      CTG_DATA_DIR: dataRoot,
      PORT: String(PORT),
      EMBEDDED_PG_PORT: String(PG_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
}

async function answersWithin(ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const status = await fetch(health)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${health} did not answer 200 within ${ms} ms`);
}

const nextPid = () => Number(readFileSync(path.join(dataRoot, "next.pid"), "utf8"));
const postgresPid = () => Number(readFileSync(path.join(dataRoot, "pg/postmaster.pid"), "utf8").split("\n")[0]);

test.describe("npm start", () => {
  test.beforeAll(() => {
    dataRoot = mkdtempSync(path.join(tmpdir(), "ctg-start-"));
    chmodSync(dataRoot, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  });
  test.afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  test("restarts Next.js and PostgreSQL after a kill -9, and a new start takes over after its own kill -9", async () => {
    test.setTimeout(240_000);
    let app = startApp();
    await answersWithin(120_000); // first run: initdb, migrations, demo data

    const firstNext = nextPid();
    process.kill(firstNext, "SIGKILL");
    expect(await answersWithin(30_000)).toBeLessThan(30_000);
    expect(nextPid()).not.toBe(firstNext);

    process.kill(postgresPid(), "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await answersWithin(30_000)).toBeLessThan(30_000);

    // kill -9 of `npm start` itself leaves its Next.js and PostgreSQL running; the next start stops and replaces them.
    const [orphanNext, orphanPostgres] = [nextPid(), postgresPid()];
    process.kill(-app.pid!, "SIGKILL");
    app = startApp();
    await expect.poll(() => isProcessRunning(orphanNext), { timeout: 60_000 }).toBe(false);
    expect(await answersWithin(60_000)).toBeLessThan(60_000);
    expect(isProcessRunning(orphanPostgres)).toBe(false);

    const [lastNext, lastPostgres] = [nextPid(), postgresPid()];
    // SIGTERM stops both and ends `npm start` (its exit status is tsx's report of the signal, 143).
    const exited = new Promise<number | null>((resolve) => app.once("exit", resolve));
    process.kill(-app.pid!, "SIGTERM");
    expect([0, 143]).toContain(await exited);
    await expect
      .poll(() => isProcessRunning(lastNext) || isProcessRunning(lastPostgres), { timeout: 20_000 })
      .toBe(false);
  });
});
