// The shared diagnostic where it shows outside its own page: the caisse overview's coverage column (sorted with the
// keyboard), the fiche 1.1 indicator linked to `txcouv`, and annexe 3 of Aubrac's CTG n° 2 (page and printable view).
// The open data is the demo seed's (it imports the sample files of prisma/seed/open-data): this spec writes none,
// because other specs read and import the same caisse's values in parallel; the figures expected are read back.
import { formatNumber } from "../../lib/format";
import { formatSeriesValue } from "../../lib/diagnostic/annex-text";
import { expectNoAxeViolations, storageStateOf, expect, test, withE2eDb } from "./support";

const SIREN = "200069268";
const TERRITORY = "/territoires/aubrac-lot-causses-tarn";

type Coverage = {
  caisseId: string;
  /** Aubrac's txcouv by year. */
  aubrac: Map<number, number>;
  /** The latest txcouv of each territory of the Lozère caisse that has one, by name. */
  latestByTerritory: Map<string, { year: number; value: number }>;
  france: { year: number; value: number };
};

async function storedCoverage(): Promise<Coverage> {
  return withE2eDb(async (client) => {
    const caisseId = (await client.query(`SELECT id FROM "Caisse" WHERE departement = '48'`)).rows[0].id as string;
    const values = async (level: string, areaCode: string | null) =>
      (
        await client.query(
          `SELECT year, value::float AS value FROM "DiagnosticValue"
           WHERE "caisseId" = $1 AND series = 'txcouv' AND level = $2::"DiagnosticLevel" AND ($3::text IS NULL OR "areaCode" = $3)
           ORDER BY year`,
          [caisseId, level, areaCode],
        )
      ).rows as { year: number; value: number }[];
    const aubrac = new Map((await values("EPCI", SIREN)).map((r) => [r.year, r.value]));
    const france = (await values("FRANCE", null)).at(-1)!;
    const latestByTerritory = new Map<string, { year: number; value: number }>();
    const { rows: territories } = await client.query(
      `SELECT name, siren FROM "Territory" WHERE "caisseId" = $1 AND siren IS NOT NULL`,
      [caisseId],
    );
    for (const t of territories) {
      const latest = (await values("EPCI", t.siren)).at(-1);
      if (latest) latestByTerritory.set(t.name, latest);
    }
    return { caisseId, aubrac, latestByTerritory, france };
  });
}

const rate = (value: number) => formatSeriesValue(value, "PERCENT");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("the shared diagnostic in the overview, the fiches and annexe 3", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("the overview shows each territory's coverage rate and sorts by it from the keyboard", async ({ page }) => {
    const { caisseId, latestByTerritory } = await storedCoverage();
    expect(latestByTerritory.size).toBeGreaterThanOrEqual(2);
    await page.goto(`/caisses/${caisseId}`);
    const header = page.getByRole("columnheader", { name: /Taux de couverture/ });
    await expect(header).toHaveAttribute("aria-sort", "none");
    for (const [name, latest] of latestByTerritory) {
      await expect(page.getByRole("row", { name: new RegExp(escape(name)) })).toContainText(
        `${rate(latest.value)} (${latest.year})`,
      );
    }
    await expectNoAxeViolations(page);
    await header.getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/tri=couverture&ordre=asc/);
    await expect(page.getByRole("columnheader", { name: /Taux de couverture/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    // The lowest rate first.
    const [lowest] = [...latestByTerritory].sort((a, b) => a[1].value - b[1].value)[0];
    await expect(page.getByRole("row").nth(1)).toContainText(lowest);
    await page
      .getByRole("columnheader", { name: /Taux de couverture/ })
      .getByRole("link")
      .press("Enter");
    await expect(page).toHaveURL(/tri=couverture&ordre=desc/);
    await expect(page.getByRole("columnheader", { name: /Taux de couverture/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  test("fiche 1.1's coverage indicator takes its values from the diagnostic, tagged as open data", async ({ page }) => {
    const { aubrac } = await storedCoverage();
    await page.goto(`${TERRITORY}/fiches-action`);
    await page
      .getByRole("link", { name: "Pérenniser l'accueil du jeune enfant du service commun de La Canourgue" })
      .click();
    await expect(
      page.getByText("Valeur de référence et valeurs annuelles issues du diagnostic (txcouv, Cnaf)"),
    ).toBeVisible();
    const linkForm = page.getByRole("form", { name: /Données du diagnostic de l'indicateur Taux de couverture/ });
    await expect(linkForm.getByLabel("Valeurs issues du diagnostic")).toHaveValue("txcouv");
    await linkForm.getByRole("button", { name: "Modifier le lien" }).click();
    await expect(
      page.getByRole("row", { name: new RegExp(`^2023 ${escape(formatNumber(aubrac.get(2023)!))} données ouvertes`) }),
    ).toBeVisible();
    await expect(page.getByText(`référence ${formatNumber(aubrac.get(2022)!)} (2022)`)).toBeVisible();
    await expectNoAxeViolations(page);
    // A published year cannot be typed over.
    const valueForm = page.getByRole("form", { name: /Valeur de l'indicateur Taux de couverture/ });
    await valueForm.getByLabel("Année").fill("2023");
    await valueForm.getByLabel("Valeur").fill("50");
    await valueForm.getByRole("button", { name: "Enregistrer la valeur" }).click();
    await expect(valueForm.getByText(/La valeur 2023 vient des données ouvertes du diagnostic/)).toBeVisible();
  });

  test("annexe 3 of Aubrac's CTG n° 2 shows the coverage table, on the page and in the printable view", async ({
    page,
  }) => {
    const { aubrac, france } = await storedCoverage();
    await page.goto(`${TERRITORY}/conventions`);
    await page
      .getByRole("link", { name: /CTG n° 2/ })
      .first()
      .click();
    const annexes = page.getByRole("region", { name: "Annexes" });
    await expect(annexes.getByRole("heading", { name: /Annexe 3 : Diagnostic partagé/ })).toBeVisible();
    const table = annexes.getByRole("table", { name: /Taux de couverture global/ });
    await expect(table.getByRole("row", { name: /Aubrac Lot Causses Tarn/ })).toContainText(rate(aubrac.get(2022)!));
    await expect(table.getByRole("row", { name: /France/ })).toContainText(rate(france.value));
    await expect(
      annexes.getByText(/Source : Cnaf, data\.caf\.fr \(Licence Ouverte\) — jeux de données .*txcouv_pe_epci/).first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Version imprimable" }).click();
    await expect(page.getByRole("table", { name: /Taux de couverture global/ })).toContainText(rate(aubrac.get(2023)!));
  });
});
