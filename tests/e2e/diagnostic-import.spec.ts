// The import of open data into the shared diagnostic, end to end on the demo data (whose seed already imported the
// sample files): the Lozère cooperation officer opens the page from the caisse overview, a file of unknown columns
// is refused with what was expected, then a newer places file is analysed (preview), imported, and shows in the
// history. Keyboard only for the form; axe on each state.
import { formatDate } from "../../lib/format";
import { expect, expectNoAxeViolations, storageStateOf, test, withE2eDb } from "./support";

test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

const placesCsv = Buffer.from(
  "annee;numepci;nomepci;numdep;nomdep;tot_offre_epci;pl_eaje_epci\n" +
    "2024;244800405;CC Cœur de Lozère;48;Lozère;412;131\n" +
    "2024;200069300;CA Tarbes-Lourdes-Pyrénées;65;Hautes-Pyrénées;5200;1900\n",
  "utf8",
);

test("a caisse officer analyses then imports an open-data file, and sees it in the history", async ({ page }) => {
  test.setTimeout(120_000);
  const caisseId = await withE2eDb(
    async (client) => (await client.query(`SELECT id FROM "Caisse" WHERE departement = '48'`)).rows[0].id as string,
  );
  await page.goto(`/caisses/${caisseId}`);
  await page.getByRole("link", { name: "Données du diagnostic (data.caf.fr)" }).click();
  // The first page of the process to read the official EPCI list (13 MB of JSON) may take a few seconds.
  await expect(page.getByRole("heading", { level: 1, name: /Données du diagnostic partagé/ })).toBeVisible({
    timeout: 20_000,
  });
  // The seed's imports are in the history already.
  const history = page.getByRole("table", { name: "Imports de données ouvertes de la caisse" });
  await expect(history).toContainText("txcouv_pe_epci");
  await expectNoAxeViolations(page);

  // A file of unknown columns: refused, with the expected columns named.
  const input = page.getByLabel(/Fichiers exportés de data.caf.fr/);
  await input.setInputFiles({ name: "inconnu.csv", mimeType: "text/csv", buffer: Buffer.from("code;valeur\n1;2\n") });
  await page.getByRole("button", { name: "Analyser" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "inconnu.csv" })).toContainText(
    "Fichier non reconnu : colonnes attendues pour un jeu de données de la Cnaf",
  );
  await expectNoAxeViolations(page);

  // A newer places file, by keyboard: preview, then import.
  await input.setInputFiles({ name: "nbpla_pe_epci.csv", mimeType: "text/csv", buffer: placesCsv });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Date d'extraction des données").fill(yesterday);
  await page.getByRole("button", { name: "Analyser" }).focus();
  await page.keyboard.press("Enter");
  const preview = page.getByRole("table", { name: "Ce que l'import changerait, par fichier" });
  await expect(preview).toBeVisible();
  await expect(page.getByRole("heading", { name: /Aperçu de l'import/ })).toBeFocused();
  const row = preview.getByRole("row").filter({ hasText: "nbpla_pe_epci" });
  await expect(row.getByRole("cell")).toHaveText(["nbpla_pe_epci.csv", "2024", "2", "0", "0", "1"]);
  await expect(page.getByText(/Absents du fichier : Aubrac Lot Causses Tarn \(SIREN 200069268\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import réussi" })).toContainText(
    "2 valeurs ajoutées, 0 mise à jour ; 1 territoire actualisé",
  );
  const newest = history.getByRole("row").nth(1);
  await expect(newest).toContainText("nbpla_pe_epci.csv");
  await expect(newest).toContainText(formatDate(new Date(`${yesterday}T00:00:00Z`)));
  await expect(newest).toContainText("Sophie Coopération");
  await expectNoAxeViolations(page);

  // Analysing the same file again: nothing left to import.
  await page.getByRole("button", { name: "Analyser" }).click();
  await expect(page.getByText("Rien à importer : les valeurs de la caisse sont déjà à jour.")).toBeVisible();
});
