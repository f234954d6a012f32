import { describe, expect, it } from "vitest";
import { fieldTag, fieldValues } from "../../lib/conventions/fields";
import { annexReferences, hasPlaceholder, readinessChecks, readinessMessage } from "../../lib/conventions/readiness";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("placeholders of the model", () => {
  it("finds an ellipsis standing for a missing word", () => {
    for (const text of [
      "En … exemplaires",
      "<p>Fait à …</p>",
      "<ul><li>…</li></ul>",
      "…",
      "représentée par ... , Président",
    ]) {
      expect(hasPlaceholder(text), text).toBe(true);
    }
  });
  it("leaves an ellipsis that ends an enumeration or a word", () => {
    for (const text of ["(CEJ, CTG, ...)", "les familles, les jeunes, …", "etc…", "<p>Vu le code…</p>", "Aubrac"]) {
      expect(hasPlaceholder(text), text).toBe(false);
    }
  });
  it("reads annex references in the text", () => {
    expect(annexReferences("<p>voir l'Annexe 4, les annexes 1a et 1b, et (annexe 6).</p>").sort()).toEqual([
      "1a",
      "1b",
      "4",
      "6",
    ]);
  });
});

describe("readiness checks", () => {
  const ready = {
    convention: {
      id: "c2",
      status: "DRAFT" as const,
      startDate: day("2027-01-01"),
      endDate: day("2031-12-31"),
      place: "Mende",
      copies: 4,
    },
    fields: fieldValues({
      startDate: day("2027-01-01"),
      endDate: day("2031-12-31"),
      place: "Mende",
      copies: 4,
      territoryName: "Cœur de Lozère",
      caisseName: "Caisse Commune de Sécurité Sociale de la Lozère",
      epciName: null,
      partyNames: ["CCSS de la Lozère"],
    }),
    previous: { edition: 1, startDate: day("2022-01-01"), endDate: day("2026-12-31"), terminatedAt: null },
    otherSigned: [],
    articles: [{ id: "a1", kind: "ARTICLE" as const, position: 1, title: "Objet", body: "<p>Voir l'annexe 4.</p>" }],
    signatories: [
      {
        id: "s1",
        bodyLabel: "La CCSS de la Lozère",
        representativeName: "Jean DUPONT",
        representativeTitle: "Le Président",
        designation: "la CCSS",
        mustDeliberate: false,
        hasDeliberation: false,
        signed: false,
      },
    ],
    annexes: [
      {
        id: "x4",
        code: "4",
        title: "Fiches",
        content: "FICHES_ACTION" as const,
        body: null,
        hasFile: false,
        hasDeliberation: false,
      },
    ],
  };

  it("names a field of the text whose value is not filled in", () => {
    const body = `<p>Fait à ${fieldTag("place")} par ${fieldTag("epciName")}, du ${fieldTag("startDate")}.</p>`;
    const items = readinessChecks({
      ...ready,
      fields: { ...ready.fields, place: null },
      articles: [{ id: "a1", kind: "ARTICLE", position: 1, title: "Objet", body }],
    });
    const text = items.find((i) => i.key === "text")!;
    expect(text.ok).toBe(false);
    expect(text.problems.map((p) => p.text)).toEqual([
      "Article 1 — Objet : le champ « Lieu de signature » n'est pas renseigné",
      "Article 1 — Objet : le champ « Nom de l'EPCI » n'est pas renseigné",
    ]);
  });

  it("once validated, lists the assemblies still to deliberate, without refusing the signatures for it", () => {
    const commune = {
      ...ready.signatories[0],
      id: "s2",
      bodyLabel: "La Commune de Mende",
      mustDeliberate: true,
    };
    const items = readinessChecks({
      ...ready,
      convention: { ...ready.convention, status: "VALIDATED" },
      signatories: [ready.signatories[0], commune, { ...commune, id: "s3", bodyLabel: "La CC", hasDeliberation: true }],
    });
    expect(items.find((i) => i.key === "deliberations")!.problems.map((p) => p.text)).toEqual([
      "La Commune de Mende : enregistrez la délibération de son assemblée",
    ]);
    expect(readinessMessage(items, "Signature impossible")).toBeNull();
    // A draft does not show it: the assemblies deliberate on the validated text.
    expect(readinessChecks({ ...ready, signatories: [commune] }).some((i) => i.key === "deliberations")).toBe(false);
  });

  it("passes a convention with nothing left to fill", () => {
    const items = readinessChecks(ready);
    expect(items.every((i) => i.ok)).toBe(true);
    expect(readinessMessage(items, "Validation impossible")).toBeNull();
  });

  it("lists each missing piece with where to fix it", () => {
    const items = readinessChecks({
      ...ready,
      convention: { ...ready.convention, copies: null, place: "…" },
      articles: [
        { id: "a1", kind: "ARTICLE", position: 1, title: "Objet", body: "<p>En … exemplaires. Voir l'annexe 7.</p>" },
      ],
      signatories: [{ ...ready.signatories[0], representativeName: "…" }],
      annexes: [
        ...ready.annexes,
        {
          id: "x3",
          code: "3",
          title: "Diagnostic",
          content: "TEXT",
          body: "<p>Annexe à joindre.</p>",
          hasFile: false,
          hasDeliberation: false,
        },
      ],
    });
    const byKey = Object.fromEntries(items.map((i) => [i.key, i]));
    expect(byKey.text.problems).toEqual([{ text: expect.stringContaining("Article 1 — Objet"), href: "articles/a1" }]);
    expect(byKey.signatories.problems[0].href).toBe("signataires");
    expect(byKey.informations.problems).toHaveLength(2);
    expect(byKey.annexes.problems.map((p) => p.text)).toEqual([
      expect.stringContaining("Annexe 3 (Diagnostic)"),
      expect.stringContaining("L'annexe 7, citée dans le texte"),
    ]);
    expect(readinessMessage(items, "Validation impossible")).toMatch(
      /^Validation impossible : la convention n'est pas prête\. .* \(et 3 autres\)\.$/,
    );
  });

  it("refuses a period that overlaps the previous edition or another signed convention", () => {
    const items = readinessChecks({
      ...ready,
      convention: { ...ready.convention, startDate: day("2026-06-01") },
      otherSigned: [
        {
          id: "c9",
          edition: 3,
          title: "CTG",
          startDate: day("2027-01-01"),
          endDate: day("2031-12-31"),
          terminatedAt: null,
        },
      ],
    });
    const period = items.find((i) => i.key === "period")!;
    expect(period.ok).toBe(false);
    expect(period.problems.map((p) => p.text)).toEqual([
      expect.stringContaining("après la fin de la convention n° 1"),
      expect.stringContaining("chevauche celle de la convention signée n° 3"),
    ]);
    // A signed convention terminated before this one starts no longer stands in the way.
    const terminated = readinessChecks({
      ...ready,
      otherSigned: [
        {
          id: "c9",
          edition: 3,
          title: "CTG",
          startDate: day("2025-01-01"),
          endDate: day("2029-12-31"),
          terminatedAt: day("2027-01-01"),
        },
      ],
    });
    expect(terminated.find((i) => i.key === "period")!.ok).toBe(true);
  });
});
