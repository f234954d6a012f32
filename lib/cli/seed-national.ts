// `npm run seed:national`: writes the national-scale dataset (101 caisses, 1,250 territories, 30,000 fiches-action,
// 150,000 indicator values, 6,000 meetings…) into its own database: an embedded PostgreSQL under .data/national-pg
// (port NATIONAL_PG_PORT, default 54369, database `national`) or NATIONAL_DATABASE_URL. Never the demo database.
// Deterministic: the same seed on the same day writes the same rows. Options: --caisses N --territories N --seed S.
import pg from "pg";
import { generateNationalData, NATIONAL_DEFAULTS } from "./national/generate";
import { NATIONAL_DATABASE, openNationalServer, type NationalServer } from "./national/server";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  const started = performance.now();
  const caisses = Number(option("caisses") ?? NATIONAL_DEFAULTS.caisses);
  const territories = Number(option("territories") ?? NATIONAL_DEFAULTS.territories);
  const seed = option("seed") ?? NATIONAL_DEFAULTS.seed;

  let server: NationalServer | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await server?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));

  try {
    server = await openNationalServer(console.log);
    const url = await server.database(NATIONAL_DATABASE);
    console.log(
      `National dataset: ${caisses} caisses, ${territories} territories, seed "${seed}" → ${server.description}, database "${new URL(url).pathname.slice(1)}"`,
    );
    const summary = await generateNationalData(url, { caisses, territories, seed, log: (line) => console.log(line) });
    const width = Math.max(...Object.keys(summary.counts).map((t) => t.length));
    console.log("\nRows per table:");
    for (const [table, count] of Object.entries(summary.counts))
      console.log(`  ${table.padEnd(width)} ${count.toLocaleString("en-US").padStart(9)}`);
    const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    console.log(`  ${"total".padEnd(width)} ${total.toLocaleString("en-US").padStart(9)}`);
    console.log(
      `\nGenerated in ${(summary.generateMs / 1000).toFixed(1)} s, inserted (with VACUUM ANALYZE) in ${(summary.insertMs / 1000).toFixed(1)} s; ` +
        `elapsed ${((performance.now() - started) / 1000).toFixed(1)} s in all (data "today": ${summary.marker.today}).`,
    );
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const copil = (
      await client
        .query<{ email: string }>(`SELECT email FROM "User" WHERE email LIKE 'copil@%' ORDER BY email LIMIT 1`)
        .finally(() => client.end())
    ).rows[0]?.email;
    console.log(
      `Logins (password for all: ${summary.password}): cooperation@caf-<département code>.national.fr (e.g. cooperation@caf-01.national.fr, ` +
        `cooperation@caf-2a.national.fr) on every territory of the caisse; copil@<territory slug>.national.fr on some territories (e.g. ${copil}).`,
    );
    await stop(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

void main();
