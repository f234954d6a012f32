import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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

  it("notices a kill -9, stops at once when already dead, and replaces a server left running by a crashed run", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ctg-pg-"));
    chmodSync(dir, 0o755);
    const dataDir = path.join(dir, "data");
    const port = 56000 + (process.pid % 1000);
    const pidOf = () => Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    try {
      const first = await startEmbeddedPostgres({ dataDir, port });
      process.kill(pidOf(), "SIGKILL");
      await first.exited; // resolves although nobody called stop()
      const started = Date.now();
      await first.stop();
      expect(Date.now() - started).toBeLessThan(1_000);

      // A launcher killed hard leaves its server running: the next start stops it and takes over.
      const second = await startEmbeddedPostgres({ dataDir, port });
      const orphan = pidOf();
      const third = await startEmbeddedPostgres({ dataDir, port });
      expect(pidOf()).not.toBe(orphan);
      await second.exited;
      const client = new pg.Client({ connectionString: third.urlFor("postgres") });
      await client.connect();
      expect((await client.query("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
      await client.end();
      await third.stop();
      await third.exited;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
