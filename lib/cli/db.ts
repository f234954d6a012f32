// Database chores: `migrate`, `create <name>` (new migration from a schema change), `seed`, `reset`.
// Uses DATABASE_URL when set, otherwise the embedded PostgreSQL under .data/pg.
import { openDatabase } from "../db/local";
import { applyMigrations, createMigration, resetDatabase } from "../db/migrate";
import { installJobs } from "../jobs/boss";

const [command, ...args] = process.argv.slice(2);

async function main() {
  const db = await openDatabase();
  try {
    switch (command) {
      case "migrate": {
        const applied = await applyMigrations(db.url);
        await installJobs(db.url); // pg-boss's schema (its own migrations) and the queues
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
        break;
      }
      case "create": {
        const name = (args[0] ?? "").replace(/[^a-z0-9_]/gi, "_");
        if (!name) throw new Error("Usage: npm run db:migration:create -- <name>");
        const created = await createMigration(db.url, name);
        console.log(created ? `Created prisma/migrations/${created}` : "No schema change: nothing created.");
        break;
      }
      case "seed": {
        const { seedDemoData } = await import("../../prisma/seed");
        await applyMigrations(db.url);
        await seedDemoData(db.url, { force: args.includes("--force") });
        break;
      }
      case "reset": {
        await resetDatabase(db.url);
        await applyMigrations(db.url);
        await installJobs(db.url);
        const { seedDemoData } = await import("../../prisma/seed");
        await seedDemoData(db.url, { force: true });
        console.log("Database reset, migrated and seeded.");
        break;
      }
      default:
        throw new Error("Usage: tsx lib/cli/db.ts migrate | create <name> | seed | reset");
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
