// `npm test`: every test on a real PostgreSQL. Starts an embedded server under .data/test-pg (or uses the local
// server of DATABASE_URL), migrates a template database once, then runs vitest (unit + integration: each file
// clones the template), Playwright against the production build (its own seeded database), then the bounded fuzz
// run (lib/cli/fuzz.ts --quick) against the same build.
// `--e2e-only` / `--unit-only` run one half.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";
import { projectRoot } from "../db/local";
import { applyMigrations } from "../db/migrate";
import { installJobs } from "../jobs/boss";
import { seedDemoData } from "../../prisma/seed";

const TEMPLATE = "ctg_test_template";
// Outside test-results/, which Playwright empties when it starts.
const VITEST_REPORT = path.join(projectRoot, ".data/reports/vitest.json");
const PLAYWRIGHT_REPORT = path.join(projectRoot, ".data/reports/playwright.json");

function countResults() {
  let passed = 0;
  let failed = 0;
  if (runUnit && existsSync(VITEST_REPORT)) {
    const report = JSON.parse(readFileSync(VITEST_REPORT, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (runE2e && existsSync(PLAYWRIGHT_REPORT)) {
    const stats = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, "utf8")).stats ?? {};
    passed += stats.expected ?? 0;
    failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  }
  return { passed, failed };
}
const E2E_DATABASE = "ctg_e2e";
const args = process.argv.slice(2);
const runUnit = !args.includes("--e2e-only");
const runE2e = !args.includes("--unit-only");
/** Anything else is passed to the runners (a file filter, say: `npm run test:e2e -- conventions`). */
const passThrough = args.filter((arg) => arg !== "--e2e-only" && arg !== "--unit-only");

/** A guard: tests drop and create databases, so they never run against a remote server. */
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}

async function recreateDatabase(serverUrl: string, name: string, template?: string) {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await admin.end();
  }
}

/** The per-file databases a previous run could not drop (tests/helpers/setup-database.ts bounds its DROP). */
async function dropLeftoverFileDatabases(serverUrl: string) {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'ctg\\_test\\_%' AND datname <> $1`,
      [TEMPLATE],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(command, commandArgs, { cwd: projectRoot, stdio: "inherit", env });
  return result.status === 0;
}

async function main() {
  let serverUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    assertLocal(process.env.DATABASE_URL);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "";
    serverUrl = url.toString().replace(/\/$/, "");
  } else {
    const port = Number(process.env.TEST_PG_PORT ?? 54339);
    const server = await startEmbeddedPostgres({
      // One data folder per port, so that two runs on different ports never share a cluster.
      dataDir: path.join(projectRoot, port === 54339 ? ".data/test-pg" : `.data/test-pg-${port}`),
      port,
      throwAway: true,
    });
    serverUrl = server.urlFor("").replace(/\/$/, "");
    stop = () => server.stop();
  }

  let ok = true;
  /** The fuzz run counts as one test in the closing line (null when it did not run). */
  let fuzzOk: boolean | null = null;
  let buildFailed = false;
  rmSync(VITEST_REPORT, { force: true });
  rmSync(PLAYWRIGHT_REPORT, { force: true });
  try {
    await dropLeftoverFileDatabases(serverUrl);
    await recreateDatabase(serverUrl, TEMPLATE);
    await applyMigrations(`${serverUrl}/${TEMPLATE}`);
    await installJobs(`${serverUrl}/${TEMPLATE}`); // pg-boss's schema and queues, cloned with the rest
    const env = { ...process.env, TEST_PG_SERVER_URL: serverUrl, TEST_PG_TEMPLATE: TEMPLATE, DATABASE_URL: undefined };
    delete env.DATABASE_URL;

    if (runUnit) {
      ok =
        run(
          process.execPath,
          [
            path.join(projectRoot, "node_modules/vitest/vitest.mjs"),
            "run",
            "--reporter=default",
            "--reporter=json",
            `--outputFile=${VITEST_REPORT}`,
            ...passThrough,
          ],
          env,
        ) && ok;
    }

    if (runE2e) {
      await recreateDatabase(serverUrl, E2E_DATABASE, TEMPLATE);
      const e2eUrl = `${serverUrl}/${E2E_DATABASE}`;
      await seedDemoData(e2eUrl, { quiet: true });
      const e2eEnv = {
        ...env,
        E2E_DATABASE_URL: e2eUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT,
      };
      const built = run(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], e2eEnv);
      if (!built) buildFailed = true;
      ok =
        built &&
        run(
          process.execPath,
          [path.join(projectRoot, "node_modules/@playwright/test/cli.js"), "test", ...passThrough],
          e2eEnv,
        ) &&
        ok;
      // The bounded fuzz run on the same build, with its own database on this server: invalid inputs to every
      // server action and route handler, no unhandled error, no row changed, no other territory's data. Skipped
      // when a filter picks some specs only.
      if (built && passThrough.length === 0) {
        fuzzOk = run(
          process.execPath,
          [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "lib/cli/fuzz.ts", "--quick"],
          { ...env, FUZZ_PG_SERVER_URL: serverUrl, NEXT_TELEMETRY_DISABLED: "1" },
        );
      }
    }
  } finally {
    await stop();
  }
  const counts = countResults();
  const passed = counts.passed + (fuzzOk === true ? 1 : 0);
  // A failed production build counts as one failure: the end-to-end tests and the fuzz did not run.
  const failed = counts.failed + (fuzzOk === false ? 1 : 0) + (buildFailed ? 1 : 0);
  if (buildFailed) console.error("The production build failed: the end-to-end tests and the fuzz did not run.");
  else if (!ok && failed === 0)
    console.error("A test run stopped without reporting its failures (see its output above).");
  // One plain closing line for CI: "tests: N passed, N failed".
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
