// `npm run bench:import`: imports a generated 500-fiche plan workbook (2 indicators, 3 yearly values and 3 budget
// lines per fiche) into a fresh convention and prints the time and the process's peak memory. Not a test.
import { loadActor } from "../auth/actor";
import { openSession } from "../auth/sessions";
import { emptyWorkbook } from "../fiches-action/excel-layout";
import { importPlan } from "../fiches-action/import-plan";
import { withBenchDatabase } from "./bench-database";

const FICHES = Number(process.env.BENCH_FICHES ?? 500);

async function main() {
  await withBenchDatabase(async (db) => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "cooperation@ccss-lozere.demo.fr" } });
    const actor = (await loadActor(db, user.id, await openSession(db, user.id, 3600)))!;
    const territory = await db.territory.findUniqueOrThrow({ where: { slug: "aubrac-lot-causses-tarn" } });
    const convention = await db.convention.create({
      data: {
        territoryId: territory.id,
        title: "Banc d'essai",
        edition: 99,
        startDate: new Date("2029-01-01"),
        endDate: new Date("2033-12-31"),
      },
    });

    const workbook = emptyWorkbook();
    const funders = [
      "Caisse Commune de Sécurité Sociale de la Lozère",
      "Communauté de communes Aubrac Lot Causses Tarn",
      "Commune de Chanac",
    ];
    for (let i = 1; i <= FICHES; i++) {
      const number = `${Math.ceil(i / 50)}.${((i - 1) % 50) + 1}`;
      workbook
        .getWorksheet("Fiches")!
        .addRow([
          number,
          `Fiche d'essai ${number}`,
          `Axe ${Math.ceil(i / 125)}`,
          "Jeunesse ; Parentalité",
          "En cours",
          "Moyenne",
          funders[i % 3],
          "",
          funders[(i + 1) % 3],
          "",
          "2029-01",
          "2031-12",
          0.5,
          "Constat",
          "Objectif",
          "",
          "Description de l'action",
          "Familles",
        ]);
      for (const name of ["Participants", "Satisfaction"]) {
        workbook
          .getWorksheet("Indicateurs")!
          .addRow([
            number,
            name,
            name === "Participants" ? "personnes" : "%",
            "Quantitatif",
            10,
            2028,
            50,
            2033,
            "Bilans",
            "Annuelle",
          ]);
        for (const year of [2029, 2030, 2031])
          workbook.getWorksheet("Valeurs")!.addRow([number, name, year, 10 + year - 2029, ""]);
      }
      for (const [k, funder] of funders.entries())
        workbook.getWorksheet("Budget")!.addRow([number, 2029 + k, funder, "Fonctionnement", 10_000 + i, 9_000 + i]);
    }
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const start = performance.now();
    const result = await importPlan(db, actor, { territoryId: territory.id, conventionId: convention.id, file });
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 5))}`);
    console.log(
      `Import of ${FICHES} fiches (${(file.length / 1024).toFixed(0)} KiB workbook: ${result.indicators} indicators, ${result.values} values, ${result.budgetLines} budget lines)`,
    );
    console.log(
      `time ${(ms / 1000).toFixed(2)} s; process memory (RSS) ${(baseline / 2 ** 20).toFixed(0)} MiB before, peak ${(peak / 2 ** 20).toFixed(0)} MiB (+${((peak - baseline) / 2 ** 20).toFixed(0)} MiB)`,
    );
    const start2 = performance.now();
    const again = await importPlan(db, actor, { territoryId: territory.id, conventionId: convention.id, file });
    console.log(
      `re-import (updates by number): ${((performance.now() - start2) / 1000).toFixed(2)} s, ${again.ok ? `${again.created} created, ${again.updated} updated` : "failed"}`,
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
