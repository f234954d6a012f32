// Migrations through Prisma's official schema engine, in its WebAssembly build (@prisma/schema-engine-wasm):
// the native engine cannot be downloaded on every machine, the WebAssembly one ships in the npm package.
// The engine reaches PostgreSQL through the same driver adapter as the app (@prisma/adapter-pg).
// Why package.json pins @prisma/schema-engine-wasm exactly: this file calls the engine's internal WebAssembly
// interface (SchemaEngine.new, applyMigrations, diff), which changes between engine builds. Its version must be the
// engine build of the Prisma in use (`enginesVersion` of @prisma/engines-version). At each Prisma upgrade: pin the
// matching build, then run `npm test` (every migration is applied and the schema diffed by the database tests).
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const SNAPSHOT = "schema.prisma";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ stdout: string | null }>;
  reset(input: unknown): Promise<void>;
  free(): void;
};

let wasmReady: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> } }> | undefined;

/** Loads the WebAssembly module by hand: the package's entry imports `.wasm` as an ES module, which Node cannot. */
function loadWasm() {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
    const glue = bg as unknown as { __wbg_set_wasm(exports: unknown): void };
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg as never;
  })();
  return wasmReady;
}

async function withEngine<T>(databaseUrl: string, run: (engine: Engine) => Promise<T>, log = false): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  const schema = readFileSync(schemaPath, "utf8");
  // Track the connections the engine opens, to close them ourselves: freeing the engine does not.
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connection = await factory.connect();
      opened.push(connection);
      return connection;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(tracked as unknown as PrismaPg);
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (message: string) => {
      if (log) console.log(message);
    },
    adapter,
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    // Close pooled connections so the database can stop cleanly.
    await Promise.all(opened.map((connection) => connection.dispose().catch(() => undefined)));
  }
}

function readMigrationsList() {
  mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, LOCKFILE);
  const directories = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies the committed migrations that the database lacks. Idempotent. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}

/**
 * Writes a new migration folder from the difference between the schema as of the last migration and the
 * current schema. The WebAssembly engine can neither open a shadow database nor introspect a live one through
 * the driver adapter, so each migration folder keeps the schema it was generated from (`schema.prisma`) and
 * the engine diffs two datamodels, which needs no database at all.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const previous = readMigrationsList().migrationDirectories.at(-1);
  const previousSchemaPath = previous && path.join(migrationsDir, previous.path, SNAPSHOT);
  if (previous && !existsSync(previousSchemaPath!)) {
    throw new Error(`${previous.path} has no ${SNAPSHOT} snapshot to diff from.`);
  }
  const current = readFileSync(schemaPath, "utf8");
  const script = await withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: previous
        ? { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(previousSchemaPath!, "utf8") }] }
        : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: current }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
  if (!script.trim() || /^-- This is an empty migration/m.test(script)) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folderName = `${stamp}_${name}`;
  mkdirSync(path.join(migrationsDir, folderName), { recursive: true });
  writeFileSync(path.join(migrationsDir, folderName, "migration.sql"), script);
  writeFileSync(path.join(migrationsDir, folderName, SNAPSHOT), current);
  const lockPath = path.join(migrationsDir, LOCKFILE);
  if (!existsSync(lockPath)) {
    writeFileSync(lockPath, '# Please do not edit this file manually\nprovider = "postgresql"\n');
  }
  return folderName;
}

/** Drops every object of the database (used by `db:reset` and between test files). */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  await withEngine(databaseUrl, (engine) => engine.reset({ filter: NO_FILTERS }));
}
