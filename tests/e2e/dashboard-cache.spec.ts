// The dashboard served from memory by two app instances over one database (lib/dashboard/cached-dashboard.ts):
// a write through instance A shows on instance B within a second and never stale afterwards, and a logout or a
// removed role on A is refused on B at the next request (LISTEN/NOTIFY, lib/cache/listener.ts).
import type { APIRequestContext } from "@playwright/test";
import { startNextServer, type NextServer } from "../../lib/cli/next-server";
import { apiLogin, expect, storageStateOf, test, withE2eDb } from "./support";

const SLUG = "coeur-de-lozere";
const DASHBOARD = `/territoires/${SLUG}/tableau-de-bord`;
const EPCI = "epci@coeur-de-lozere.demo.fr";
const AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e"; // as playwright.config.ts gives instance A

let b: NextServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  b = await startNextServer(
    { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "", AUTH_SECRET, TRUSTED_PROXIES: "" },
    90_000,
  );
});

test.afterAll(async () => {
  await b?.stop();
});

/** The "Fiches-action par statut : …" summary of the dashboard, and how the answer was made (hit/miss/none). */
async function statusSummary(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  const body = await response.text();
  const summary = /Fiches-action par statut : ([^.<"]*)\./.exec(body)?.[1] ?? null;
  return { status: response.status(), cache: response.headers()["x-ctg-cache"] ?? "none", summary, body };
}

test.describe("dashboard cache across two instances", () => {
  test.use({ storageState: storageStateOf(EPCI) });

  test("a write through A shows on B within a second and is never stale after", async ({ page, request }) => {
    const fiche = await withE2eDb(async (client) => {
      const { rows } = await client.query<{ id: string; status: string }>(
        `SELECT f.id, f.status FROM "FicheAction" f JOIN "Territory" t ON t.id = f."territoryId"
         WHERE t.slug = $1 AND f.status = 'IN_PROGRESS' ORDER BY f.number LIMIT 1`,
        [SLUG],
      );
      return rows[0];
    });
    expect(fiche, "a fiche in progress on Cœur de Lozère").toBeTruthy();

    // B renders once, then serves from memory; the user's name is in its page (filled per request).
    const first = await statusSummary(request, `${b.url}${DASHBOARD}`);
    expect(first.status).toBe(200);
    const second = await statusSummary(request, `${b.url}${DASHBOARD}`);
    expect(second.cache).toBe("hit");
    expect(second.body).toContain("Nadia Agent (CC Cœur de Lozère)");
    expect(second.body).not.toContain("__ctg_shared_user_name__");
    const before = second.summary!;

    // In a browser, B's page from memory (fresh nonce, filled name) runs its scripts and hydrates without error:
    // the fixture of ./support fails the test on any Content-Security-Policy violation.
    const problems: string[] = [];
    page.on("console", (message) => {
      // A failed load is named by the response listener below (the app has no favicon: its 404 is expected).
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
        problems.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
        problems.push(`${response.status()} ${response.url()}`);
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const fromMemory = await page.goto(`${b.url}${DASHBOARD}`);
    expect(fromMemory?.headers()["x-ctg-cache"]).toBe("hit");
    await expect(page.getByRole("heading", { level: 1, name: /Tableau de bord — / })).toBeVisible();
    await expect(page.getByRole("link", { name: /Mon compte : Nadia Agent/ })).toBeVisible();
    await page.getByRole("link", { name: /Mon compte/ }).click(); // client-side navigation: React took over
    await expect(page).toHaveURL(/\/compte$/);
    expect(problems).toEqual([]);

    // The write, through A's user interface.
    await page.goto(`/territoires/${SLUG}/fiches-action/${fiche.id}`);
    const statusForm = page.getByRole("form", { name: "Changement de statut" });
    await statusForm.getByLabel("Nouveau statut").selectOption({ label: "Bloquée" });
    await statusForm.getByRole("button", { name: "Changer le statut" }).click();
    await expect(page.getByText("Statut mis à jour.")).toBeVisible();
    const written = Date.now();

    let after = before;
    while (after === before && Date.now() - written < 1_000)
      after = (await statusSummary(request, `${b.url}${DASHBOARD}`)).summary!;
    const delay = Date.now() - written;
    expect(after, `B still showed "${before}" ${delay} ms after the write`).not.toBe(before);
    // A shows the same, and B never goes back to the old page.
    expect((await statusSummary(request, DASHBOARD)).summary).toBe(after);
    for (let i = 0; i < 20; i++) expect((await statusSummary(request, `${b.url}${DASHBOARD}`)).summary).toBe(after);

    // Back as it was, through A again.
    await page.reload();
    await statusForm.getByLabel("Nouveau statut").selectOption({ label: "En cours" });
    await statusForm.getByRole("button", { name: "Changer le statut" }).click();
    await expect(page.getByText("Statut mis à jour.")).toBeVisible();
    await expect.poll(async () => (await statusSummary(request, `${b.url}${DASHBOARD}`)).summary).toBe(before);
  });

  test("a logout on A is refused on B at the next request", async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL });
    try {
      expect((await apiLogin(context, EPCI)).ok()).toBe(true);
      const cached = await statusSummary(context, `${b.url}${DASHBOARD}`);
      expect(cached.status).toBe(200);
      expect((await statusSummary(context, `${b.url}${DASHBOARD}`)).cache).toBe("hit");
      const cookies = await context.storageState();

      const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
      const out = await context.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
      expect(out.status()).toBeLessThan(400);

      // The cookie copied before the logout, replayed on B right away.
      const replay = await playwright.request.newContext({ storageState: cookies });
      const refused = await replay.get(`${b.url}${DASHBOARD}`, { maxRedirects: 0 });
      expect(refused.status(), `answered by: ${refused.headers()["x-ctg-cache"] ?? "Next.js"}`).toBe(307);
      expect(refused.headers()["location"]).toContain("/connexion");
      await replay.dispose();
    } finally {
      await context.dispose();
    }
  });

  test("a role suspended in the database is refused on B at the next request", async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL });
    try {
      expect((await apiLogin(context, EPCI)).ok()).toBe(true);
      expect((await statusSummary(context, `${b.url}${DASHBOARD}`)).status).toBe(200);
      expect((await statusSummary(context, `${b.url}${DASHBOARD}`)).cache).toBe("hit");
      await withE2eDb((client) =>
        client.query(
          `UPDATE "Membership" SET "suspendedAt" = now() WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
          [EPCI],
        ),
      );
      try {
        const refused = await statusSummary(context, `${b.url}${DASHBOARD}`);
        expect(refused.cache, "answered from the cache").toBe("none");
        expect(refused.summary).toBeNull();
      } finally {
        await withE2eDb((client) =>
          client.query(
            `UPDATE "Membership" SET "suspendedAt" = NULL WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
            [EPCI],
          ),
        );
      }
      expect((await statusSummary(context, `${b.url}${DASHBOARD}`)).summary).not.toBeNull();
    } finally {
      await context.dispose();
    }
  });
});
