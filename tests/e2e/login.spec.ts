import { DEMO_PASSWORD, demoUsers, expectNoAxeViolations, expect, test } from "./support";

test.describe("login", () => {
  test("the login page is accessible and every demo login works through the form", async ({ page }) => {
    await page.goto("/connexion");
    await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
    await expectNoAxeViolations(page);
    for (const user of demoUsers) {
      await page.goto("/connexion");
      await page.getByLabel("Adresse électronique").fill(user.email);
      await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Mes territoires" })).toBeVisible();
      await expect(page.getByText(user.name)).toBeVisible();
      await page.context().clearCookies();
    }
  });

  test("bad credentials get one generic French message; malformed and oversized values get field errors", async ({
    page,
  }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse électronique").fill(demoUsers[0].email);
    await page.getByLabel("Mot de passe").fill("pas-le-bon");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("form", { name: "Connexion" }).getByRole("alert")).toHaveText(
      "Adresse électronique ou mot de passe incorrect.",
    );

    await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
    await page.getByLabel("Mot de passe").fill("");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("L'adresse électronique n'est pas valide.")).toBeVisible();
    await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
    await expect(page.getByLabel("Adresse électronique")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    // The maxlength attribute stops typing; a forged oversized value is refused by the server-side schema.
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: {
        csrfToken: (await (await page.request.get("/api/auth/csrf")).json()).csrfToken,
        email: `${"a".repeat(5000)}@x.fr`,
        password: "x".repeat(100_000),
        json: "true",
      },
      maxRedirects: 0,
    });
    expect(await response.text()).toContain("error=CredentialsSignin");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("repeated failures from one address lock that address out of the account, with a French message", async ({
    page,
  }) => {
    const email = "compte-verrouille@exemple.fr";
    await page.goto("/connexion");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Adresse électronique").fill(email);
      await page.getByLabel("Mot de passe").fill(`essai-${i}`);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByRole("form", { name: "Connexion" }).getByRole("alert")).toHaveText(
        "Adresse électronique ou mot de passe incorrect.",
      );
    }
    await page.getByLabel("Mot de passe").fill("essai-final");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("form", { name: "Connexion" }).getByRole("alert")).toHaveText(
      "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
    );
  });

  test("logging out ends the session, and the copied session cookie replayed afterwards is refused", async ({
    page,
    browser,
  }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse électronique").fill(demoUsers[1].email);
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mes territoires" })).toBeVisible();
    const copied = await page.context().storageState();
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto("/deconnexion");
    await expectNoAxeViolations(page);

    // Someone who copied the cookie before the logout gets nothing with it.
    const replay = await browser.newContext({ storageState: copied });
    const response = await replay.request.get("/", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/connexion");
    await replay.close();
  });

  test("after login, a callback URL that leads to another site ends on the home page", async ({ page, baseURL }) => {
    for (const callback of ["/\\evil.example", "/\\/evil.example", "/%09/evil.example", "//evil.example"]) {
      await page.context().clearCookies();
      await page.goto(`/connexion?callbackUrl=${encodeURIComponent(callback).replace("%25", "%")}`);
      await page.getByLabel("Adresse électronique").fill(demoUsers[1].email);
      await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Mes territoires" })).toBeVisible();
      expect(page.url(), callback).toBe(`${new URL(baseURL!).origin}/`);
    }
  });
});
