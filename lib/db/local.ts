// Where the scripts find their database: DATABASE_URL when set, otherwise the embedded server under .data/.
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const DEFAULT_EMBEDDED_PORT = 54329;

export type DatabaseHandle = { url: string; embedded: EmbeddedServer | null; stop(): Promise<void> };

export async function openDatabase(
  options: {
    dataDir?: string;
    port?: number;
    database?: string;
    log?: (line: string) => void;
  } = {},
): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: options.dataDir ?? path.join(projectRoot, ".data/pg"),
    port: options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    log: options.log,
  });
  const database = options.database ?? "ctg";
  await embedded.ensureDatabase(database);
  return { url: embedded.urlFor(database), embedded, stop: () => embedded.stop() };
}
