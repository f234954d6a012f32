// Each integration test file gets its own database, cloned from a template that lib/cli/test.ts migrated once:
// files run in parallel without seeing each other's rows, and every file starts from an empty, migrated schema.
import pg from "pg";
import { afterAll } from "vitest";

const serverUrl = process.env.TEST_PG_SERVER_URL;
const template = process.env.TEST_PG_TEMPLATE;

if (serverUrl && template) {
  const name = `ctg_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  process.env.DATABASE_URL = `${serverUrl}/${name}`;
  process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-123";

  afterAll(async () => {
    // Operations that notify queue emails through pg-boss: its sending instance holds connections to the database.
    // Both are process singletons on globalThis (lib/jobs/boss.ts, lib/db/client.ts): a file that started neither
    // (most unit tests) does not load them here just to stop nothing.
    const globals = globalThis as unknown as { ctgJobSender?: unknown; prisma?: { $disconnect(): Promise<void> } };
    if (globals.ctgJobSender) {
      const { stopJobSender } = await import("../../lib/jobs/boss");
      await stopJobSender();
    }
    await globals.prisma?.$disconnect().catch(() => undefined);
    // The file's database is not dropped here: DROP DATABASE waits for a checkpoint, which stalled for over a minute
    // on a loaded machine (the wait cannot be cancelled, so the hook timed out). The next run drops what is left
    // (lib/cli/test.ts); a CI cluster is thrown away anyway.
  });
}
