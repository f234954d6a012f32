import { DEMO_PASSWORD, demoUsers, expectNoAxeViolations, expect, test } from "./support";
import http from "node:http";
import { THROTTLE_POLICY } from "../../lib/auth/throttle";

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

  test("a client-written X-Forwarded-For does not dodge the per-address throttle", async ({ page, baseURL }) => {
    const limit = THROTTLE_POLICY.maxFailuresPerAddress;
    const outcome = (location: string | undefined) => /error=(\w+)/.exec(location ?? "")?.[1] ?? "?";

    // A client that is not a proxy (127.0.0.2; the e2e server trusts 127.0.0.1 only: playwright.config.ts) writes
    // another X-Forwarded-For at each try: the header is ignored, its own address is counted and throttled.
    const direct: string[] = [];
    const session = await loginAttemptsFrom("127.0.0.2", baseURL!);
    for (let i = 0; i < limit + 2; i++) {
      direct.push(outcome(await session.fail(`inconnu-${i}-${Date.now()}@exemple.fr`, `198.51.100.${i}`)));
    }
    expect(direct).toEqual([...Array(limit).fill("CredentialsSignin"), "THROTTLED", "THROTTLED"]);

    // Through the trusted proxy (127.0.0.1), the proxy appends the address it saw (203.0.113.77) to a header the
    // client wrote: only the proxy's entry counts, and that address is throttled.
    const csrfToken = (await (await page.request.get("/api/auth/csrf")).json()).csrfToken;
    const proxied: string[] = [];
    for (let i = 0; i < limit + 2; i++) {
      const response = await page.request.post("/api/auth/callback/credentials", {
        headers: { "X-Forwarded-For": `10.${i}.${i}.${i}, 192.0.2.${i}, 203.0.113.77` },
        form: { csrfToken, email: `inconnu-proxy-${i}-${Date.now()}@exemple.fr`, password: "mauvais-mot-de-passe" },
        maxRedirects: 0,
      });
      proxied.push(outcome(response.headers()["location"]));
    }
    expect(proxied).toEqual([...Array(limit).fill("CredentialsSignin"), "THROTTLED", "THROTTLED"]);
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

/** Failed logins sent from a given local address (node:http binds the socket to it), keeping next-auth's cookies. */
async function loginAttemptsFrom(localAddress: string, baseURL: string) {
  const cookies = new Map<string, string>();
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request(new URL(path, baseURL), {
        method,
        localAddress,
        headers: { ...headers, Cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
      });
      request.on("response", (response) => {
        for (const line of response.headers["set-cookie"] ?? []) {
          const [pair] = line.split(";");
          const at = pair.indexOf("=");
          cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ headers: response.headers, body: text }));
      });
      request.on("error", reject);
      request.end(body);
    });
  const csrfToken = JSON.parse((await send("GET", "/api/auth/csrf")).body).csrfToken as string;
  return {
    async fail(email: string, forwardedFor: string) {
      const form = new URLSearchParams({ csrfToken, email, password: "mauvais-mot-de-passe" }).toString();
      const response = await send(
        "POST",
        "/api/auth/callback/credentials",
        { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": forwardedFor },
        form,
      );
      return response.headers["location"];
    },
  };
}
