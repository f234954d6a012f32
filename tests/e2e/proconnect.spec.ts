// ProConnect through the local test provider (tests/e2e/proconnect-provider.ts, started by playwright.config.ts).
import type { Page } from "@playwright/test";
import { newSecretToken } from "../../lib/auth/tokens";
import { e2eProConnect } from "./proconnect-accounts";
import { expect, expectNoAxeViolations, test, withE2eDb } from "./support";

const { demoAgent, stranger, forger, invitee } = e2eProConnect.accounts;

/** From the login page (or `from`): the ProConnect button (with the keyboard), then the test provider's account form. */
async function loginThroughProConnect(page: Page, email: string, from = "/connexion") {
  await page.goto(from);
  const button = page.getByRole("button", { name: "S'identifier avec ProConnect" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${e2eProConnect.port}/api/v2/interaction/`));
  await page.getByLabel("Adresse électronique du compte de test").fill(email);
  await page.getByRole("button", { name: "Continuer" }).click();
}

const identitiesOf = (sub: string) =>
  withE2eDb(async (client) => {
    const { rows } = await client.query<{ email: string }>(
      `SELECT u.email FROM "UserIdentity" i JOIN "User" u ON u.id = i."userId" WHERE i.provider = 'proconnect' AND i.sub = $1`,
      [sub],
    );
    return rows.map((row) => row.email);
  });

test.describe("ProConnect", () => {
  test("the login page offers the official ProConnect button, accessible and fitting a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/connexion");
    await expect(page.getByRole("button", { name: "S'identifier avec ProConnect" })).toBeVisible();
    const about = page.getByRole("link", { name: "Qu'est-ce que ProConnect ? (nouvelle fenêtre)" });
    await expect(about).toHaveAttribute("href", "https://www.proconnect.gouv.fr/");
    await expect(about).toHaveAttribute("target", "_blank");
    await expect(about).toHaveAttribute("rel", /noopener/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);
  });

  test("a demo agent logs in through ProConnect, lands on its territory and logs out through ProConnect", async ({
    page,
  }) => {
    await loginThroughProConnect(page, demoAgent.email);
    await expect(page.getByRole("heading", { level: 1, name: "Mes territoires" })).toBeVisible();
    await expect(page.getByText("Julien Agent (CC Aubrac Lot Causses Tarn)")).toBeVisible();
    // In the page (the header's account link also names the territory).
    await page
      .getByRole("main")
      .getByRole("link", { name: /Aubrac Lot Causses Tarn/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/territoires\/aubrac-lot-causses-tarn$/);
    // Linked by email at this first login, on (idp_id, sub).
    expect(await identitiesOf(demoAgent.sub)).toEqual([demoAgent.email]);

    const sessionCookies = (await page.context().cookies()).filter((c) => c.name.includes("next-auth.session-token"));
    expect(sessionCookies.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    // Through ProConnect's end_session_endpoint, back to the login page with the state we sent.
    await expect(page).toHaveURL(/\/connexion\?state=[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Vous êtes déconnecté de ProConnect.");
    await expectNoAxeViolations(page);

    // The local session was revoked: the copied session cookie no longer opens anything.
    await page.context().addCookies(sessionCookies);
    await page.goto("/territoires/aubrac-lot-causses-tarn");
    await expect(page).toHaveURL(/\/connexion/);

    // A second login finds the linked identity.
    await loginThroughProConnect(page, demoAgent.email);
    await expect(page.getByRole("heading", { level: 1, name: "Mes territoires" })).toBeVisible();
    expect(await identitiesOf(demoAgent.sub)).toEqual([demoAgent.email]);
  });

  test("an identity with neither account nor invitation is refused, and nothing is created", async ({ page }) => {
    await loginThroughProConnect(page, stranger.email);
    await expect(page).toHaveURL(/\/connexion\?error=ProConnectNoAccount/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Aucun compte n'est associé à cette identité ProConnect : demandez une invitation à votre caisse.",
    );
    const users = await withE2eDb(
      async (client) => (await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [stranger.email])).rowCount,
    );
    expect(users).toBe(0);
    expect(await identitiesOf(stranger.sub)).toEqual([]);
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("an invited agent accepts the invitation with ProConnect: the account is created with its role", async ({
    page,
  }) => {
    const { token, hash } = newSecretToken();
    await withE2eDb((client) =>
      client.query(
        `INSERT INTO "Invitation" (id, "tokenHash", email, name, role, "caisseId", "territoryId", "expiresAt")
         SELECT 'e2e-invitation-proconnect', $1, $2, 'Inès Invitée', 'EPCI_STAFF', t."caisseId", t.id, now() + interval '7 days'
         FROM "Territory" t WHERE t.slug = 'aubrac-lot-causses-tarn'`,
        [hash, invitee.email],
      ),
    );
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/invitation/${token}`);
    await expect(page.getByText("Connectez-vous avec ProConnect avec l'adresse")).toBeVisible();
    await expectNoAxeViolations(page);
    await loginThroughProConnect(page, invitee.email, `/invitation/${token}`);
    await expect(page.getByRole("heading", { level: 1, name: "Mes territoires" })).toBeVisible();
    await expect(
      page
        .getByRole("main")
        .getByRole("link", { name: /Aubrac Lot Causses Tarn/ })
        .first(),
    ).toBeVisible();
    expect(await identitiesOf(invitee.sub)).toEqual([invitee.email]);
    // The link is spent: opened again, it says so.
    await page.goto(`/invitation/${token}`);
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  });

  test("a userinfo signed with another key than the provider's is refused", async ({ page }) => {
    // The forger's ID token is genuine; its userinfo claims the caisse admin's email, signed with a foreign key.
    await loginThroughProConnect(page, forger.email);
    await expect(page).toHaveURL(/\/connexion\?(.*&)?error=OAuthCallback/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "La connexion avec ProConnect a échoué. Réessayez.",
    );
    expect(await identitiesOf(forger.sub)).toEqual([]);
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion/);
  });
});
