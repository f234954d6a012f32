// Everyday use, as each role does it: with the keyboard alone (Tab, Enter, typing), the territory navigation and the
// skip links, focus after a save or an error, filters that clear, and controls that follow the permissions.
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateOf, expect, test } from "./support";

/** Presses Tab until `target` has the focus (at most `max` presses), as a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return i + 1;
  }
  throw new Error(`Not reached with ${max} Tab presses: ${target}`);
}

/** From the top of a territory page: the skip link to the territory navigation, then Tab to a section, Enter. */
async function openSection(page: Page, section: string) {
  // The start of the page (after a client-side navigation the focus may still sit where the clicked link was).
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller à la navigation du territoire" })).toBeFocused();
  await page.keyboard.press("Enter");
  const nav = page.getByRole("navigation", { name: /^Territoire / });
  const presses = await tabTo(page, nav.getByRole("link", { name: section, exact: true }), 10);
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: section, exact: true })).toHaveAttribute("aria-current", "page");
  return presses;
}

test.describe("the chargée de coopération, with the keyboard", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("reaches a territory's conventions through the territory navigation", async ({ page }) => {
    await page.goto("/");
    await tabTo(page, page.getByRole("link", { name: "Aubrac Lot Causses Tarn", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Aubrac Lot Causses Tarn" })).toBeVisible();
    await openSection(page, "Conventions");
    await expect(page.getByRole("heading", { level: 1, name: /Conventions/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a form with an error puts the focus on the first invalid field, and a save on its confirmation", async ({
    page,
  }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn/reunions");
    const form = page.getByRole("form", { name: /Planifier|Nouvelle réunion/ });
    const submit = form.getByRole("button").last();
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    // Nothing filled: the first invalid field holds the focus and says why.
    const invalid = form.locator('[aria-invalid="true"]').first();
    await expect(invalid).toBeFocused();
  });

  test("clearing the plan's filters resets the controls too", async ({ page }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn/fiches-action");
    const filters = page.getByRole("form", { name: "Filtres" });
    await filters.getByLabel("Statut").selectOption({ label: "En cours" });
    await filters.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/statut=IN_PROGRESS/);
    await filters.getByRole("link", { name: "Effacer les filtres" }).click();
    await expect(page).toHaveURL(/\/fiches-action$/);
    await expect(filters.getByLabel("Statut")).toHaveValue("");
    // Filtering again after clearing applies no leftover filter.
    await filters.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).not.toHaveURL(/statut=IN_PROGRESS/);
  });
});

test.describe("the EPCI agent, with the keyboard", () => {
  test.use({ storageState: storageStateOf("epci@aubrac-lot-causses-tarn.demo.fr") });

  test("opens the plan from the territory navigation, a fiche, and adds a note", async ({ page }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn");
    await openSection(page, "Plan d'actions");
    await expect(page.getByRole("heading", { level: 1, name: /Plan d.actions|Fiches-action/ })).toBeVisible();
    await tabTo(page, page.getByRole("link", { name: "Créer un Espace Jeunes à La Canourgue", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: /Créer un Espace Jeunes/ })).toBeVisible();
    const noteForm = page.getByRole("form", { name: "Nouvelle note" });
    await tabTo(page, noteForm.getByLabel("Note"), 150);
    await page.keyboard.type("Visite du local avec les jeunes le 12 décembre.");
    await tabTo(page, noteForm.getByRole("button", { name: "Ajouter la note" }), 5);
    await page.keyboard.press("Enter");
    const confirmation = noteForm.getByRole("status").filter({ hasText: /./ });
    await expect(confirmation).toBeVisible();
    // The focus moved to the confirmation (not to the top of the page).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain(await confirmation.innerText());
    await expect(page.getByText("Visite du local avec les jeunes le 12 décembre.")).toBeVisible();
  });
});

test.describe("the copil member", () => {
  test.use({ storageState: storageStateOf("copil@lozere-departement.demo.fr") });

  test("reads the dashboard from the territory navigation and has no edit control anywhere it goes", async ({
    page,
  }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn");
    await openSection(page, "Tableau de bord");
    await expect(page.getByRole("heading", { level: 1, name: /Tableau de bord/ })).toBeVisible();
    const nav = page.getByRole("navigation", { name: /^Territoire / });
    await expect(nav.getByRole("link", { name: "Journal" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Paramètres" })).toHaveCount(0);
    await page.goto("/territoires/aubrac-lot-causses-tarn/fiches-action");
    await expect(page.getByRole("form", { name: "Changement de statut groupé" })).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: /Sélectionner la fiche/ })).toHaveCount(0);
  });
});

test.describe("the pilot contributor", () => {
  test.use({ storageState: storageStateOf("pilote@chanac.demo.fr") });

  test("can select only the fiches its organisation pilots", async ({ page }) => {
    await page.goto("/territoires/aubrac-lot-causses-tarn/fiches-action");
    await expect(page.getByRole("form", { name: "Changement de statut groupé" })).toBeVisible();
    const boxes = page.getByRole("checkbox", { name: /Sélectionner la fiche/ });
    await expect(boxes).toHaveCount(1);
    await expect(boxes.first()).toHaveAccessibleName("Sélectionner la fiche 2.2");
  });
});

test.describe("the caisse admin, with the keyboard", () => {
  test.use({ storageState: storageStateOf("admin@ccss-lozere.demo.fr") });

  test("goes from home to the caisse's people and invites a copil member with Tab, typing and Enter only", async ({
    page,
  }) => {
    const email = `copil-${Date.now().toString(36)}@lozere.demo.fr`;
    await page.goto("/");
    await tabTo(page, page.getByRole("link", { name: "Vue d'ensemble des territoires de la caisse" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: /Vue d'ensemble/ })).toBeVisible();
    await tabTo(page, page.getByRole("link", { name: "Utilisateurs", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: /Utilisateurs/ })).toBeVisible();

    const form = page.getByRole("form", { name: "Inviter une personne" });
    await tabTo(page, form.getByLabel("Nom et prénom"), 200);
    await page.keyboard.type("Hélène Copil");
    await page.keyboard.press("Tab");
    await expect(form.getByLabel("Adresse électronique")).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    // A focused select picks the option whose label starts with the letters typed.
    await expect(form.getByLabel("Rôle")).toBeFocused();
    await page.keyboard.type("Membre");
    await expect(form.getByLabel("Rôle")).toHaveValue("COPIL_MEMBER");
    await tabTo(page, form.getByLabel("Territoire"), 5);
    await page.keyboard.type("Aubrac");
    await expect(form.getByLabel("Territoire").locator("option:checked")).toHaveText("Aubrac Lot Causses Tarn");
    await tabTo(page, form.getByRole("button", { name: "Envoyer l'invitation" }), 10);
    await page.keyboard.press("Enter");
    await expect(form.getByText("Invitation envoyée.")).toBeVisible();
    const invitations = page.getByRole("table", { name: "Invitations en attente" });
    await expect(invitations.getByRole("row", { name: new RegExp(email) })).toContainText(
      "Membre du copil — Aubrac Lot Causses Tarn",
    );
    await expectNoAxeViolations(page);
  });
});
