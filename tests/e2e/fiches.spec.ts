import { expectNoAxeViolations, storageStateOf, expect, test } from "./support";

const PLAN = "/territoires/aubrac-lot-causses-tarn/fiches-action";

test.describe("EPCI staff follow the action plan", () => {
  test.use({ storageState: storageStateOf("epci@aubrac-lot-causses-tarn.demo.fr") });

  test("filters the list (kept in the URL), sorts it, and opens a fiche", async ({ page }) => {
    await page.goto(PLAN);
    await expect(
      page.getByRole("heading", { level: 1, name: "Plan d'actions d'Aubrac Lot Causses Tarn" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByText("6 fiches")).toBeVisible();
    const filters = page.getByRole("form", { name: "Filtres" });
    await filters.getByLabel("Statut").selectOption({ label: "En cours" });
    await filters.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/statut=IN_PROGRESS/);
    await expect(page.getByText("3 fiches")).toBeVisible();
    await page.reload();
    await expect(page.getByText("3 fiches")).toBeVisible();
    await page.getByRole("link", { name: "Fiche-action" }).click();
    await expect(page).toHaveURL(/tri=titre/);
    const titles = await page.getByRole("row").locator("td:nth-child(3) a").allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "fr")));
    await page.goto(`${PLAN}?retard=1`);
    // 2.3 (ended March 2025, blocked) is late; so are the others that ended before this month and are not done.
    await expect(page.getByRole("row", { name: /2\.3/ })).toContainText("En retard");
  });

  test("changes a status with a comment, adds an indicator value, and sees the journal and the chart", async ({
    page,
  }) => {
    await page.goto(PLAN);
    await page.getByRole("link", { name: "Créer un Espace Jeunes à La Canourgue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Fiche 2\.1/ })).toBeVisible();
    await expectNoAxeViolations(page);
    const statusForm = page.getByRole("form", { name: "Changement de statut" });
    await statusForm.getByLabel("Nouveau statut").selectOption({ label: "Bloquée" });
    await statusForm.getByLabel("Commentaire").fill("Local en travaux jusqu'en septembre");
    await statusForm.getByRole("button", { name: "Changer le statut" }).click();
    await expect(page.getByText("Statut mis à jour.")).toBeVisible();
    await expect(page.getByText(/En cours → Bloquée — « Local en travaux jusqu.en septembre »/)).toBeVisible();

    const valueForm = page.getByRole("form", { name: "Valeur de l'indicateur Jeunes inscrits à l'Espace Jeunes" });
    await valueForm.getByLabel("Année").fill("2026");
    await valueForm.getByLabel("Valeur").fill("douze");
    await valueForm.getByRole("button", { name: "Enregistrer la valeur" }).click();
    await expect(valueForm.getByText("Valeur : nombre attendu.")).toBeVisible();
    await valueForm.getByLabel("Valeur").fill("41");
    await valueForm.getByRole("button", { name: "Enregistrer la valeur" }).click();
    await expect(page.getByRole("row", { name: /^2026 41/ })).toBeVisible();
    await expect(
      page.getByRole("img", {
        name: /Jeunes inscrits à l'Espace Jeunes : 2025 : 22 jeunes, 2026 : 41 jeunes ; cible 60 jeunes en 2026/,
      }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    const stepForm = page.getByRole("form", { name: "Nouvelle étape" });
    await stepForm.getByLabel("Intitulé").fill("Visite des locaux");
    await stepForm.getByRole("button", { name: "Ajouter l'étape" }).click();
    await expect(page.getByText("○ À faire — Visite des locaux")).toBeVisible();
    await page.getByRole("button", { name: "Marquer comme faite : Visite des locaux" }).click();
    await expect(page.getByText("✓ Fait — Visite des locaux")).toBeVisible();

    await page.getByRole("link", { name: "Modifier la fiche" }).click();
    // The edit page, with its own title, before axe reads it (the link navigates on the client).
    await expect(page.getByRole("heading", { level: 1, name: /^Modifier la fiche / })).toBeVisible();
    await expect(page).toHaveTitle(/^Modifier une fiche-action/);
    await expectNoAxeViolations(page);
  });

  test("changes statuses in bulk from the list", async ({ page }) => {
    await page.goto(`${PLAN}?statut=NOT_STARTED`);
    await page.getByLabel("Sélectionner la fiche 2.2").check();
    const bulk = page.getByRole("form", { name: "Changement de statut groupé" });
    await bulk.getByLabel("Nouveau statut des fiches cochées").selectOption({ label: "Reportée" });
    await bulk.getByLabel("Commentaire").fill("Reporté à 2027");
    await bulk.getByRole("button", { name: "Appliquer à 1 fiche" }).click();
    await expect(page.getByText("1 fiche mise à jour.")).toBeVisible();
    // The fiche left the list filtered on "Non démarrée"; the confirmation stays.
    await expect(page.getByRole("checkbox", { name: "Sélectionner la fiche 2.2" })).toHaveCount(0);
    await expect(page.getByText("1 fiche mise à jour.")).toBeVisible();
  });
});

test.describe("facilities (annexe 5)", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("shows funding per year with totals, and adds a rate and a facility", async ({ page }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn/equipements");
    await expect(page.getByRole("heading", { level: 1, name: "Équipements et services financés" })).toBeVisible();
    await expectNoAxeViolations(page);
    // EAJE rates: 1 000 € a place from 2024, 1 100 € from 2026: the 24-place crèche gets 24 000 € in 2025.
    await expect(page.getByRole("row", { name: /Crèche du service commun de La Canourgue/ })).toContainText("24 000 €");
    const form = page.getByRole("form", { name: "Nouvelle structure" });
    await form.getByLabel("Nom").fill("Micro-crèche de Chanac");
    await form.getByLabel("Type").selectOption({ label: "Micro-crèche" });
    await form.getByLabel("Places").fill("-3");
    await form.getByRole("button", { name: "Ajouter la structure" }).click();
    await expect(form.getByText("Places : nombre positif attendu.")).toBeVisible();
    await form.getByLabel("Places").fill("10");
    await form.getByRole("button", { name: "Ajouter la structure" }).click();
    await expect(page.getByRole("row", { name: /Micro-crèche de Chanac/ })).toBeVisible();
  });
});

test.describe("Excel", () => {
  test.use({ storageState: storageStateOf("epci@aubrac-lot-causses-tarn.demo.fr") });

  test("exports the plan, and an import with errors lists them all and changes nothing", async ({ page }) => {
    await page.goto(PLAN);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Exporter le plan (Excel)" }).click();
    expect((await download).suggestedFilename()).toBe("plan-actions-aubrac-lot-causses-tarn.xlsx");
    await page.getByRole("link", { name: "Importer depuis Excel" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Importer un plan d'actions depuis Excel" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Classeur Excel (.xlsx)").setInputFiles({
      name: "plan.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("pas un classeur"),
    });
    await page.getByRole("button", { name: "Importer" }).click();
    await expect(
      page.getByRole("cell", { name: "Le fichier n'est pas un classeur Excel (.xlsx) lisible." }),
    ).toBeVisible();
    await expect(page.getByText("rien n'a été enregistré")).toBeVisible();
  });
});

test.describe("a pilot contributor", () => {
  test.use({ storageState: storageStateOf("pilote@chanac.demo.fr") });

  test("edits only the fiche its commune pilots", async ({ page }) => {
    await page.goto(PLAN);
    await page.getByRole("link", { name: /Soutenir les associations locales/ }).click();
    await expect(page.getByRole("link", { name: "Modifier la fiche" })).toBeVisible();
    await page.goto(PLAN);
    await page.getByRole("link", { name: /Pérenniser l'accueil du jeune enfant/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Fiche 1\.1/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Modifier la fiche" })).toHaveCount(0);
    await expect(page.getByRole("form")).toHaveCount(0);
  });
});

test.describe("a copil member", () => {
  test.use({ storageState: storageStateOf("copil@lozere-departement.demo.fr") });

  test("reads the plan and the fiches without edit controls", async ({ page }) => {
    await page.goto(PLAN);
    await expect(page.getByText("6 fiches")).toBeVisible();
    await expect(page.getByRole("form", { name: "Changement de statut groupé" })).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: /Sélectionner/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Nouvelle fiche-action" })).toHaveCount(0);
    await page
      .getByRole("link", { name: "Pérenniser l'accueil du jeune enfant du service commun de La Canourgue" })
      .click();
    await expect(page.getByRole("img", { name: /Taux de couverture petite enfance/ })).toBeVisible();
    await expect(page.getByRole("form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Supprimer|Enregistrer|Changer/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("sees annexes 4 and 5 generated from the plan on the convention page", async ({ page }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn/conventions");
    await page.getByRole("link", { name: /CTG n° 2/ }).click();
    await expect(page.getByRole("table", { name: "Annexe 4 : fiches-action" })).toContainText(
      "Créer un Espace Jeunes à La Canourgue",
    );
    await expect(page.getByText("Total des financements 2022 : 524 518 €")).toBeVisible();
  });
});
