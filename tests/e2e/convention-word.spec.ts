// Word out and in, in the browser: a chargée de coopération downloads a convention as DOCX, then imports a Word
// document through the review screen with the keyboard only; axe-clean at every step.
import JSZip from "jszip";
import { docxFromText, readFixture } from "../helpers/convention-import";
import { expect, expectNoAxeViolations, storageStateOf, test } from "./support";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test.describe("the convention in Word", () => {
  test.describe("download", () => {
    test.use({ storageState: storageStateOf("cooperation@ccss-lozere.demo.fr") });

    test("downloads the Aubrac convention as a Word document", async ({ page }) => {
      await page.goto("/territoires/aubrac-lot-causses-tarn/conventions");
      await page.getByRole("link", { name: /CTG n° 2/ }).click();
      const link = page.getByRole("link", { name: "Télécharger en Word (.docx)" });
      await expect(link).toBeVisible();
      await expectNoAxeViolations(page);
      const href = (await link.getAttribute("href"))!;
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(DOCX_MIME);
      const zip = await JSZip.loadAsync(await response.body());
      const document = await zip.file("word/document.xml")!.async("string");
      expect(document).toContain("Article 19 – Confidentialité");
      const download = page.waitForEvent("download");
      await link.focus();
      await page.keyboard.press("Enter");
      expect((await download).suggestedFilename()).toBe("CTG-aubrac-lot-causses-tarn-2.docx");
    });
  });

  test.describe("import", () => {
    test.use({ storageState: storageStateOf("cooperation@caf-hautes-pyrenees.demo.fr") });

    test("imports a Word document through the review screen with the keyboard", async ({ page }) => {
      await page.goto("/territoires/tarbes-lourdes-pyrenees-sud/conventions");
      await page.getByRole("link", { name: "importée" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Importer une convention existante" })).toBeVisible();
      await expectNoAxeViolations(page);

      const buffer = Buffer.from(await docxFromText(readFixture("visas-list.txt")));
      await page.getByLabel("Document Word (.docx) ou PDF").setInputFiles({
        name: "convention-coeur.docx",
        mimeType: DOCX_MIME,
        buffer,
      });
      await page.getByLabel("Document Word (.docx) ou PDF").focus();
      await page.keyboard.press("Tab"); // the pasted-text area
      await page.keyboard.press("Tab"); // "Analyser"
      await expect(page.getByRole("button", { name: "Analyser" })).toBeFocused();
      await page.keyboard.press("Enter");

      const review = page.getByRole("heading", { level: 2, name: "Vérifier ce qui a été reconnu" });
      await expect(review).toBeFocused();
      await expect(page.getByLabel("Article 2 : titre")).toHaveValue("Champs d'intervention");
      await expect(page.getByLabel("Partie 1 : organisation")).toHaveValue(
        "La Caisse commune de sécurité sociale de la Lozère",
      );
      await expect(page.getByLabel("Texte du document importé")).toContainText("Article 1er – Objet");
      await expectNoAxeViolations(page);

      // Fix the title with the keyboard: Tab from the heading reaches the first field of the form.
      await page.keyboard.press("Tab");
      await expect(page.getByLabel("Titre", { exact: true })).toBeFocused();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("Convention territoriale globale importée (essai)");
      await page.getByRole("button", { name: "Créer le brouillon" }).focus();
      await page.keyboard.press("Enter");

      await expect(
        page.getByRole("heading", { level: 1, name: "Convention territoriale globale importée (essai)" }),
      ).toBeVisible();
      await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
      await expect(page.getByText("Champs d'intervention").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
});
