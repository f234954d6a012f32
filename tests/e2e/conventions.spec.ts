import { type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { expectNoAxeViolations, storageStateOf, withE2eDb, expect, test } from "./support";

test.describe.configure({ mode: "serial" });

const TERRITORY = "/territoires/coeur-de-lozere";
let conventionUrl = "";

async function fillForm(page: Page, formName: string, values: Record<string, string>) {
  const form = page.getByRole("form", { name: formName });
  for (const [label, value] of Object.entries(values)) {
    const field = form.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption({ label: value });
    else await field.fill(value);
  }
  return form;
}

function actionIdOf(exportedName: string) {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  return Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)![0];
}

// First in this serial file: these work on the seed's signed conventions (Cœur de Lozère's CTG n° 3, 2026-2030, and
// Aubrac's CTG n° 2 with its 19 articles), not on the convention the tests below build.
test.describe("a chargée de coopération renews and amends signed conventions", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("the new-convention form proposes the day after the signed edition ends, for five years", async ({ page }) => {
    await page.goto(`${TERRITORY}/conventions`);
    const form = page.getByRole("form", { name: "Nouvelle convention" });
    const mode = form.getByLabel("Point de départ", { exact: true });
    const start = form.getByLabel("Début", { exact: true });
    const end = form.getByLabel("Fin", { exact: true });
    await expect(mode).toHaveValue("renewal");
    await expect(form.getByLabel("Convention à renouveler", { exact: true }).locator("option:checked")).toHaveText(
      "CTG n° 3 (2026-2030)",
    );
    await expect(start).toHaveValue("2031-01-01");
    await expect(end).toHaveValue("2035-12-31");
    await expectNoAxeViolations(page);
    // The model: next year, for five years; back to the renewal: its period again.
    await mode.selectOption("model");
    const nextYear = new Date().getFullYear() + 1;
    await expect(start).toHaveValue(`${nextYear}-01-01`);
    await expect(end).toHaveValue(`${nextYear + 4}-12-31`);
    await mode.selectOption("renewal");
    await expect(start).toHaveValue("2031-01-01");
    // Another start: the end follows; an end the user typed stays.
    await start.fill("2031-07-01");
    await expect(end).toHaveValue("2036-06-30");
    await end.fill("2035-06-30");
    await start.fill("2031-03-01");
    await expect(end).toHaveValue("2035-06-30");
  });

  test("drafts an avenant whose article is typed in the rich-text editor, and reads it back in the PDF", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`${TERRITORY}/conventions`);
    await page.getByRole("link", { name: /CTG n° 3$/ }).click();
    await page.getByRole("link", { name: /^Avenants/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Avenants" })).toBeVisible();
    const create = page.getByRole("form", { name: "Nouvel avenant" });
    await create.getByLabel("Objet de l'avenant").fill("Renforcer les engagements pour la petite enfance.");
    await create.getByRole("button", { name: "Créer l'avenant", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Avenant n° 1/ })).toBeVisible();

    // The seed's CTG n° 3 lists no articles: the avenant adds one.
    const form = page.getByRole("form", { name: "Nouvelle modification de l'avenant 1" });
    await form.getByLabel("Nature", { exact: true }).selectOption({ label: "Ajouter un article" });
    await expect(form.getByLabel("Article remplacé", { exact: true })).toHaveCount(0);
    const title = form.getByLabel("Titre de l'article (nouvelle rédaction)", { exact: true });
    const editor = form.getByRole("textbox", { name: "Texte de l'article (nouvelle rédaction)" });
    await expectNoAxeViolations(page);

    // Everything typed with the keyboard: Ctrl+B for bold, the toolbar's list button activated with Enter.
    await title.fill("Engagements des parties");
    await editor.click();
    await page.keyboard.press("ControlOrMeta+B");
    await expect(form.getByRole("button", { name: "Gras", exact: true })).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.type("Priorité à la petite enfance");
    await page.keyboard.press("ControlOrMeta+B");
    await page.keyboard.type(" : les parties conviennent de");
    await page.keyboard.press("Enter");
    const bullets = form.getByRole("button", { name: "Liste à puces", exact: true });
    await bullets.focus();
    await page.keyboard.press("Enter");
    await expect(bullets).toHaveAttribute("aria-pressed", "true");
    await expect(editor).toBeFocused();
    await page.keyboard.type("ouvrir une crèche à Mende ;");
    await page.keyboard.press("Enter");
    await page.keyboard.type("soutenir les assistants maternels.");
    await form.getByRole("button", { name: "Ajouter la modification", exact: true }).click();
    await expect(page.getByText("Modification ajoutée à l'avenant.")).toBeVisible();

    const change = page
      .getByRole("listitem")
      .filter({ hasText: "1. Ajoute un article : Engagements des parties" })
      .last();
    // (The closed "Modifier" form holds the same text in its editor: only what is shown counts.)
    await expect(
      change.locator("strong", { hasText: "Priorité à la petite enfance" }).filter({ visible: true }),
    ).toBeVisible();
    await expect(change.locator("ul > li").filter({ visible: true })).toHaveText([
      "ouvrir une crèche à Mende ;",
      "soutenir les assistants maternels.",
    ]);
    await expectNoAxeViolations(page);

    // The draft avenant's PDF prints the list item by item, under the PROJET watermark.
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le projet d'avenant n° 1", exact: true }).click();
    const bytes = readFileSync((await (await downloadPromise).path())!);
    const text = (await extractPageTexts(bytes)).join("\n");
    expect(text).toContain("Avenant n° 1");
    expect(text).toMatch(/Ajout d.un article à la convention/);
    expect(text).toContain("Priorité à la petite enfance");
    expect(text).toMatch(/•\s*ouvrir une crèche à Mende ;/);
    expect(text).toMatch(/•\s*soutenir les assistants maternels\./);
    expect(text).toContain("PROJET");

    // At phone width the page does not scroll sideways and the editor's toolbar wraps.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const phoneForm = page.getByRole("form", { name: "Nouvelle modification de l'avenant 1" });
    const lastButton = phoneForm.getByRole("button", { name: "Liste numérotée", exact: true });
    await lastButton.scrollIntoViewIfNeeded();
    const box = (await lastButton.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });
});

test.describe("a chargée de coopération rebuilds a convention in the browser", () => {
  test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

  test("creates it from the model, edits and reorders articles", async ({ page }) => {
    await page.goto(`${TERRITORY}/conventions`);
    await expectNoAxeViolations(page);
    const form = await fillForm(page, "Nouvelle convention", {
      "Point de départ": "Le modèle de convention",
      Titre: "Convention territoriale globale Cœur de Lozère (essai)",
      "Lieu de signature": "Mende",
      // After the signed 2026-2030 convention: one convention in force at a time.
      Début: "2031-01-01",
      Fin: "2035-12-31",
    });
    await form.getByRole("button", { name: "Créer le brouillon", exact: true }).click();
    await expect(page.getByText("Brouillon créé")).toBeVisible();
    await page.getByRole("link", { name: /Cœur de Lozère \(essai\) — CTG n° 4/ }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Convention territoriale globale Cœur de Lozère (essai)" }),
    ).toBeVisible();
    conventionUrl = new URL(page.url()).pathname;
    await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // Edit article 1 in the rich-text editor.
    await page.getByRole("link", { name: "Modifier l'article 1", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier : Article 1" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Titre de l'article").fill("Objet de la convention");
    const editor = page.getByRole("textbox", { name: "Texte" });
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");
    const bold = page.getByRole("button", { name: "Gras", exact: true });
    await bold.click();
    // Type only once the editor holds the bold mark and the focus (not after a delay).
    await expect(bold).toHaveAttribute("aria-pressed", "true");
    await expect(editor).toBeFocused();
    await page.keyboard.type("Priorité à la petite enfance.");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(page.getByText(/^Article \d+ enregistré — version \d+\.$/)).toBeVisible();
    // The focus stays on the save button (it is never natively disabled, which would drop the focus to <body>).
    await expect(page.getByRole("button", { name: "Enregistrer", exact: true })).toBeFocused();
    await page.getByRole("link", { name: "Retour à la convention", exact: true }).click();
    await expect(page.getByRole("heading", { level: 4, name: "Article 1 – Objet de la convention" })).toBeVisible();
    await expect(page.locator("strong", { hasText: "Priorité à la petite enfance." })).toBeVisible();

    // Move article 1 down: numbering follows.
    const secondTitle = (await page.getByRole("heading", { level: 4 }).nth(1).textContent())!.replace(
      /^Article 2 – /,
      "",
    );
    await page.getByRole("button", { name: "Descendre l'article 1", exact: true }).click();
    await expect(page.getByRole("heading", { level: 4, name: `Article 1 – ${secondTitle}` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 4, name: "Article 2 – Objet de la convention" })).toBeVisible();

    // Deleting asks for confirmation first (counting the articles' headings: annexe 3's themes are headings too).
    const articleHeadings = page.getByRole("heading", { level: 4, name: /^Article \d+ – / });
    const count = await articleHeadings.count();
    await page.getByRole("button", { name: `Supprimer l'article ${count}`, exact: true }).click();
    await page.getByRole("button", { name: "Annuler", exact: true }).click();
    await expect(articleHeadings).toHaveCount(count);
    await page.getByRole("button", { name: `Supprimer l'article ${count}`, exact: true }).click();
    await page.getByRole("button", { name: "Confirmer", exact: true }).click();
    await expect(articleHeadings).toHaveCount(count - 1);

    // Leaving the editor with unsaved changes warns.
    await page.getByRole("link", { name: "Modifier l'article 3", exact: true }).click();
    await page.getByLabel("Titre de l'article").fill("Titre non enregistré");
    let warned = false;
    page.once("dialog", async (dialog) => {
      warned = dialog.type() === "beforeunload";
      await dialog.accept();
    });
    await page.reload();
    expect(warned).toBe(true);
  });

  test("the Durée article follows the period, and a field is inserted with the keyboard", async ({ page }) => {
    await page.goto(conventionUrl);
    const duree = page.getByRole("listitem").filter({
      has: page.getByRole("heading", { level: 4, name: /– Durée de la convention$/ }),
    });
    await expect(duree).toContainText(
      "conclue pour une durée de cinq ans, à compter du 1er janvier 2031 jusqu'au 31 décembre 2035 inclus.",
    );
    // Changing the end date changes the article.
    const informations = page.getByRole("form", { name: "Informations générales" });
    await informations.getByLabel("Fin", { exact: true }).fill("2034-12-31");
    await informations.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(informations.getByText(/^Enregistré — version \d+\.$/)).toBeVisible();
    await expect(duree).toContainText(
      "pour une durée de quatre ans, à compter du 1er janvier 2031 jusqu'au 31 décembre 2034 inclus.",
    );

    // In the editor the fields show their value; the place is inserted as a field, with the keyboard only.
    await duree.getByRole("link", { name: /^Modifier l'article/ }).click();
    const editor = page.getByRole("textbox", { name: "Texte" });
    await expect(editor.locator("[data-field=endDate]")).toHaveText("31 décembre 2034");
    await expectNoAxeViolations(page);
    await editor.focus();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" Fait à ");
    const select = page.getByLabel("Champ à insérer");
    await select.focus();
    await select.selectOption({ label: "Lieu de signature (Mende)" });
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Insérer le champ" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(editor.locator("[data-field=place]")).toHaveText("Mende");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(page.getByText(/^Article \d+ enregistré — version \d+\.$/)).toBeVisible();
    await page.getByRole("link", { name: "Retour à la convention", exact: true }).click();
    await expect(duree).toContainText("Fait à Mende");

    // The place changes: the article follows.
    await informations.getByLabel("Fait à (lieu de signature)", { exact: true }).fill("Marvejols");
    await informations.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(duree).toContainText("Fait à Marvejols");
    await expect(duree.locator(".convention-field", { hasText: "Marvejols" })).toBeVisible();
  });

  test("a second session saving the same article gets the conflict screen", async ({ page, browser }) => {
    await page.goto(conventionUrl);
    await page.getByRole("link", { name: "Modifier l'article 3", exact: true }).click();
    await page.waitForURL(/\/articles\//);
    await expect(page.getByLabel("Titre de l'article")).toBeVisible();
    const editUrl = page.url();
    const other = await browser.newContext({ storageState: storageStateOf("admin@ccss-lozere.demo.fr") });
    const otherPage = await other.newPage();
    await otherPage.goto(editUrl);
    await otherPage.getByLabel("Titre de l'article").fill("Titre de Claire");
    await otherPage.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(otherPage.getByText(/^Article \d+ enregistré — version \d+\.$/)).toBeVisible();
    await other.close();

    await page.getByLabel("Titre de l'article").fill("Titre de Sophie");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Conflit de modification" })).toBeVisible();
    await expect(page.getByText("Titre de Claire")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Enregistrer ma version fusionnée", exact: true }).click();
    await expect(page.getByText(/^Article \d+ enregistré — version \d+\.$/)).toBeVisible();
  });

  test("adds a signatory, validates, records deliberations and signatures, and downloads the signed PDF", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`${conventionUrl}/signataires`);
    await expectNoAxeViolations(page);
    const form = await fillForm(page, "Nouveau signataire", {
      Organisation: "Commune de Mende (Commune)",
      "Intitulé dans le bloc de signature": "La Commune de Mende",
      "Nom du représentant": "Régine BOURGADE",
      "Qualité (Le Président, Le Maire…)": "La Maire",
      "Ci-après dénommée « … »": "la Ville de Mende",
    });
    await form.getByRole("button", { name: "Ajouter le signataire", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: "4. La Commune de Mende" })).toBeVisible();

    // The model's blanks are still there: the checklist names them and validation is refused.
    await page.goto(conventionUrl);
    await expect(page.getByText(/^Avant de valider le texte, \d points restent à régler :$/)).toBeVisible();
    await expect(page.getByRole("link", { name: /un passage « … » reste à compléter/ }).first()).toBeVisible();
    await page.getByRole("button", { name: "Valider le texte", exact: true }).click();
    await page.getByRole("button", { name: "Confirmer", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "la convention n'est pas prête" })).toBeVisible();
    await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // Completed as the chargée would (the blanks, the representatives, the copies, the annexes kept on paper).
    const conventionId = conventionUrl.split("/").pop()!;
    await withE2eDb(async (client) => {
      await client.query(
        `UPDATE "Article" SET body = regexp_replace(body, '(^|[\\s>])…(?=$|[\\s<])', '\\1Accueil du jeune enfant', 'g')
         WHERE "conventionId" = $1`,
        [conventionId],
      );
      await client.query(
        `UPDATE "Signatory" SET
           "representativeName" = CASE WHEN btrim("representativeName") IN ('', '…') THEN 'Représentant ' || position ELSE "representativeName" END,
           "representativeTitle" = CASE WHEN btrim("representativeTitle") IN ('', '…') THEN 'Le Président' ELSE "representativeTitle" END,
           designation = replace(designation, '…', 'la partie')
         WHERE "conventionId" = $1`,
        [conventionId],
      );
      await client.query(
        `UPDATE "Annex" SET content = 'PAPER' WHERE "conventionId" = $1 AND content IN ('TEXT', 'FILE') AND "fileName" IS NULL`,
        [conventionId],
      );
      await client.query(`UPDATE "Convention" SET copies = 4 WHERE id = $1`, [conventionId]);
    });
    await page.reload();
    await expect(page.getByText("Tout est prêt : vous pouvez valider le texte.")).toBeVisible();
    await page.getByRole("button", { name: "Valider le texte", exact: true }).click();
    await page.getByRole("button", { name: "Confirmer", exact: true }).click();
    await expect(page.getByText("Validée", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /Modifier l'article/ })).toHaveCount(0);

    await page.goto(`${conventionUrl}/signataires`);
    for (let index = 1; index <= 4; index++) {
      const deliberation = page.getByRole("form", { name: `Délibération ${index}` });
      if (await deliberation.count()) {
        await fillForm(page, `Délibération ${index}`, {
          Assemblée: "Conseil communautaire",
          Numéro: `D26.00${index}`,
          "Date de séance": "2026-01-15",
          "Membres en exercice": "40",
          Présents: "30",
          "Votants (présents et pouvoirs)": "34",
          Pour: "34",
        });
        await deliberation.getByRole("button", { name: "Enregistrer la délibération", exact: true }).click();
        await expect(page.getByRole("heading", { name: `Délibération n° D26.00${index}` })).toBeVisible();
      }
      const signature = await fillForm(page, `Signature ${index}`, { "Date de signature": "2026-02-09" });
      await signature.getByRole("button", { name: "Enregistrer la signature", exact: true }).click();
      await expect(page.getByText(/Signée le 9 février 2026/).nth(index - 1)).toBeVisible({ timeout: 60_000 });
    }
    await expect(page.getByText("Signée", { exact: true })).toBeVisible();

    await page.goto(conventionUrl);
    const hash = (await page.locator("code").first().textContent())!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le PDF signé", exact: true }).click();
    const download = await downloadPromise;
    const bytes = readFileSync((await download.path())!);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(hash);
    const text = (await extractPageTexts(bytes)).join("\n");
    expect(text).toContain("Régine BOURGADE");
    expect(text).toContain("Vu la délibération n° D26.003");
    expect(text).not.toContain("PROJET");
    await expect(page.getByText("PDF téléchargé.")).toBeVisible();

    // The verification page recognises the file, byte for byte.
    await page.goto(`${TERRITORY}/verifier`);
    await expectNoAxeViolations(page);
    await page
      .getByLabel("Déposez le PDF ici, ou choisissez-le")
      .setInputFiles({ name: "convention.pdf", mimeType: "application/pdf", buffer: bytes });
    await expect(page.getByText(/Document authentique/)).toBeVisible();
    await page.getByLabel("Empreinte SHA-256").fill("0".repeat(64));
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    await expect(page.getByText(/Aucun document signé de vos territoires/)).toBeVisible();
  });

  test("the signed convention shows no edit controls and its history shows the word diff", async ({ page }) => {
    await page.goto(conventionUrl);
    await expect(page.getByRole("button", { name: /Valider|Supprimer|Descendre/ })).toHaveCount(0);
    await expect(page.getByText("Convention signée : toute modification passe par un avenant.")).toBeVisible();
    await page.getByRole("link", { name: "Historique des modifications", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Historique des modifications" })).toBeVisible();
    await expect(page.locator("ins").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`${conventionUrl}/avenants`);
    await expectNoAxeViolations(page);
  });
});

for (const email of ["epci@coeur-de-lozere.demo.fr", "copil@lozere-departement.demo.fr"]) {
  test.describe(`${email} reads conventions`, () => {
    test.use({ storageState: storageStateOf(email) });

    test("without edit controls, and the server refuses its writes", async ({ page }) => {
      const slug = email.startsWith("copil") ? "aubrac-lot-causses-tarn" : "coeur-de-lozere";
      const { id, version, articleId, articleVersion } = await withE2eDb(async (client) => {
        const convention = (
          await client.query(
            `SELECT c.id, c.version FROM "Convention" c JOIN "Territory" t ON t.id = c."territoryId"
             WHERE t.slug = $1 AND EXISTS (SELECT 1 FROM "Article" a WHERE a."conventionId" = c.id AND a.kind = 'ARTICLE')
             ORDER BY c.edition DESC LIMIT 1`,
            [slug],
          )
        ).rows[0];
        const article = (
          await client.query(
            `SELECT id, version FROM "Article" WHERE "conventionId" = $1 AND kind = 'ARTICLE' ORDER BY position LIMIT 1`,
            [convention.id],
          )
        ).rows[0];
        return {
          id: convention.id,
          version: convention.version,
          articleId: article.id,
          articleVersion: article.version,
        };
      });
      await page.goto(`/territoires/${slug}/conventions/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: /Modifier/ })).toHaveCount(0);
      await expect(
        page.getByRole("button", { name: /Valider|Supprimer|Descendre|Monter|Enregistrer|Ajouter/ }),
      ).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.goto(`/territoires/${slug}/conventions/${id}/signataires`);
      await expect(page.getByRole("button", { name: /Enregistrer|Retirer|Ajouter/ })).toHaveCount(0);

      for (const [action, input] of [
        [
          "saveArticleAction",
          { conventionId: id, articleId, version: articleVersion, title: "Piraté", body: "<p>Piraté</p>" },
        ],
        [
          "updateConventionAction",
          { conventionId: id, version, title: "Piratée", startDate: "2024-01-01", endDate: "2028-12-31" },
        ],
        ["changeConventionStatusAction", { conventionId: id, version, to: "CONSULTATION" }],
      ] as const) {
        const response = await page.request.post("/", {
          headers: {
            "Next-Action": actionIdOf(action),
            "Content-Type": "text/plain;charset=UTF-8",
            Accept: "text/x-component",
          },
          data: JSON.stringify([input]),
        });
        expect(await response.text(), action).toContain("Vous n'avez pas les droits nécessaires pour cette opération.");
      }
      const unchanged = await withE2eDb(
        async (client) => (await client.query(`SELECT version FROM "Convention" WHERE id = $1`, [id])).rows[0].version,
      );
      expect(unchanged).toBe(version);
    });
  });
}
