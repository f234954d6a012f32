// The shared diagnostic where it shows outside its own page: the caisse overview's coverage column (sorted with the
// keyboard), the fiche 1.1 indicator linked to `txcouv`, and annexe 3 of Aubrac's CTG n° 2 (page and printable view).
// The open data is written here as an import would write it (the caisse's own values).
import { expectNoAxeViolations, storageStateOf, expect, test, withE2eDb } from "./support";

const SIREN = "200069268";
const TERRITORY = "/territoires/aubrac-lot-causses-tarn";

async function importCoverage(): Promise<string> {
  return withE2eDb(async (client) => {
    const caisseId = (await client.query(`SELECT id FROM "Caisse" WHERE departement = '48'`)).rows[0].id as string;
    const rows: [string, string, string, number, number][] = [
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", 2021, 46.5],
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", 2022, 48],
      ["EPCI", SIREN, "CC Aubrac Lot Causses Tarn", 2023, 49.2],
      ["DEPARTEMENT", "48", "Lozère", 2023, 61.3],
      ["FRANCE", "FR", "France", 2023, 59.7],
    ];
    const importId = `e2e-import-${Date.now()}`;
    await client.query(
      `INSERT INTO "DiagnosticImport" (id, "caisseId", "datasetId", level, source, "fileName", "extractedAt", years,
         added, updated, unchanged, ignored)
       VALUES ($1, $2, 'txcouv_pe_epci', 'EPCI', 'Cnaf, data.caf.fr (Licence Ouverte)', 'txcouv_pe_epci.csv',
         '2026-11-15', '{2021,2022,2023}', 5, 0, 0, 0)`,
      [importId, caisseId],
    );
    for (const [level, areaCode, areaName, year, value] of rows) {
      await client.query(
        `INSERT INTO "DiagnosticValue" (id, "caisseId", level, "areaCode", "areaName", series, year, value,
           "datasetId", "importId")
         VALUES ($1, $2, $3::"DiagnosticLevel", $4, $5, 'txcouv', $6, $7, 'txcouv_pe_epci', $8)
         ON CONFLICT ("caisseId", level, "areaCode", series, year)
         DO UPDATE SET value = EXCLUDED.value, "importId" = EXCLUDED."importId"`,
        [`${importId}-${level}-${year}`, caisseId, level, areaCode, areaName, year, value, importId],
      );
    }
    return caisseId;
  });
}

test.describe("the shared diagnostic in the overview, the fiches and annexe 3", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("the overview shows each territory's coverage rate and sorts by it from the keyboard", async ({ page }) => {
    const caisseId = await importCoverage();
    await page.goto(`/caisses/${caisseId}`);
    const header = page.getByRole("columnheader", { name: /Taux de couverture/ });
    await expect(header).toHaveAttribute("aria-sort", "none");
    await expect(page.getByRole("row", { name: /Aubrac Lot Causses Tarn/ })).toContainText("49,2 (2023)");
    await expect(page.getByRole("row", { name: /Cœur de Lozère/ })).toContainText("—");
    await expectNoAxeViolations(page);
    await header.getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/tri=couverture&ordre=asc/);
    await expect(page.getByRole("columnheader", { name: /Taux de couverture/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    // Territories with a rate first; Aubrac is the only one here.
    await expect(page.getByRole("row").nth(1)).toContainText("Aubrac Lot Causses Tarn");
    await page
      .getByRole("columnheader", { name: /Taux de couverture/ })
      .getByRole("link")
      .press("Enter");
    await expect(page).toHaveURL(/tri=couverture&ordre=desc/);
    await expect(page.getByRole("columnheader", { name: /Taux de couverture/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  test("fiche 1.1's coverage indicator takes its values from the diagnostic, tagged as open data", async ({ page }) => {
    await importCoverage();
    await page.goto(`${TERRITORY}/fiches-action`);
    await page
      .getByRole("link", { name: "Pérenniser l'accueil du jeune enfant du service commun de La Canourgue" })
      .click();
    await expect(
      page.getByText("Valeur de référence et valeurs annuelles issues du diagnostic (txcouv, Cnaf)"),
    ).toBeVisible();
    const linkForm = page.getByRole("form", { name: /Données du diagnostic de l'indicateur Taux de couverture/ });
    await expect(linkForm.getByLabel("Valeurs issues du diagnostic")).toHaveValue("txcouv");
    await linkForm.getByRole("button", { name: "Modifier le lien" }).click();
    await expect(page.getByRole("row", { name: /^2023 49,2 données ouvertes/ })).toBeVisible();
    await expect(page.getByText(/référence 48 \(2022\)/)).toBeVisible();
    await expectNoAxeViolations(page);
    // A published year cannot be typed over.
    const valueForm = page.getByRole("form", { name: /Valeur de l'indicateur Taux de couverture/ });
    await valueForm.getByLabel("Année").fill("2023");
    await valueForm.getByLabel("Valeur").fill("50");
    await valueForm.getByRole("button", { name: "Enregistrer la valeur" }).click();
    await expect(valueForm.getByText(/La valeur 2023 vient des données ouvertes du diagnostic/)).toBeVisible();
  });

  test("annexe 3 of Aubrac's CTG n° 2 shows the coverage table, on the page and in the printable view", async ({
    page,
  }) => {
    await importCoverage();
    await page.goto(`${TERRITORY}/conventions`);
    await page
      .getByRole("link", { name: /CTG n° 2/ })
      .first()
      .click();
    const annexes = page.getByRole("region", { name: "Annexes" });
    await expect(annexes.getByRole("heading", { name: /Annexe 3 : Diagnostic partagé/ })).toBeVisible();
    const table = annexes.getByRole("table", { name: /Taux de couverture global/ });
    await expect(table.getByRole("row", { name: /CC Aubrac Lot Causses Tarn/ })).toContainText("48,0");
    await expect(table.getByRole("row", { name: /France/ })).toContainText("59,7");
    await expect(
      annexes.getByText(/Source : Cnaf, data\.caf\.fr \(Licence Ouverte\) — jeux de données txcouv_pe_epci/),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Version imprimable" }).click();
    await expect(page.getByRole("table", { name: /Taux de couverture global/ })).toContainText("49,2");
  });
});
