// Places end to end: the platform operator opens a caisse and finds its admin's invitation in the outbox; the
// Lozère caisse admin creates a territory from the official EPCI list with the keyboard only; phone width.
import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, expect, storageStateOf, test, withE2eDb } from "./support";
import { demoOperator } from "../../prisma/seed";

/** Presses Tab until `target` has the focus (the way a keyboard user reaches it). */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function fitsPhoneWidth(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} at 375 px`).toBeLessThanOrEqual(375);
}

test.describe("platform operator", () => {
  const adminEmail = `premier-admin-${Date.now()}@caf-gard.test.fr`;
  test.afterAll(async () => {
    // The caisse opened here would be counted by other specs' pages: it goes (cascading to its rows).
    await withE2eDb((client) =>
      client.query(`DELETE FROM "Caisse" WHERE id IN (SELECT "caisseId" FROM "Invitation" WHERE email = $1)`, [
        adminEmail,
      ]),
    );
  });

  test("logs in to /plateforme, opens a caisse and reads the invitation email", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse électronique").fill(demoOperator.email);
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Plateforme — caisses" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /CCSS de la Lozère/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link")).toHaveText("Plateforme");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Ouvrir une caisse" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ouvrir une caisse" })).toBeVisible();
    await page.getByLabel("Département").selectOption("30");
    await expect(page.getByLabel("Nom de la caisse")).toHaveValue("Caisse d'allocations familiales du Gard");
    await expect(page.getByLabel("Nom court")).toHaveValue("CAF du Gard");
    await page.getByLabel("Département").selectOption("13");
    await expect(page.getByLabel("Nom court")).toHaveValue("CAF des Bouches-du-Rhône");
    await page.getByLabel("Prénom et nom").fill("Bruno Premier");
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Ouvrir la caisse et inviter l'administrateur" }).click();
    await expect(page.getByText("Adresse e-mail invalide.")).toBeVisible();
    await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await page.getByLabel("Adresse e-mail").fill(adminEmail);
    await page.getByRole("button", { name: "Ouvrir la caisse et inviter l'administrateur" }).click();
    await expect(page.getByRole("status")).toContainText("CAF des Bouches-du-Rhône est ouverte");
    await expect(page.getByRole("rowheader", { name: /CAF des Bouches-du-Rhône/ })).toBeVisible();

    await page.getByRole("link", { name: "E-mails envoyés par la plateforme" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "E-mails envoyés par la plateforme" })).toBeVisible();
    const message = page.getByRole("listitem").filter({ hasText: adminEmail });
    await expect(message.getByRole("heading")).toContainText("Invitation à rejoindre la plateforme CTG");
    await message.getByText("Lire le texte de l'e-mail").click();
    await expect(message.getByRole("link", { name: /\/invitation\/[A-Za-z0-9_-]{43}$/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // A second caisse for the same département asks first.
    await page.goto("/plateforme/caisses/nouvelle");
    await page.getByLabel("Département").selectOption("13");
    await page.getByLabel("Prénom et nom").fill("Autre Admin");
    await page.getByLabel("Adresse e-mail").fill(`autre-${adminEmail}`);
    await page.getByRole("button", { name: "Ouvrir la caisse et inviter l'administrateur" }).click();
    await expect(page.getByText("Ce département a déjà une caisse : CAF des Bouches-du-Rhône.")).toBeVisible();
    await expect(page.getByLabel("Ouvrir une autre caisse dans ce département")).toBeFocused();
  });
});

test.describe("caisse admin", () => {
  test.use({ storageState: storageStateOf("admin@ccss-lozere.demo.fr") });
  const siren = "200069128"; // CC Mont Lozère
  const cleanUp = () =>
    withE2eDb(async (client) => {
      const { rows } = await client.query(`SELECT id, "epciOrganisationId" FROM "Territory" WHERE siren = $1`, [siren]);
      for (const row of rows) {
        await client.query(`DELETE FROM "Organisation" WHERE "territoryId" = $1`, [row.id]);
        await client.query(`DELETE FROM "Territory" WHERE id = $1`, [row.id]);
        await client.query(`DELETE FROM "Organisation" WHERE id = $1`, [row.epciOrganisationId]);
      }
    });
  test.beforeAll(cleanUp);
  test.afterAll(cleanUp);

  test("creates a territory from the EPCI list with the keyboard only", async ({ page }) => {
    const caisseId = await withE2eDb(
      async (client) => (await client.query(`SELECT id FROM "Caisse" WHERE departement = '48'`)).rows[0].id as string,
    );
    await page.goto(`/caisses/${caisseId}`);
    const newTerritory = page.getByRole("link", { name: "Nouveau territoire (liste officielle des EPCI)" });
    await tabTo(page, newTerritory);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Nouveau territoire" })).toBeVisible();
    await tabTo(page, page.getByLabel("Intercommunalité (nom ou SIREN)"));
    await page.keyboard.type("mont lozere");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "2 résultats" })).toBeVisible();
    await expectNoAxeViolations(page);
    await tabTo(page, page.getByRole("link", { name: "CC Mont Lozère", exact: true }));
    await page.keyboard.press("Enter");
    const chosen = page.getByRole("region", { name: "CC Mont Lozère" });
    await expect(chosen).toContainText("SIREN200069128");
    await expect(chosen.getByLabel("Nom du territoire")).toHaveValue("Mont Lozère");
    await expectNoAxeViolations(page);
    await tabTo(page, chosen.getByRole("button", { name: "Créer le territoire" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/territoires\/mont-lozere$/);
    await expect(page.getByRole("heading", { level: 1, name: /Mont Lozère/ })).toBeVisible();

    // The same EPCI again: refused before the form, with the existing territory named.
    await page.goto(`/caisses/${caisseId}/territoires/nouveau?q=${siren}&epci=${siren}`);
    await expect(page.getByRole("region", { name: "CC Mont Lozère" }).getByRole("alert")).toContainText(
      "déjà un territoire de la caisse : Mont Lozère",
    );

    // Its communes are partners of the new territory.
    await page.goto(`/caisses/${caisseId}/partenaires`);
    const row = page.getByRole("row").filter({ hasText: "Commune de Villefort" });
    await expect(row).toContainText("Mont Lozère");
    await expectNoAxeViolations(page);
  });

  test("the caisse pages are usable at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const caisseId = await withE2eDb(
      async (client) => (await client.query(`SELECT id FROM "Caisse" WHERE departement = '48'`)).rows[0].id as string,
    );
    for (const path of ["/territoires/nouveau?q=lozere&epci=244800405", "/partenaires"]) {
      await page.goto(`/caisses/${caisseId}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await fitsPhoneWidth(page);
    }
  });
});
