import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD, demoUsers } from "../../prisma/seed";

export { DEMO_PASSWORD, demoUsers };
export type DemoUser = (typeof demoUsers)[number];

export const authDir = path.resolve(import.meta.dirname, "../../test-results/.auth");
export const storageStateOf = (email: string) => path.join(authDir, `${email}.json`);

/** WCAG 2.1 A and AA rules: zero violations expected. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
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

export async function territoryIds(): Promise<Record<string, { id: string; caisseId: string; version: number }>> {
  return withE2eDb(async (client) => {
    const { rows } = await client.query(`SELECT id, slug, "caisseId", version FROM "Territory"`);
    return Object.fromEntries(rows.map((r) => [r.slug, { id: r.id, caisseId: r.caisseId, version: r.version }]));
  });
}
