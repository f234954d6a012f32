// People, end to end on the demo data: the Lozère admin invites an EPCI agent, the agent follows the emailed link
// (read from the EmailMessage table: the e2e server runs without SMTP_URL, so messages are kept there), chooses a
// password and sees only their territory; the admin removes the role and the agent's next request loses access.
// Then "mot de passe oublié": the reset ends the sessions opened before it.
import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { expectNoAxeViolations, expect, storageStateOf, test, withE2eDb } from "./support";

const ADMIN = "admin@ccss-lozere.demo.fr";

/** The path of the last link of a kind emailed to an address. */
async function emailedPath(to: string, kind: "invitation" | "reinitialiser"): Promise<string> {
  const text = await withE2eDb(
    async (client) =>
      (await client.query(`SELECT text FROM "EmailMessage" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [to]))
        .rows[0]?.text as string | undefined,
  );
  const match = text && new RegExp(`/${kind}/[A-Za-z0-9_-]{43}`).exec(text);
  if (!match) throw new Error(`No ${kind} link emailed to ${to}`);
  return match[0];
}

async function signIn(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes territoires" })).toBeVisible();
  return { context, page };
}

test("the Lozère admin invites an EPCI agent, who joins and sees only that territory until the role is removed", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const email = `agent-${randomUUID().slice(0, 8)}@coeur-de-lozere.demo.fr`;
  const admin = await browser.newContext({ storageState: storageStateOf(ADMIN) });
  const page = await admin.newPage();
  const caisseId = await withE2eDb(
    async (client) => (await client.query(`SELECT id FROM "Caisse" WHERE departement = '48'`)).rows[0].id as string,
  );
  await page.goto(`/caisses/${caisseId}`);
  await page.getByRole("link", { name: "Utilisateurs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Utilisateurs/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Inviter une personne" });
  await form.getByLabel("Nom et prénom").fill("Paul Nouvel Agent");
  await form.getByLabel("Adresse électronique").fill(email);
  await form.getByLabel("Rôle").selectOption({ label: "Agent EPCI" });
  await form.getByLabel("Territoire").selectOption({ label: "Cœur de Lozère" });
  await form.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(form.getByText("Invitation envoyée.")).toBeVisible();
  const invitations = page.getByRole("table", { name: "Invitations en attente" });
  await expect(invitations.getByRole("row", { name: new RegExp(email) })).toContainText("Agent EPCI — Cœur de Lozère");

  // The agent follows the emailed link, in a browser of their own, with the keyboard.
  const agent = await browser.newContext();
  const agentPage = await agent.newPage();
  await agentPage.goto(await emailedPath(email, "invitation"));
  await expect(agentPage.getByText("Agent EPCI — Cœur de Lozère")).toBeVisible();
  await expectNoAxeViolations(agentPage);
  const password = "la lozère au printemps est belle";
  await agentPage.getByLabel("Nom et prénom").focus();
  await expect(agentPage.getByLabel("Nom et prénom")).toHaveValue("Paul Nouvel Agent");
  await agentPage.keyboard.press("Tab");
  await agentPage.keyboard.type("trop court");
  await agentPage.keyboard.press("Tab");
  await agentPage.keyboard.type("trop court");
  await agentPage.keyboard.press("Tab");
  await agentPage.keyboard.press("Enter");
  await expect(agentPage.getByText("Le mot de passe doit compter au moins 12 caractères.")).toBeVisible();
  await agentPage.getByLabel("Mot de passe", { exact: true }).fill(password);
  await agentPage.getByLabel("Confirmez le nouveau mot de passe").fill(password);
  await agentPage.getByLabel("Confirmez le nouveau mot de passe").press("Enter");
  await expect(agentPage).toHaveURL(/\/territoires\/coeur-de-lozere$/);
  await agentPage.goto("/");
  await expect(agentPage.getByRole("link", { name: "Cœur de Lozère", exact: true })).toBeVisible();
  await expect(agentPage.getByRole("link", { name: "Aubrac Lot Causses Tarn", exact: true })).toHaveCount(0);
  expect((await agentPage.goto("/territoires/aubrac-lot-causses-tarn"))?.status()).toBe(404);

  // The admin sees the new person, signed in once, and removes the role.
  await page.reload();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Paul Nouvel Agent" }) });
  await expect(card).toContainText("Agent EPCI — Cœur de Lozère");
  await expect(card).not.toContainText("jamais");
  await card.getByRole("button", { name: /Retirer le rôle/ }).click();
  await card.getByRole("button", { name: "Confirmer" }).click();
  await expect(card.getByText("Agent EPCI — Cœur de Lozère")).toHaveCount(0);

  // The agent's very next request: no access any more.
  expect((await agentPage.goto("/territoires/coeur-de-lozere"))?.status()).toBe(404);
  await agent.close();
  await admin.close();
});

test("a forgotten password is reset by email, and the sessions opened before are refused", async ({ browser }) => {
  test.setTimeout(120_000);
  const email = `oubli-${randomUUID().slice(0, 8)}@exemple.fr`;
  const oldPassword = "ancienne phrase de passe";
  const hash = await hashPassword(oldPassword);
  await withE2eDb(async (client) => {
    const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, 'Odile Oubli', $3)`, [
      id,
      email,
      hash,
    ]);
    await client.query(
      `INSERT INTO "Membership" (id, "userId", role, "caisseId", "territoryId")
       SELECT $1, $2, 'COPIL_MEMBER', "caisseId", id FROM "Territory" WHERE slug = 'coeur-de-lozere'`,
      [`m${id}`, id],
    );
  });
  const before = await signIn(browser, email, oldPassword);

  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(page.getByRole("status")).toContainText("Si un compte actif correspond à cette adresse");

  const link = await emailedPath(email, "reinitialiser");
  await page.goto(link);
  await expectNoAxeViolations(page);
  const newPassword = "nouvelle phrase de passe solide";
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirmez le nouveau mot de passe").fill(newPassword);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/connexion\?reinitialise=1/);
  await expect(page.getByText("Votre mot de passe a été changé")).toBeVisible();

  // The session opened before the reset is over.
  await before.page.goto("/");
  await expect(before.page).toHaveURL(/\/connexion/);
  // The link served once.
  await page.goto(link);
  await expect(page.getByText("Ce lien de réinitialisation n'est pas valable")).toBeVisible();
  // The new password works, the old one does not.
  const after = await signIn(browser, email, newPassword);
  await after.context.close();
  await before.context.close();
  await anonymous.close();
});

test("the account page changes the name and signs out of every device", async ({ browser }) => {
  const email = `compte-${randomUUID().slice(0, 8)}@exemple.fr`;
  const password = "une phrase pour mon compte";
  const hash = await hashPassword(password);
  await withE2eDb((client) =>
    client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, 'Carla Compte', $3)`, [
      `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`,
      email,
      hash,
    ]),
  );
  const other = await signIn(browser, email, password);
  const { context, page } = await signIn(browser, email, password);
  await page.getByRole("link", { name: /Mon compte/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Nom et prénom").fill("Carla Renommée");
  await page.getByRole("button", { name: "Enregistrer le nom" }).click();
  await expect(page.getByRole("link", { name: /Carla Renommée/ })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await other.page.goto("/");
  await expect(other.page).toHaveURL(/\/connexion/);
  await context.close();
  await other.context.close();
});
