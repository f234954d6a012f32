// On a phone: every page of the page matrix that a role may open, at 360 px wide, never scrolls sideways (wide
// tables scroll inside their own container). One test per role; a failure lists every page that overflows with the
// elements that stick out.
import type { Page } from "@playwright/test";
import { urlOf } from "../helpers/http-matrix";
import { pageMatrix } from "../matrix/pages";
import { demoUsers, storageStateOf, targetsOf, withE2eDb, expect, test } from "./support";

const PHONE = { width: 360, height: 780 };

/** The document's width beyond the viewport, and the deepest elements that stick out (for the failure message). */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - viewport;
    const culprits: string[] = [];
    if (overflow > 0) {
      for (const element of document.querySelectorAll<HTMLElement>("body *")) {
        const rect = element.getBoundingClientRect();
        if (rect.right <= viewport + 1 || rect.width === 0) continue;
        let clipped = false;
        for (let a = element.parentElement; a && !clipped; a = a.parentElement) {
          clipped = ["auto", "scroll", "hidden"].includes(getComputedStyle(a).overflowX);
        }
        if (!clipped && ![...element.children].some((c) => c.getBoundingClientRect().right > viewport + 1)) {
          culprits.push(`<${element.tagName.toLowerCase()}> "${(element.textContent ?? "").trim().slice(0, 40)}"`);
        }
      }
    }
    return { overflow, culprits: culprits.slice(0, 4) };
  });
}

const lozere = demoUsers.filter((u) => u.caisse === "CCSS48" && u.territory !== "coeur-de-lozere");

test.describe("at phone width", () => {
  test.use({ viewport: PHONE });

  for (const user of lozere) {
    test.describe(`${user.role} ${user.email}`, () => {
      test.use({ storageState: storageStateOf(user.email) });

      test("no page it may open scrolls sideways", async ({ page }) => {
        test.setTimeout(240_000);
        const slug = user.territory ?? "aubrac-lot-causses-tarn";
        const target = await targetsOf(slug);
        const caisse = await withE2eDb(
          async (client) =>
            (
              await client.query(
                `SELECT c.id, (SELECT o.id FROM "Organisation" o WHERE o."caisseId" = c.id ORDER BY o.name LIMIT 1) AS partner FROM "Caisse" c WHERE c.departement = '48'`,
              )
            ).rows[0] as { id: string; partner: string },
        );
        const pages = pageMatrix.filter(
          (entry) => entry.kind === "page" && entry.allowed?.includes(user.role) && !entry.operator,
        );
        const overflowing: string[] = [];
        for (const entry of pages) {
          const url = urlOf(entry.route, slug, target)
            .replace("[caisse]", caisse.id)
            .replace("[partenaire]", caisse.partner);
          const response = await page.goto(url === "/recherche" ? "/recherche?q=espace+jeunes" : url);
          expect(response?.status(), url).toBe(200);
          const { overflow, culprits } = await overflowOf(page);
          if (overflow > 0) overflowing.push(`${url}: ${overflow} px too wide — ${culprits.join(", ")}`);
        }
        expect(overflowing, `pages wider than ${PHONE.width} px`).toEqual([]);
      });
    });
  }

  test("the public pages fit too", async ({ page }) => {
    const overflowing: string[] = [];
    for (const url of ["/connexion", "/mot-de-passe-oublie", "/accessibilite"]) {
      await page.goto(url);
      const { overflow, culprits } = await overflowOf(page);
      if (overflow > 0) overflowing.push(`${url}: ${overflow} px — ${culprits.join(", ")}`);
    }
    expect(overflowing).toEqual([]);
  });
});
