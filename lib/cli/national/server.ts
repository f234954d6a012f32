// Where the national dataset lives: NATIONAL_DATABASE_URL when set, otherwise an embedded PostgreSQL under
// .data/national-pg on NATIONAL_PG_PORT (54369) — never the demo database (.data/pg) nor the test one.
// The one-territory database of the benchmark sits next to it (database `one_territory` on the same server,
// or NATIONAL_ONE_TERRITORY_DATABASE_URL).
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { projectRoot } from "../../db/local";

export const NATIONAL_DATABASE = "national";
export const ONE_TERRITORY_DATABASE = "one_territory";
export const NATIONAL_DATA_DIR = path.join(projectRoot, ".data/national-pg");

export type NationalServer = {
  /** URL of one of the benchmark's databases, created when missing. */
  database(name: typeof NATIONAL_DATABASE | typeof ONE_TERRITORY_DATABASE): Promise<string>;
  description: string;
  stop(): Promise<void>;
};

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

/** Refuses the databases of the demo and of the tests, which the generator would wipe. */
function assertNotAppDatabase(url: string) {
  const target = new URL(url);
  const database = target.pathname.slice(1);
  const guarded = ["ctg", "ctg_e2e", "ctg_test_template", "bench"];
  if (process.env.DATABASE_URL && new URL(process.env.DATABASE_URL).toString() === target.toString()) {
    throw new Error("NATIONAL_DATABASE_URL is DATABASE_URL: the national dataset needs a database of its own.");
  }
  if (guarded.includes(database) || database.startsWith("ctg_test")) {
    throw new Error(
      `Refusing to use database "${database}" for the national dataset: it belongs to the demo or the tests.`,
    );
  }
}

async function ensureDatabaseOn(serverUrl: string, name: string) {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

export async function openNationalServer(log: (line: string) => void = () => {}): Promise<NationalServer> {
  const external = process.env.NATIONAL_DATABASE_URL;
  if (external) {
    const oneTerritory =
      process.env.NATIONAL_ONE_TERRITORY_DATABASE_URL ??
      (() => {
        const url = new URL(external);
        url.pathname = `/${ONE_TERRITORY_DATABASE}`;
        return url.toString();
      })();
    assertNotAppDatabase(external);
    assertNotAppDatabase(oneTerritory);
    return {
      description: `NATIONAL_DATABASE_URL (${redact(external)})`,
      async database(name) {
        const url = name === NATIONAL_DATABASE ? external : oneTerritory;
        await ensureDatabaseOn(url, new URL(url).pathname.slice(1));
        return url;
      },
      stop: async () => {},
    };
  }
  const port = Number(process.env.NATIONAL_PG_PORT ?? 54369);
  log(`Starting the embedded PostgreSQL of the national dataset (.data/national-pg, port ${port})…`);
  let server: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir: NATIONAL_DATA_DIR, port });
  return {
    description: `embedded PostgreSQL, .data/national-pg, port ${port}`,
    async database(name) {
      await server!.ensureDatabase(name);
      return server!.urlFor(name);
    },
    async stop() {
      const running = server;
      server = null;
      if (running) await running.stop();
    },
  };
}
