// The territory's shared diagnostic: a copil member reads the figures (tables in fr-FR with their provenance), the
// caisse's findings and the partners' contributions, and contributes; the chargée de coopération writes findings
// with the keyboard alone; at phone width nothing scrolls sideways. The open-data values are inserted here, as an
// import would write them (the seed's own import, if any, wins: the latest values are read back before being looked
// for, and the years and extraction date may be the seed's).
import type { Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateOf, withE2eDb, expect, test } from "./support";

const URL = "/territoires/aubrac-lot-causses-tarn/diagnostic";
const SIREN = "200069268";

type Row = [
  level: "EPCI" | "DEPARTEMENT" | "FRANCE",
  areaCode: string,
  areaName: string,
  series: string,
  year: number,
  value: number,
];

const DATASETS: { id: string; level: Row[0]; rows: Row[] }[] = [
  {
    id: "txcouv_pe_epci",
    level: "EPCI",
    rows: [2021, 2022, 2023].map((year, i) => [
      "EPCI",
      SIREN,
      "CC Aubrac Lot Causses Tarn",
      "txcouv",
      year,
      [46.4, 48.1, 49.7][i],
    ]),
  },
  {
    id: "txcouv_pe_dep",
    level: "DEPARTEMENT",
    rows: [2021, 2022, 2023].map((year, i) => ["DEPARTEMENT", "48", "Lozère", "txcouv", year, [70.2, 71.5, 72.8][i]]),
  },
  {
    id: "txcouv_pe_nat",
    level: "FRANCE",
    rows: [2021, 2022, 2023].map((year, i) => ["FRANCE", "FR", "France", "txcouv", year, [59.8, 60.2, 60.9][i]]),
  },
  {
    id: "s_ben_epci_f",
    level: "EPCI",
    rows: [["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", "indfoy_ndur", 2023, 2145]],
  },
];

/** The values the page must show in the last column for the EPCI's coverage rate and its households, as stored. */
let latestCoverage: string;
let latestHouseholds: string;

test.beforeAll(async () => {
  await withE2eDb(async (client) => {
    const { rows: caisses } = await client.query(`SELECT id FROM "Caisse" WHERE departement = '48'`);
    const caisseId = caisses[0].id as string;
    for (const dataset of DATASETS) {
      const importId = `e2e-diagnostic-${dataset.id}`;
      await client.query(
        `INSERT INTO "DiagnosticImport" (id, "caisseId", "datasetId", level, source, "fileName", "extractedAt", years, added, updated, unchanged, ignored)
         VALUES ($1, $2, $3, $4::"DiagnosticLevel", 'Cnaf, data.caf.fr (Licence Ouverte)', $5, '2026-11-15T00:00:00Z', $6, $7, 0, 0, 0)
         ON CONFLICT (id) DO NOTHING`,
        [
          importId,
          caisseId,
          dataset.id,
          dataset.level,
          `${dataset.id}.csv`,
          [...new Set(dataset.rows.map((r) => r[4]))],
          dataset.rows.length,
        ],
      );
      for (const [level, areaCode, areaName, series, year, value] of dataset.rows) {
        await client.query(
          `INSERT INTO "DiagnosticValue" (id, "caisseId", level, "areaCode", "areaName", series, year, value, "datasetId", "importId")
           VALUES ($1, $2, $3::"DiagnosticLevel", $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT ("caisseId", level, "areaCode", series, year) DO NOTHING`,
          [
            `${importId}-${areaCode}-${series}-${year}`,
            caisseId,
            level,
            areaCode,
            areaName,
            series,
            year,
            value,
            dataset.id,
            importId,
          ],
        );
      }
    }
    const stored = async (series: string) =>
      Number(
        (
          await client.query(
            `SELECT value FROM "DiagnosticValue" WHERE "caisseId" = $1 AND level = 'EPCI' AND "areaCode" = $2 AND series = $3
             ORDER BY year DESC LIMIT 1`,
            [caisseId, SIREN, series],
          )
        ).rows[0].value,
      );
    latestCoverage = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(await stored("txcouv"));
    latestHouseholds = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 }).format(await stored("indfoy_ndur"));
  });
});

/** Presses Tab until `target` has the focus, as a keyboard user reaches a control. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Not reached with ${max} Tab presses: ${target}`);
}

async function fitsPhoneWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe("the copil member", () => {
  test.use({ storageState: storageStateOf("copil@lozere-departement.demo.fr") });

  test("reads the diagnostic of the territory: figures with their source, findings, contributions; and contributes", async ({
    page,
  }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn");
    await page
      .getByRole("navigation", { name: /^Territoire / })
      .getByRole("link", { name: "Diagnostic", exact: true })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Diagnostic partagé — Aubrac Lot Causses Tarn" }),
    ).toBeVisible();
    for (const theme of ["Petite enfance", "Familles", "Logement", "Minima sociaux et handicap"])
      await expect(page.getByRole("heading", { level: 2, name: theme })).toBeVisible();

    const coverage = page.getByRole("table", { name: /^Taux de couverture global/ });
    await expect(coverage.getByRole("columnheader").first()).toHaveText("Territoire");
    for (const year of ["2021", "2022", "2023"])
      await expect(coverage.getByRole("columnheader", { name: year, exact: true })).toBeVisible();
    const epciRow = coverage.getByRole("row", { name: /CC Aubrac Lot Causses Tarn/ });
    await expect(epciRow.getByRole("cell").last()).toHaveText(latestCoverage);
    await expect(coverage.getByRole("row", { name: /Lozère/ })).toBeVisible();
    await expect(coverage.getByRole("row", { name: /^France/ })).toBeVisible();
    await expect(
      page
        .getByText(
          /^Source : Cnaf, data\.caf\.fr \(Licence Ouverte\) — .*txcouv_pe_epci, .*extrait le \d{1,2}(er)? [a-zéû]+ \d{4}/,
        )
        .first(),
    ).toBeVisible();
    const households = page.getByRole("table", { name: /^Foyers allocataires \(toutes prestations\)/ });
    await expect(
      households
        .getByRole("row", { name: /CC Aubrac/ })
        .getByRole("cell")
        .last(),
    ).toHaveText(latestHouseholds);
    // The chart's text alternative.
    await expect(
      page.getByRole("img", {
        name: /^Taux de couverture global \(places pour 100 enfants de moins de 3 ans\), par année : CC Aubrac/,
      }),
    ).toBeVisible();

    // The legend names the areas in the bars' order: the EPCI, its département, France.
    await expect(page.locator(".recharts-legend-item-text").first()).toHaveText("CC Aubrac Lot Causses Tarn");
    await expect(page.locator(".recharts-legend-item-text").nth(1)).toHaveText("Lozère");
    await expect(page.locator(".recharts-legend-item-text").nth(2)).toHaveText("France");

    // The caisse's findings, read-only; the Département's contribution, signed.
    const petiteEnfance = page.getByRole("region", { name: "Petite enfance" });
    await expect(petiteEnfance.getByText(/48 places pour 100 enfants de moins de 3 ans en 2022/)).toBeVisible();
    await expect(page.getByRole("textbox", { name: /Constats de la caisse/ })).toHaveCount(0);
    const familles = page.getByRole("region", { name: "Familles" });
    await expect(
      familles.getByText(/Paul Copil \(Département de la Lozère\) — Département de la Lozère, le 6 octobre 2026/),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // A contribution of their own, then removed.
    const logement = page.getByRole("region", { name: "Logement" });
    const text = `Parc locatif social saturé à Chanac (${Date.now()}).`;
    await logement.getByLabel("Votre contribution : Logement").fill(text);
    await logement.getByRole("button", { name: "Ajouter la contribution" }).click();
    await expect(logement.getByRole("status").filter({ hasText: "Contribution ajoutée." })).toBeVisible();
    const mine = logement.getByRole("article").filter({ hasText: text });
    await expect(mine).toContainText("Paul Copil (Département de la Lozère) — Département de la Lozère");
    await mine.getByRole("button", { name: /^Retirer la contribution/ }).click();
    await mine.getByRole("button", { name: "Confirmer" }).click();
    await expect(logement.getByText(text)).toHaveCount(0);
  });
});

test.describe("the chargée de coopération", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("writes the findings of a theme with the keyboard alone", async ({ page }) => {
    await page.goto(URL);
    await expect(page.getByRole("heading", { level: 1, name: /Diagnostic partagé/ })).toBeVisible();
    const region = page.getByRole("region", { name: "Minima sociaux et handicap" });
    const editor = region.getByRole("textbox", { name: "Constats de la caisse : Minima sociaux et handicap" });
    await tabTo(page, editor);
    const words = `Le RSA concerne surtout des personnes seules (${Date.now()}).`;
    await page.keyboard.type("Constat");
    await page.keyboard.press("Enter");
    // A bulleted list, typed the way a word processor allows ("- " at the start of a line).
    await page.keyboard.type(`- ${words}`);
    await tabTo(page, region.getByRole("button", { name: "Enregistrer les constats" }), 10);
    await page.keyboard.press("Enter");
    const confirmation = region
      .getByRole("status")
      .filter({ hasText: /Constats « Minima sociaux et handicap » enregistrés — version \d+\./ });
    await expect(confirmation).toBeVisible();
    // The confirmation took the focus (not the top of the page).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain(await confirmation.innerText());
    await page.reload();
    await expect(region.getByRole("textbox", { name: /Constats de la caisse/ }).locator("li")).toHaveText(words);
    await expect(region.getByText(words)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const email of ["copil@lozere-departement.demo.fr", "cooperation@ccss-lozere.demo.fr"]) {
    test.describe(email, () => {
      test.use({ storageState: storageStateOf(email) });

      test("the diagnostic does not scroll sideways", async ({ page }) => {
        await page.goto(URL);
        await expect(page.getByRole("table", { name: /^Taux de couverture global/ })).toBeVisible();
        expect(await fitsPhoneWidth(page)).toBeLessThanOrEqual(0);
      });
    });
  }
});
