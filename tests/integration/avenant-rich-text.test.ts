// Avenant articles are rich text, like the convention's: sanitised on save, printed with their lists and bold in
// the avenant's PDF (read back with pdfjs), compared word by word with the article they replace.
import { describe, expect, it } from "vitest";
import { saveAvenantChangeAction } from "../../lib/conventions/actions";
import { createAvenant, loadAvenantPdfData, saveAvenantChange } from "../../lib/conventions/avenants";
import { wordDiff } from "../../lib/conventions/word-diff";
import { withPdfDocument } from "../../lib/pdf/extract-text";
import { renderConventionPdf } from "../../lib/pdf/render-convention";
import { createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";
import { pdfLayoutProblems } from "../helpers/pdf-layout";

const db = requireTestDatabase();

/** Each text run of a PDF with the font it is drawn in (pdfjs's loaded-font name: one per font file). */
async function textRuns(pdf: Uint8Array) {
  return withPdfDocument(pdf, async (document) => {
    const runs: { text: string; font: string }[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items)
        if ("str" in item && item.str.trim()) runs.push({ text: item.str, font: item.fontName });
    }
    return runs;
  });
}

async function signedConventionWithAvenant() {
  const { territoryA, actors } = await createTenants(db);
  const officer = actors.COOPERATION_OFFICER;
  const convention = await createModelConvention(db, officer, territoryA);
  // Signed as the signing flow leaves it (tested in conventions.test.ts): avenants need a signed convention.
  await db.convention.update({
    where: { id: convention.id },
    data: { status: "SIGNED", signatureDate: new Date("2024-02-01T00:00:00Z"), signedAt: new Date() },
  });
  const { avenantId } = await createAvenant(db, officer, {
    conventionId: convention.id,
    expectedNumber: 1,
    object: "Préciser les engagements des parties.",
    date: null,
  });
  const article = convention.articles.find((a) => a.kind === "ARTICLE" && a.position === 3)!;
  return { officer, convention, avenantId, article };
}

const longItem =
  "la caisse accompagne les communes dans la création et le fonctionnement des établissements d'accueil du jeune enfant, des relais petite enfance et des lieux d'accueil enfants-parents du territoire";

describe("avenant articles in rich text", () => {
  it("are sanitised, printed with their bullets and bold in the PDF, and compared word by word", async () => {
    const { officer, avenantId, article } = await signedConventionWithAvenant();
    // What the editor sends, plus what a forged request could add.
    const sent =
      `<p>Les parties s'engagent <strong>à titre prioritaire</strong> :</p>` +
      `<ul><li><p>${longItem} ;</p></li><li><p>le Département soutient les familles vulnérables.</p></li></ul>` +
      `<p onclick="alert(1)" style="color:red">Fin<script>alert("x")</script> <span class="x">du texte</span>.</p>`;
    const result = await invoke(saveAvenantChangeAction, officer, {
      avenantId,
      version: 1,
      kind: "REPLACE",
      articleId: article.id,
      title: "Engagements des parties",
      body: sent,
    });
    expect(result.serverError).toBeUndefined();
    const change = await db.avenantChange.findFirstOrThrow({ where: { avenantId } });
    expect(change.body).toBe(
      `<p>Les parties s'engagent <strong>à titre prioritaire</strong> :</p>` +
        `<ul><li><p>${longItem} ;</p></li><li><p>le Département soutient les familles vulnérables.</p></li></ul>` +
        `<p>Fin du texte.</p>`,
    );

    const { pdf } = await renderConventionPdf(await loadAvenantPdfData(db, avenantId));
    const runs = await textRuns(pdf);
    const text = runs
      .map((r) => r.text)
      .join(" ")
      .replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain("Avenant n° 1");
    expect(text).toContain("Engagements des parties");
    expect(runs.filter((r) => r.text.trim() === "•")).toHaveLength(2);
    expect(text).toContain("le Département soutient les familles vulnérables.");
    expect(text).not.toMatch(/alert|onclick|color/);
    // Bold: "à titre prioritaire" is drawn in the bold font, like the article headings, not the body's font.
    const bold = runs.find((r) => r.text.includes("titre prioritaire"))!;
    const body = runs.find((r) => r.text.includes("Les parties s"))!;
    const heading = runs.find((r) => r.text.includes("Engagements des parties"))!;
    expect(bold.font).not.toBe(body.font);
    expect(bold.font).toBe(heading.font);
    // The long item runs over several lines without any line printed over another.
    expect((await pdfLayoutProblems(pdf)).problems).toEqual([]);

    // The word diff against the replaced article reads the list item by item.
    const parts = wordDiff(article.body, change.body);
    const added = parts
      .filter((p) => p.kind === "added")
      .map((p) => p.text)
      .join("");
    expect(added).toContain("titre prioritaire");
    expect(added).toContain("familles vulnérables");
    expect(added).not.toMatch(/<|>/);
    expect(parts.some((p) => p.kind === "removed")).toBe(true);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toContain(`${longItem} ;\nle Département`);
  }, 120_000);

  it("refuses an empty text, also once sanitised, and writes nothing", async () => {
    const { officer, avenantId } = await signedConventionWithAvenant();
    const empty = await invoke(saveAvenantChangeAction, officer, {
      avenantId,
      version: 1,
      kind: "ADD",
      title: "Article vide",
      body: "<p></p>",
    });
    expect(empty.fieldErrors?.body).toEqual(["Saisissez le texte de l'article."]);
    await expect(
      saveAvenantChange(db, officer, {
        avenantId,
        version: 1,
        changeId: null,
        kind: "ADD",
        articleId: null,
        title: "Article vide",
        body: "<p><script>alert(1)</script></p>",
      }),
    ).rejects.toThrow("Saisissez le texte de l'article.");
    expect(await db.avenantChange.count({ where: { avenantId } })).toBe(0);
    expect((await db.avenant.findUniqueOrThrow({ where: { id: avenantId } })).version).toBe(1);
  });
});
