// `npm run bench:diagnostic-import`: the import of a national open-data file (every EPCI of France × 8 years of
// coverage rates, txcouv_pe_epci, generated in memory by lib/cli/open-data-sample.ts) into a caisse whose
// territories cover every EPCI; then the next year's file (one year added, the others unchanged). Prints the parse,
// preview and write times, the rows and values, and the process's memory. Not a test.
import { writeImport, caisseAreas, previewFile } from "../diagnostic/import";
import { parseOpenDataFile } from "../diagnostic/parse";
import { withBenchDatabase } from "./bench-database";
import { allEpci, coverageEpciCsv } from "./open-data-sample";

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  await withBenchDatabase(async (db) => {
    const epci = allEpci();
    const caisse = await db.caisse.create({
      data: { kind: "CAF", name: "Caisse nationale d'essai", shortName: "CAF d'essai", departement: "75" },
    });
    await db.territory.createMany({
      data: epci.map((e, i) => ({ caisseId: caisse.id, name: e.name, slug: `bench-epci-${i}`, siren: e.code })),
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "admin@ccss-lozere.demo.fr" } });

    const run = async (label: string, years: number[]) => {
      const csv = new TextEncoder().encode(coverageEpciCsv(epci, years));
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      let t = performance.now();
      const parsed = parseOpenDataFile(csv, "txcouv_pe_epci.csv");
      const parseMs = performance.now() - t;
      if (!parsed.ok) throw new Error(parsed.message);
      t = performance.now();
      const preview = await previewFile(db, await caisseAreas(db, caisse.id), parsed.file);
      const previewMs = performance.now() - t;
      t = performance.now();
      const result = await writeImport(
        db,
        user,
        caisse.id,
        [{ file: parsed.file, fileName: "txcouv_pe_epci.csv" }],
        new Date(),
      );
      const writeMs = performance.now() - t;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      console.log(
        `${label}: ${(csv.length / 2 ** 20).toFixed(1)} MiB file, ${parsed.file.rows.toLocaleString("fr-FR")} rows × ${parsed.file.years.length} years, ${parsed.file.values.length.toLocaleString("fr-FR")} values (${preview.toAdd} to add, ${preview.toUpdate} to update, ${preview.unchanged} unchanged), ${result.territoriesUpdated} territories audited`,
      );
      console.log(
        `  parse ${seconds(parseMs)} · preview ${seconds(previewMs)} · write ${seconds(writeMs)} (total ${seconds(parseMs + previewMs + writeMs)}); RSS ${mib(baseline)} before, peak ${mib(peak)} (+${mib(peak - baseline)})`,
      );
    };
    console.log(`${epci.length} EPCI, one territory each.`);
    await run("first import", [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    await run("next year's file", [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
