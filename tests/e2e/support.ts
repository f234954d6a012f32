import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD, demoUsers } from "../../prisma/seed";
import { ABSENT_ID, type TargetIds } from "../matrix/operations";

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

/** The records of a territory that the matrix aims at: its newest convention and that convention's children. */
export async function targetsOf(slug: string): Promise<TargetIds> {
  return withE2eDb(async (client) => {
    const one = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0] ?? null;
    const territory = await one(`SELECT id, version, "caisseId" FROM "Territory" WHERE slug = $1`, [slug]);
    const convention = await one(
      `SELECT id, version FROM "Convention" WHERE "territoryId" = $1 ORDER BY edition DESC LIMIT 1`,
      [territory.id],
    );
    const article =
      convention &&
      (await one(`SELECT id, version FROM "Article" WHERE "conventionId" = $1 ORDER BY kind, position LIMIT 1`, [
        convention.id,
      ]));
    const signatory =
      convention &&
      (await one(`SELECT id FROM "Signatory" WHERE "conventionId" = $1 ORDER BY position LIMIT 1`, [convention.id]));
    const annex =
      convention &&
      (await one(`SELECT id FROM "Annex" WHERE "conventionId" = $1 ORDER BY position LIMIT 1`, [convention.id]));
    const avenant =
      convention &&
      (await one(`SELECT id, version FROM "Avenant" WHERE "conventionId" = $1 ORDER BY number LIMIT 1`, [
        convention.id,
      ]));
    const change =
      avenant && (await one(`SELECT id FROM "AvenantChange" WHERE "avenantId" = $1 LIMIT 1`, [avenant.id]));
    const organisation = await one(`SELECT id FROM "Organisation" WHERE "caisseId" = $1 ORDER BY name LIMIT 1`, [
      territory.caisseId,
    ]);
    const fiche = await one(`SELECT id, version FROM "FicheAction" WHERE "territoryId" = $1 ORDER BY number LIMIT 1`, [
      territory.id,
    ]);
    const indicator =
      fiche &&
      (await one(
        `SELECT i.id FROM "Indicator" i JOIN "FicheAction" f ON f.id = i."ficheId" WHERE f."territoryId" = $1 LIMIT 1`,
        [territory.id],
      ));
    const facility = await one(`SELECT id FROM "Facility" WHERE "territoryId" = $1 ORDER BY name LIMIT 1`, [
      territory.id,
    ]);
    const budgetLine =
      fiche &&
      (await one(
        `SELECT b.id FROM "BudgetLine" b JOIN "FicheAction" f ON f.id = b."ficheId" WHERE f."territoryId" = $1 LIMIT 1`,
        [territory.id],
      ));
    const meeting = await one(
      `SELECT id, version FROM "Meeting" WHERE "territoryId" = $1 AND status = 'HELD' ORDER BY "startsAt" LIMIT 1`,
      [territory.id],
    );
    const laterMeeting =
      meeting &&
      (await one(
        `SELECT id FROM "Meeting" WHERE "territoryId" = $1 AND "startsAt" > (SELECT "startsAt" FROM "Meeting" WHERE id = $2) ORDER BY "startsAt" LIMIT 1`,
        [territory.id, meeting.id],
      ));
    const attendee =
      meeting && (await one(`SELECT id FROM "MeetingAttendee" WHERE "meetingId" = $1 LIMIT 1`, [meeting.id]));
    const review =
      meeting && (await one(`SELECT id FROM "MeetingFicheReview" WHERE "meetingId" = $1 LIMIT 1`, [meeting.id]));
    const decision = await one(`SELECT id, version FROM "Decision" WHERE "territoryId" = $1 ORDER BY id LIMIT 1`, [
      territory.id,
    ]);
    return {
      meetingId: meeting?.id ?? ABSENT_ID,
      meetingVersion: meeting?.version ?? 1,
      attendeeId: attendee?.id ?? ABSENT_ID,
      reviewId: review?.id ?? ABSENT_ID,
      decisionId: decision?.id ?? ABSENT_ID,
      decisionVersion: decision?.version ?? 1,
      laterMeetingId: laterMeeting?.id ?? ABSENT_ID,
      territoryId: territory.id,
      territoryVersion: territory.version,
      conventionId: convention?.id ?? ABSENT_ID,
      conventionVersion: convention?.version ?? 1,
      articleId: article?.id ?? ABSENT_ID,
      articleVersion: article?.version ?? 1,
      signatoryId: signatory?.id ?? ABSENT_ID,
      annexId: annex?.id ?? ABSENT_ID,
      organisationId: organisation?.id ?? ABSENT_ID,
      avenantId: avenant?.id ?? ABSENT_ID,
      avenantVersion: avenant?.version ?? 1,
      changeId: change?.id ?? ABSENT_ID,
      ficheId: fiche?.id ?? ABSENT_ID,
      ficheVersion: fiche?.version ?? 1,
      indicatorId: indicator?.id ?? ABSENT_ID,
      budgetLineId: budgetLine?.id ?? ABSENT_ID,
      facilityId: facility?.id ?? ABSENT_ID,
    };
  });
}
