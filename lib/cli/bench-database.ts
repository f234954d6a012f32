// The database of the benchmark scripts: an embedded server under .data/bench-pg, emptied, migrated and seeded
// with the demo data at every run, so that each run measures the same thing.
import path from "node:path";
import { createPrismaClient, type Db } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { projectRoot } from "../db/local";
import { applyMigrations, resetDatabase } from "../db/migrate";
import { seedDemoData } from "../../prisma/seed";

export async function withBenchDatabase(run: (db: Db, url: string) => Promise<void>) {
  const server = await startEmbeddedPostgres({
    dataDir: path.join(projectRoot, ".data/bench-pg"),
    port: Number(process.env.BENCH_PG_PORT ?? 54359),
  });
  await server.ensureDatabase("bench");
  const url = server.urlFor("bench");
  const db = createPrismaClient(url, 4);
  try {
    await resetDatabase(url);
    await applyMigrations(url);
    await seedDemoData(url, { quiet: true, force: true });
    await run(db, url);
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}
