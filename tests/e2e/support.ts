import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD, demoUsers } from "../../prisma/seed";
import type { TargetIds } from "../matrix/operations";
import { targetsIn } from "../helpers/http-matrix";

export { DEMO_PASSWORD, demoUsers, expect };

/**
 * Playwright's `test`, with a check on every page a test opens: the browser reported no Content-Security-Policy
 * violation (a script without the nonce, an inline style element…). Specs import `test` from here.
 */
export const test = base.extend<{ contentSecurityPolicyHolds: void }>({
  contentSecurityPolicyHolds: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
export type DemoUser = (typeof demoUsers)[number];

export const authDir = path.resolve(import.meta.dirname, "../../test-results/.auth");
export const storageStateOf = (email: string) => path.join(authDir, `${email}.json`);

/** WCAG 2.1 A and AA rules: zero violations expected. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams a dynamic page's metadata: after a client-side navigation the new <title> can land a moment after
  // the content. Every page has one (checked here), and axe then checks the settled document.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 5_000 });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Logs in through next-auth's credentials endpoint, as the login form does. */
export async function apiLogin(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  return response;
}

export async function withE2eDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The records of a territory that the matrix aims at (see tests/helpers/http-matrix.ts). */
export async function targetsOf(slug: string): Promise<TargetIds> {
  return withE2eDb((client) => targetsIn(client, slug));
}
