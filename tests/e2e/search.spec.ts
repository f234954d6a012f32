import { expectNoAxeViolations, storageStateOf, expect, test } from "./support";

test.describe("search", () => {
  test.describe("as the Lozère chargée de coopération", () => {
    test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

    test("finds the Aubrac fiche about the Espace Jeunes from the header, with the keyboard, and nothing of other caisses", async ({
      page,
    }) => {
      await page.goto("/");
      const box = page.getByRole("searchbox", { name: "Rechercher" });
      await box.focus();
      await page.keyboard.type("espace jeunes");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/recherche\?q=espace\+jeunes$/);
      await expect(page.getByRole("heading", { level: 1, name: "Recherche" })).toBeVisible();
      const fiches = page.getByRole("region", { name: /Fiches-action/ });
      const hit = fiches.getByRole("link", { name: "Fiche 2.1 — Créer un Espace Jeunes à La Canourgue" });
      await expect(hit).toBeVisible();
      await expect(fiches.getByText("Aubrac Lot Causses Tarn").first()).toBeVisible();
      // The matched words are highlighted; the minutes and the decision that speak of it are found too.
      await expect(fiches.locator("mark").first()).toHaveText(/Espace/i);
      await expect(page.getByRole("region", { name: /Décisions/ })).toContainText("Espace Jeunes");
      // Other caisses' territories never appear.
      await expect(page.getByText(/Tarbes|Vosges|Porte des Vosges/)).toHaveCount(0);
      await expectNoAxeViolations(page);
      await hit.click();
      await expect(
        page.getByRole("heading", { level: 1, name: /Créer un Espace Jeunes à La Canourgue/ }),
      ).toBeVisible();
    });

    test("says what is wrong with a query that is too short, and keeps it in the box", async ({ page }) => {
      await page.goto("/recherche?q=a");
      await expect(page.getByRole("alert").filter({ hasText: "Recherche" })).toHaveText(
        "Recherche : au moins 2 caractères.",
      );
      await expect(page.getByRole("searchbox", { name: "Rechercher" }).last()).toHaveValue("a");
    });
  });

  test.describe("as the Hautes-Pyrénées chargée", () => {
    test.use({ storageState: storageStateOf("cooperation@caf-hautes-pyrenees.demo.fr") });

    test("gets nothing of the Lozère for the same words", async ({ page }) => {
      await page.goto("/recherche?q=espace+jeunes");
      await expect(page.getByRole("status").filter({ hasText: /résultat/ })).toBeVisible();
      await expect(page.getByText(/La Canourgue|Aubrac|Lozère/)).toHaveCount(0);
    });
  });
});
