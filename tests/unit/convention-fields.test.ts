import { describe, expect, it } from "vitest";
import { bindFields, durationLabel, fieldTag, fieldValues, fieldsUsed } from "../../lib/conventions/fields";
import { periodSentencesToFields } from "../../lib/conventions/import/period-fields";
import { richTextToPlain, sanitizeRichText } from "../../lib/conventions/rich-text";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const values = fieldValues({
  startDate: day("2027-01-01"),
  endDate: day("2031-12-31"),
  place: "Mende",
  copies: 4,
  territoryName: "Cœur de Lozère",
  caisseName: "Caisse Commune de Sécurité Sociale de la Lozère",
  epciName: "Communauté de communes Cœur de Lozère",
  partyNames: ["CCSS de la Lozère", "CCSS de la Lozère", "Communauté de communes Cœur de Lozère", "Commune de Mende"],
});

describe("fields bound to the convention's data", () => {
  it("prints each field's current value, and the model's … for one not filled in", () => {
    expect(values).toMatchObject({
      startDate: "1er janvier 2027",
      endDate: "31 décembre 2031",
      duration: "cinq ans",
      copies: "4",
      parties: "CCSS de la Lozère, Communauté de communes Cœur de Lozère et Commune de Mende",
    });
    const html = `<p>Du ${fieldTag("startDate")} au ${fieldTag("endDate")}, à ${fieldTag("place")} &amp; ${fieldTag("epciName")}.</p>`;
    expect(bindFields(html, values)).toBe(
      "<p>Du 1er janvier 2027 au 31 décembre 2031, à Mende &amp; Communauté de communes Cœur de Lozère.</p>",
    );
    expect(bindFields(html, { ...values, place: null })).toContain("à … &amp;");
    expect(bindFields(fieldTag("place"), { ...values, place: "<b>Mende</b>" })).toBe("&lt;b&gt;Mende&lt;/b&gt;");
    expect(bindFields(fieldTag("copies"), values, true)).toBe(
      '<span data-field="copies" class="convention-field">4</span>',
    );
    expect(fieldsUsed(html)).toEqual(["startDate", "endDate", "place", "epciName"]);
  });

  it("counts the period's length in words, the end date included", () => {
    expect(durationLabel(day("2027-01-01"), day("2031-12-31"))).toBe("cinq ans");
    expect(durationLabel(day("2024-01-01"), day("2027-12-31"))).toBe("quatre ans");
    expect(durationLabel(day("2024-07-01"), day("2028-12-31"))).toBe("quatre ans et six mois");
    expect(durationLabel(day("2024-01-01"), day("2024-12-31"))).toBe("un an");
    expect(durationLabel(day("2024-01-01"), day("2025-06-30"))).toBe("un an et six mois");
    expect(durationLabel(day("2024-01-15"), day("2024-02-10"))).toBe("moins d'un mois");
  });

  it("keeps fields through the sanitiser, whatever the editor put inside, and drops unknown ones", () => {
    expect(
      sanitizeRichText('<p>Du <span data-field="startDate" class="x" contenteditable="false">1er janvier</span>.</p>'),
    ).toBe('<p>Du <span data-field="startDate"></span>.</p>');
    expect(sanitizeRichText('<p>a<span data-field="password">x</span>b<span style="color:red">c</span></p>')).toBe(
      "<p>abc</p>",
    );
    expect(sanitizeRichText('<p><span data-field="place"></span></p>')).toBe('<p><span data-field="place"></span></p>');
    // Private-use characters, which carry fields through the sanitiser, cannot be smuggled in.
    expect(sanitizeRichText("<p>\uE000place\uE001</p>")).toBe("<p>place</p>");
    expect(richTextToPlain(`<p>Du ${fieldTag("startDate")}.</p>`)).toBe("Du [Date de début].");
  });

  it("turns the period sentences of the model and of real conventions into fields", () => {
    const expected = `conclue pour une durée de ${fieldTag("duration")}, à compter du ${fieldTag("startDate")} jusqu'au ${fieldTag("endDate")} inclus.`;
    for (const sentence of [
      "conclue à compter du 1 janvier 2027 jusqu'au 31 décembre 2031 inclus.",
      "conclue à compter du 1er janvier 2023 jusqu’au 31 décembre 2026 inclus.",
      "conclue pour une durée de quatre ans, à compter du 1er janvier 2023 jusqu'au 31 décembre 2026 inclus.",
      "conclue, à compter du 01 janvier 2024 jusqu'au 31 décembre 2028 inclus.",
    ]) {
      expect(periodSentencesToFields(`<p>La présente convention est ${sentence}</p>`)).toBe(
        `<p>La présente convention est ${expected}</p>`,
      );
    }
    // With the period: only a sentence naming that very period is turned.
    const text =
      "<p>La présente convention est conclue à compter du 1er janvier 2023 jusqu'au 31 décembre 2026 inclus.</p>";
    expect(periodSentencesToFields(text, { startDate: day("2023-01-01"), endDate: day("2026-12-31") })).toContain(
      fieldTag("duration"),
    );
    expect(periodSentencesToFields(text, { startDate: day("2024-01-01"), endDate: day("2026-12-31") })).toBe(text);
    const other = "<p>Elle peut être résiliée par l'une ou l'autre des parties.</p>";
    expect(periodSentencesToFields(other)).toBe(other);
  });
});
