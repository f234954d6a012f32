import { readFileSync } from "node:fs";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { expectNoAxeViolations, storageStateOf, withE2eDb, expect, test } from "./support";
import { formatDate } from "../../lib/format";

/** Late fiches of Aubrac's plan, counted in SQL (not by the application's code): end month before this month, not closed. */
async function lateFichesInDatabase(): Promise<string[]> {
  return withE2eDb(async (client) =>
    (
      await client.query(
        `SELECT f.number FROM "FicheAction" f JOIN "Territory" t ON t.id = f."territoryId" JOIN "Convention" c ON c.id = f."conventionId"
         WHERE t.slug = 'aubrac-lot-causses-tarn' AND c.status IN ('SIGNED', 'VALIDATED') AND f.status NOT IN ('DONE', 'ABANDONED')
           AND f."endMonth" < date_trunc('month', now() AT TIME ZONE 'UTC')::date ORDER BY f.number`,
      )
    ).rows.map((r) => r.number as string),
  );
}

test.describe("a copil member follows the territory", () => {
  test.use({ storageState: storageStateOf("copil@lozere-departement.demo.fr") });

  test("opens the dashboard, drills into the late fiches, and reads the last meeting's minutes", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Tableau de bord d'Aubrac Lot Causses Tarn" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Tableau de bord — Aubrac Lot Causses Tarn" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    // Charts have a text alternative and their numbers in a table.
    await expect(page.getByRole("img", { name: /^Fiches-action par statut : / })).toBeVisible();
    await expect(page.getByRole("table", { name: /Fiches-action par thématique et statut/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Budget par année : / })).toBeVisible();

    const late = await lateFichesInDatabase();
    expect(late.length).toBeGreaterThan(0);
    const lateFigure = page.locator("dt", { hasText: "En retard" }).locator("xpath=following-sibling::dd[1]");
    await expect(lateFigure.getByRole("link")).toHaveText(String(late.length));
    await lateFigure.getByRole("link").click();
    await expect(page).toHaveURL(/fiches-action\?.*retard=1/);
    await expect(page.getByText(`${late.length} fiche${late.length > 1 ? "s" : ""}`, { exact: true })).toBeVisible();
    for (const number of late)
      await expect(
        page.getByRole("row", { name: new RegExp(`\\b${number.replace(".", "\\.")}\\b`) }).first(),
      ).toContainText("En retard");

    await page.goBack();
    await page.getByRole("link", { name: /Comité technique du 17 mars 2026 — compte rendu/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Comité technique du 17 mars 2026" })).toBeVisible();
    await expect(
      page.getByText("Point technique sur l'Espace Jeunes et sur la coordination petite enfance."),
    ).toBeVisible();
    // The decision of the previous copil, followed up at this meeting.
    await expect(page.getByRole("region", { name: "Suivi des décisions antérieures" })).toContainText(
      "Présenter le budget de fonctionnement de l'Espace Jeunes au prochain comité",
    );
    await expect(page.getByRole("region", { name: "Suivi des décisions antérieures" })).toContainText(
      "Suivi à cette réunion : En cours — Budget prévisionnel en cours de finalisation.",
    );
    // A copil member reads; nothing to edit.
    await expect(page.getByRole("form")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The previous copil keeps the fiches' statuses as they were: 1.2 was in progress then, done now.
    await page.getByRole("link", { name: /Réunion précédente/ }).click();
    const reviewed = page.getByRole("table", { name: /Fiches-action examinées/ });
    await expect(reviewed.getByRole("row", { name: /1\.2/ })).toContainText("En cours");
    await expect(reviewed.getByRole("row", { name: /1\.2/ })).toContainText("Réalisée");

    // The accessibility statement, linked from every page, is static.
    await page.getByRole("link", { name: "Accessibilité" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Déclaration d'accessibilité" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("a chargée de coopération prepares and records a meeting", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("schedules a copil, records attendance and a decision, and downloads the minutes", async ({ page }) => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    await page.goto("/territoires/coeur-de-lozere/reunions");
    await expectNoAxeViolations(page);
    const form = page.getByRole("form", { name: "Planifier une réunion" });
    await form.getByLabel("Lieu").fill("");
    await form.getByLabel("Date").fill(today);
    await form.getByRole("button", { name: "Planifier" }).click();
    await expect(form.getByText("Lieu : au moins 2 caractères.")).toBeVisible();
    await form.getByLabel("Lieu").fill("Hôtel de la communauté de communes, Mende");
    await form.getByLabel("Heure").fill("09:00");
    await form.getByLabel("Ordre du jour").fill("Bilan de la première année\nPréparation du prochain comité");
    // Members are added one by one here (other tests change which convention the territory follows).
    await form.getByLabel("Convoquer les représentants des signataires de la convention").uncheck();
    await form.getByRole("button", { name: "Planifier" }).click();
    await expect(page.getByText("Réunion planifiée.")).toBeVisible();
    const day = formatDate(new Date()); // "1er décembre 2026" on the first of a month
    await page.getByRole("link", { name: `${day} à 09:00` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Comité de pilotage du ${day}` })).toBeVisible();
    await expectNoAxeViolations(page);

    for (const [name, title, organisation] of [
      ["Philippe ROCHOUX", "Président de la CCSS", "Caisse Commune de Sécurité Sociale de la Lozère"],
      ["Régine BOURGADE", "Maire de Mende", "Commune de Mende"],
      ["Laurent SUAU", "Président de la communauté de communes", "Communauté de communes Cœur de Lozère"],
    ]) {
      const invite = page.getByRole("form", { name: "Convoquer un membre" });
      if (!(await invite.isVisible()))
        await page.getByText("Convoquer un membre ou un invité", { exact: true }).click();
      await invite.getByLabel("Nom").fill(name);
      await invite.getByLabel("Qualité").fill(title);
      await invite.getByLabel("Organisation").selectOption({ label: organisation });
      await invite.getByRole("button", { name: "Ajouter" }).click();
      await expect(page.getByLabel(`Présence de ${name}`)).toBeVisible();
    }

    const sheet = page.getByRole("form", { name: "Feuille de présence" });
    await sheet.getByLabel("Présence de Philippe ROCHOUX").selectOption("PRESENT");
    await sheet.getByLabel("Présence de Régine BOURGADE").selectOption("REPRESENTED");
    await sheet.getByRole("button", { name: "Enregistrer les présences" }).click();
    await expect(sheet.getByText("Indiquez par qui la personne est représentée.")).toBeVisible();
    await sheet.getByLabel("Régine BOURGADE représenté par").fill("Un adjoint au maire");
    await sheet.getByLabel("Présence de Laurent SUAU").selectOption("EXCUSED");
    await sheet.getByRole("button", { name: "Enregistrer les présences" }).click();
    await expect(sheet.getByText("Présences enregistrées.")).toBeVisible();

    await page.getByText("Enregistrer une décision", { exact: true }).click();
    const decision = page.getByRole("form", { name: "Enregistrer une décision" });
    await decision.getByLabel("Décision").fill("Lancer l'étude des besoins d'accueil petite enfance à Mende");
    await decision
      .getByLabel("Organisation responsable")
      .selectOption({ label: "Centre intercommunal d'action sociale Cœur de Lozère" });
    await decision.getByLabel("Échéance").fill("2027-03-31");
    await decision.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(decision.getByText("Décision enregistrée.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Décisions prises à cette réunion" })).toContainText(
      "Lancer l'étude des besoins d'accueil petite enfance à Mende",
    );
    await page.getByRole("button", { name: "Déclarer la réunion tenue" }).click();
    await expect(page.getByText("Tenue", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Compte rendu (PDF)" }).click();
    const download = await downloadPromise;
    const text = (await extractPageTexts(new Uint8Array(readFileSync((await download.path())!))))
      .join("\n")
      .replace(/-\n/g, "")
      .replace(/\s+/g, " ");
    expect(text).toContain("Compte rendu");
    expect(text).toContain("Représenté par Un adjoint au maire");
    expect(text).toContain("Lancer l’étude des besoins d’accueil petite enfance à Mende");

    // The decision is open on the dashboard, with its owner, and the caisse overview shows the meeting.
    await page.goto("/territoires/coeur-de-lozere/tableau-de-bord");
    await expect(page.getByRole("table", { name: /Décisions des comités encore ouvertes/ })).toContainText(
      "Centre intercommunal d'action sociale Cœur de Lozère",
    );
    await page.goto("/");
    await page.getByRole("link", { name: "Vue d'ensemble des territoires de la caisse" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Vue d'ensemble — CCSS de la Lozère/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByRole("row", { name: /Cœur de Lozère/ })).toContainText(day);
    await page.getByRole("link", { name: "Fin de la convention" }).click();
    await expect(page).toHaveURL(/tri=fin&ordre=asc/);
    const names = await page.getByRole("rowheader").allTextContents();
    expect(names).toEqual(["Aubrac Lot Causses Tarn", "Cœur de Lozère"]); // 2028 before 2030
  });

  test("the journal names every event of the meeting in French, never by its code", async ({ page }) => {
    await page.goto("/territoires/coeur-de-lozere/journal");
    const operations = page.getByRole("table").getByRole("row").locator("td:nth-child(3)");
    const labels = (await operations.allTextContents()).map((text) => text.trim());
    // The previous test scheduled a meeting, recorded attendance and a decision, and declared the meeting held.
    for (const expected of ["Programmation d'une réunion", "Feuille de présence", "Décision prise"]) {
      expect(labels).toContain(expected);
    }
    expect(labels.filter((label) => /^[a-z]+(\.[a-zA-Z]+)+$/.test(label) || label === "Autre opération")).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
