// The cross-territory matrix, end to end: every demo user (one per role, each caisse) opens every
// territory-scoped page of another territory of the same caisse and of another caisse (404 expected), and
// calls every server action of the build with another territory's ids (refused, nothing written).
// The lists come from tests/matrix/ and the build's server-reference manifest, which
// tests/unit/matrix-completeness.test.ts keeps in step with app/ and lib/.
import { request } from "@playwright/test";
import { ABSENT_ID, operationMatrix, type TargetIds } from "../matrix/operations";
import { pageMatrix } from "../matrix/pages";
import { actionHeaders, readServerActions, urlOf } from "../helpers/http-matrix";
import { demoUsers, expectNoAxeViolations, storageStateOf, targetsOf, withE2eDb, expect, test } from "./support";

const territoriesOfCaisse: Record<string, string[]> = {
  CCSS48: ["aubrac-lot-causses-tarn", "coeur-de-lozere"],
  CAF65: ["tarbes-lourdes-pyrenees-sud"],
  CAF88: ["porte-des-vosges-meridionales"],
};
const allSlugs = Object.values(territoriesOfCaisse).flat();

function ownAndForeign(user: (typeof demoUsers)[number]) {
  const own = user.territory ? [user.territory] : territoriesOfCaisse[user.caisse];
  const foreign = allSlugs.filter((slug) => !own.includes(slug));
  return { own, foreign };
}

/** Everything an action could write, summarised. */
async function snapshot() {
  return withE2eDb(async (client) => {
    const summary: Record<string, unknown> = {};
    for (const [name, sql] of Object.entries({
      territories: `SELECT id, name, siren, population, version FROM "Territory" ORDER BY id`,
      organisations: `SELECT id, kind, name, siren, "territoryId", version FROM "Organisation" ORDER BY id`,
      places: `SELECT (SELECT count(*) FROM "Caisse")::int AS caisses, (SELECT count(*) FROM "Commune")::int AS communes, (SELECT count(*) FROM "Invitation")::int AS invitations, (SELECT count(*) FROM "EmailMessage")::int AS emails`,
      conventions: `SELECT id, title, status, version FROM "Convention" ORDER BY id`,
      articles: `SELECT id, title, md5(body) AS body, position, version FROM "Article" ORDER BY id`,
      signatories: `SELECT id, "bodyLabel", position, "signedAt" FROM "Signatory" ORDER BY id`,
      annexes: `SELECT id, title, version FROM "Annex" ORDER BY id`,
      fiches: `SELECT id, title, status, version FROM "FicheAction" ORDER BY id`,
      facilities: `SELECT id, name, capacity FROM "Facility" ORDER BY id`,
      rates: `SELECT count(*)::int AS n FROM "FundingRate"`,
      fundings: `SELECT count(*)::int AS n FROM "FacilityFunding"`,
      budget: `SELECT id, planned::text, actual::text FROM "BudgetLine" ORDER BY id`,
      meetings: `SELECT id, kind, "startsAt", place, status, md5(coalesce(minutes, '')) AS minutes, version FROM "Meeting" ORDER BY id`,
      attendees: `SELECT id, attendance, "representedBy" FROM "MeetingAttendee" ORDER BY id`,
      reviews: `SELECT id, "statusSnapshot" FROM "MeetingFicheReview" ORDER BY id`,
      decisions: `SELECT id, text, status, version FROM "Decision" ORDER BY id`,
      steering: `SELECT (SELECT count(*) FROM "MeetingAgendaItem")::int AS agenda, (SELECT count(*) FROM "DecisionFollowUp")::int AS "followUps"`,
      counts: `SELECT (SELECT count(*) FROM "AuditEvent")::int AS audit, (SELECT count(*) FROM "Deliberation")::int AS deliberations, (SELECT count(*) FROM "Avenant")::int AS avenants, (SELECT count(*) FROM "AvenantChange")::int AS changes,
               (SELECT count(*) FROM "FicheStatusChange")::int AS journal, (SELECT count(*) FROM "IndicatorValue")::int AS "values", (SELECT count(*) FROM "FicheNote")::int AS notes, (SELECT count(*) FROM "FicheStep")::int AS steps, (SELECT count(*) FROM "Indicator")::int AS indicators`,
    })) {
      summary[name] = (await client.query(sql)).rows;
    }
    return summary;
  });
}

const scopedPages = pageMatrix.filter((entry) => entry.scoped);
/** Each page gets its axe check once per role (the markup differs by role, not by user): the run stays short. */
const axeChecked = new Set<string>();

for (const user of demoUsers) {
  test.describe(`${user.role} ${user.email}`, () => {
    test.use({ storageState: storageStateOf(user.email) });

    test("gets 404 on every page of foreign territories, and only its allowed pages on its own", async ({ page }) => {
      // About forty routes × four territories, with an axe check per page and role: far longer than one user story.
      test.setTimeout(300_000);
      const { own, foreign } = ownAndForeign(user);
      const targets = Object.fromEntries(
        await Promise.all(allSlugs.map(async (slug) => [slug, await targetsOf(slug)] as const)),
      );
      for (const entry of scopedPages) {
        for (const slug of foreign) {
          const url = urlOf(entry.route, slug, targets[slug]);
          const response =
            entry.kind === "page"
              ? await page.goto(url)
              : await page.request.fetch(url, { method: entry.method ?? "GET" });
          expect(response?.status(), `${url} (foreign ${slug})`).toBe(404);
          if (entry.kind === "page")
            await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
          // Its own territory in the URL with a foreign record's id: the record is looked up within the territory.
          if (entry.route.includes("[convention]") || entry.route.includes("[reunion]")) {
            const mixed = urlOf(entry.route, own[0], targets[slug]);
            const mixedResponse =
              entry.kind === "page"
                ? await page.goto(mixed)
                : await page.request.fetch(mixed, { method: entry.method ?? "GET" });
            expect(mixedResponse?.status(), `${mixed} (own slug, foreign ids)`).toBe(404);
          }
        }
        if (entry.kind !== "page") continue;
        for (const slug of own) {
          const response = await page.goto(urlOf(entry.route, slug, targets[slug]));
          // A territory without the record (no article in a convention, say) has nothing to show either.
          const lacksRecord = [
            ["[convention]", "conventionId"],
            ["[article]", "articleId"],
            ["[avenant]", "avenantId"],
            ["[annexe]", "annexId"],
            ["[fiche]", "ficheId"],
            ["[reunion]", "meetingId"],
          ].some(([param, key]) => entry.route.includes(param) && targets[slug][key as keyof TargetIds] === ABSENT_ID);
          const allowed = (entry.allowed?.includes(user.role) ?? false) && !lacksRecord;
          expect(response?.status(), `${entry.route} on own ${slug}`).toBe(allowed ? 200 : 404);
          if (allowed && !axeChecked.has(`${user.role} ${entry.route}`)) {
            axeChecked.add(`${user.role} ${entry.route}`);
            await expectNoAxeViolations(page);
          }
        }
      }
      // A territory that does not exist looks exactly the same.
      expect((await page.goto("/territoires/territoire-inexistant"))?.status()).toBe(404);
    });

    test("opens the pages of its own caisse only, with a caisse role, and never the operator pages", async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const caisses = await withE2eDb(
        async (client) =>
          (
            await client.query(
              `SELECT c.id, c.departement, (SELECT o.id FROM "Organisation" o WHERE o."caisseId" = c.id ORDER BY o.name LIMIT 1) AS partner FROM "Caisse" c`,
            )
          ).rows as { id: string; departement: string; partner: string }[],
      );
      for (const entry of pageMatrix.filter((e) => e.caisse)) {
        for (const caisse of caisses) {
          const own = user.caisse.endsWith(caisse.departement);
          const allowed = own && (entry.allowed?.includes(user.role) ?? false);
          const url = entry.route.replace("[caisse]", caisse.id).replace("[partenaire]", caisse.partner);
          if (entry.kind === "route") {
            // Route handlers answer POST: a caller with the role gets past the tenant check (400: no form sent).
            const response = await page.request.fetch(url, { method: entry.method ?? "GET" });
            const status = response.status();
            if (allowed) expect(status, `${url} (${caisse.departement}) for ${user.email}`).not.toBe(404);
            else expect(status, `${url} (${caisse.departement}) for ${user.email}`).toBe(404);
            continue;
          }
          const response = await page.goto(url);
          expect(response?.status(), `${url} (${caisse.departement}) for ${user.email}`).toBe(allowed ? 200 : 404);
          if (allowed && !axeChecked.has(`${user.role} ${entry.route}`)) {
            axeChecked.add(`${user.role} ${entry.route}`);
            await expectNoAxeViolations(page);
          }
        }
        // Another caisse's partner under the user's own caisse: looked up within the caisse, so 404.
        if (entry.route.includes("[partenaire]")) {
          const own = caisses.find((c) => user.caisse.endsWith(c.departement))!;
          const other = caisses.find((c) => c !== own)!;
          const mixed = entry.route.replace("[caisse]", own.id).replace("[partenaire]", other.partner);
          expect((await page.goto(mixed))?.status(), mixed).toBe(404);
        }
      }
      for (const entry of pageMatrix.filter((e) => e.operator)) {
        expect((await page.goto(entry.route))?.status(), `${entry.route} for ${user.email}`).toBe(404);
        await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
      }
    });

    test("every server action refuses foreign territories' ids and writes nothing", async ({ page }) => {
      const actions = readServerActions();
      // Next lists the actions that some page uses; tests/unit/matrix-completeness.test.ts covers the rest.
      expect(actions.length).toBeGreaterThan(0);
      const { foreign } = ownAndForeign(user);
      const targets = Object.fromEntries(
        await Promise.all(foreign.map(async (slug) => [slug, await targetsOf(slug)] as const)),
      );
      const before = await snapshot();
      for (const { id: actionId, action } of actions) {
        const entry = operationMatrix.find((e) => e.action === action);
        expect(entry, `${action} is in tests/matrix/operations.ts`).toBeTruthy();
        // One's own account and anonymous token-holders' actions aim at no territory (tests/integration/people.test.ts).
        if (entry!.scope === "self" || entry!.scope === "public") continue;
        for (const slug of foreign) {
          const input = entry!.input(targets[slug]);
          const response = await page.request.post("/", {
            headers: actionHeaders(actionId),
            data: JSON.stringify([input]),
          });
          const body = await response.text();
          // Foreign records answer exactly like missing ones: "… introuvable."
          expect(body, `${action} on ${slug}`).toMatch(/"serverError":"[^"]* introuvable\."/);
        }
      }
      expect(await snapshot()).toEqual(before);
    });
  });
}

test("server actions refuse anonymous callers", async ({ baseURL }) => {
  const anonymous = await request.newContext({ baseURL });
  const target = await targetsOf("aubrac-lot-causses-tarn");
  const before = await snapshot();
  for (const { id: actionId, action } of readServerActions()) {
    const entry = operationMatrix.find((e) => e.action === action)!;
    if (entry.scope === "public") continue; // open to anonymous callers by design (a token authorizes them)
    const response = await anonymous.post("/", {
      headers: actionHeaders(actionId),
      data: JSON.stringify([entry.input(target)]),
    });
    expect(await response.text()).toContain("Votre session a expiré");
  }
  expect(await snapshot()).toEqual(before);
  await anonymous.dispose();
});
