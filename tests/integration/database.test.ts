import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { requireTestDatabase } from "../helpers/db";

requireTestDatabase();

describe("migrations", () => {
  it("were applied to the template once and apply nothing more", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a restart", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ctg-pg-"));
    chmodSync(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
    const port = 55000 + (process.pid % 1000);
    try {
      let server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port });
      await server.ensureDatabase("persist");
      let client = new pg.Client({ connectionString: server.urlFor("persist") });
      await client.connect();
      await client.query("CREATE TABLE t (v text)");
      await client.query("INSERT INTO t VALUES ('gardé')");
      await client.end();
      await server.stop();

      server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port });
      client = new pg.Client({ connectionString: server.urlFor("persist") });
      await client.connect();
      const { rows } = await client.query("SELECT v FROM t");
      await client.end();
      await server.stop();
      expect(rows).toEqual([{ v: "gardé" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
