import { demoUsers, expectNoAxeViolations, storageStateOf, withE2eDb, expect, test } from "./support";

const user = (email: string) => demoUsers.find((u) => u.email === email)!;

test.describe("territory pages", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("a chargée de coopération sees her caisse's territories with each convention's status and period", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 2, name: /CCSS de la Lozère/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Aubrac Lot Causses Tarn", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cœur de Lozère", exact: true })).toBeVisible();
    await expect(page.getByText("Tarbes Lourdes Pyrénées Sud")).toHaveCount(0);
    await expect(page.getByText("CTG n° 2 — 2024 – 2028")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Aubrac Lot Causses Tarn", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Aubrac Lot Causses Tarn" })).toBeVisible();
    await expect(page.getByText("SIREN 200069268")).toBeVisible();
    const conventions = page.getByRole("table").first();
    await expect(conventions.getByText("du 1er janvier 2024 au 31 décembre 2028")).toBeVisible();
    await expect(conventions.getByText("Validée")).toBeVisible();
    // The counts by status, computed here in SQL (other spec files change statuses on the same database).
    const counts = await withE2eDb(async (client) =>
      Object.fromEntries(
        (
          await client.query(
            `SELECT f.status, count(*)::int AS n FROM "FicheAction" f JOIN "Territory" t ON t.id = f."territoryId" WHERE t.slug = 'aubrac-lot-causses-tarn' GROUP BY f.status`,
          )
        ).rows.map((r) => [r.status, r.n]),
      ),
    );
    const byStatus = page.getByRole("table", { name: "Nombre de fiches-action par statut" });
    await expect(byStatus.getByRole("row", { name: /En cours/ })).toHaveText(`En cours${counts.IN_PROGRESS ?? 0}`);
    await expect(byStatus.getByRole("row", { name: /Réalisée/ })).toHaveText(`Réalisée${counts.DONE ?? 0}`);
    await expect(byStatus.getByRole("row", { name: /Total/ })).toHaveText(
      `Total${Object.values(counts).reduce((a: number, b) => a + Number(b), 0)}`,
    );
    await expect(page.getByText(/Comité de pilotage — 10 juin 2027/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the territory settings save with audit, show French field errors, and detect a concurrent edit", async ({
    page,
    browser,
  }) => {
    await page.goto("/territoires/coeur-de-lozere/parametres");
    await expectNoAxeViolations(page);
    await page.getByLabel("SIREN de l'EPCI").fill("123456789");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Le SIREN doit comporter 9 chiffres et une clé valide.")).toBeVisible();

    // A second session opens the same form before the first one saves.
    const other = await browser.newContext({ storageState: storageStateOf("admin@ccss-lozere.demo.fr") });
    const otherPage = await other.newPage();
    await otherPage.goto("/territoires/coeur-de-lozere/parametres");

    await page.getByLabel("SIREN de l'EPCI").fill("");
    await page.getByLabel("Population").fill("25000");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Modifications enregistrées.")).toBeVisible();

    await otherPage.getByLabel("Nom du territoire").fill("Nom écrasé");
    await otherPage.getByRole("button", { name: "Enregistrer" }).click();
    await expect(otherPage.getByRole("form", { name: "Paramètres du territoire" }).getByRole("alert")).toContainText(
      "modifié par quelqu'un d'autre",
    );
    await other.close();

    await page.goto("/territoires/coeur-de-lozere");
    await expect(page.getByRole("heading", { level: 1, name: "Cœur de Lozère" })).toBeVisible();
    await expect(page.getByText("25 000 habitants")).toBeVisible();

    await page.goto("/territoires/coeur-de-lozere/journal");
    const row = page.getByRole("row", { name: /Modification du territoire/ });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Population : (vide) → 25000");
    await expect(row).toContainText(user("cooperation@ccss-lozere.demo.fr").name);
    await expectNoAxeViolations(page);
  });
});

test.describe("read-only roles", () => {
  test.use({ storageState: storageStateOf("copil@lozere-departement.demo.fr") });

  test("a copil member reads the territory home without edit or journal links", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Aubrac Lot Causses Tarn", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cœur de Lozère", exact: true })).toHaveCount(0);
    await page.goto("/territoires/aubrac-lot-causses-tarn");
    await expect(page.getByRole("heading", { level: 1, name: "Aubrac Lot Causses Tarn" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Paramètres du territoire" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Journal des modifications" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
