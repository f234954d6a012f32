import { describe, expect, it } from "vitest";
import { assertPlainInput } from "@/lib/actions/plain-input";
import type { AppError } from "@/lib/errors";
import { addNoteSchema, saveStepSchema } from "@/lib/fiches-action/schemas";
import { saveFacilitySchema } from "@/lib/facilities/schemas";
import { updateTerritorySchema } from "@/lib/territories/schemas";
import { calendarDate, parseCalendarDate, text, versionSchema } from "@/lib/zod-fr";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe("texts", () => {
  const title = text("Titre", 300);

  it("refuse the NUL byte and other control characters, and half of a UTF-16 pair", () => {
    for (const bad of ["Crèche\u0000", "a\u0007b", "\ud83d", "fin \udc00"]) {
      expect(messages(title.safeParse(bad)), JSON.stringify(bad)).toEqual(["Titre : caractères non autorisés."]);
    }
  });

  it("keep accents, line breaks, tabs and whole emoji", () => {
    expect(title.parse(" Accueil des 0-3 ans\n\tà Mende 👶 ")).toBe("Accueil des 0-3 ans\n\tà Mende 👶");
  });

  it("apply to the shared identifiers and names too", () => {
    const result = updateTerritorySchema.safeParse({ territoryId: "t\u0000", version: 1, name: "Nom\u0000" });
    expect(result.success).toBe(false);
  });
});

describe("calendar dates", () => {
  it("refuse days that do not exist and years out of range, instead of rolling them over", () => {
    for (const bad of [
      "2024-02-30",
      "2025-13-45",
      "0000-01-01",
      "2023-02-29",
      "1899-12-31",
      "2201-01-01",
      "2024-2-3",
    ]) {
      expect(parseCalendarDate(bad), bad).toBeNull();
    }
    expect(parseCalendarDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("give the field's French message", () => {
    const schema = calendarDate("Date de séance invalide (AAAA-MM-JJ).");
    expect(messages(schema.safeParse("2024-02-30"))).toEqual(["Date de séance invalide (AAAA-MM-JJ)."]);
    expect(messages(addNoteSchema.safeParse({ ficheId: "f", date: "2025-13-45", body: "Note" }))).toEqual([
      "Date invalide (AAAA-MM-JJ).",
    ]);
    expect(saveStepSchema.safeParse({ ficheId: "f", title: "Étape", dueDate: "2025-06-31" }).success).toBe(false);
  });

  it("accept an empty optional date as none", () => {
    const facility = saveFacilitySchema.safeParse({
      territoryId: "t",
      name: "Crèche Les Lutins",
      type: "EAJE",
      openedOn: "",
      closedOn: "2031-02-30",
    });
    expect(facility.success).toBe(false);
    expect(messages(facility)).toEqual(["Fermeture : date invalide (AAAA-MM-JJ)."]);
  });
});

describe("versions", () => {
  it("accept a whole number from 1, given as a number or its digits", () => {
    expect(versionSchema.parse(3)).toBe(3);
    expect(versionSchema.parse("12")).toBe(12);
  });

  it("refuse true (not read as 1), a missing version, and what an integer column cannot hold", () => {
    for (const bad of [true, undefined, 2_147_483_648, "2147483648", 0, 1.5, "1e3", "", "$T"]) {
      expect(versionSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(messages(versionSchema.safeParse(undefined))).toEqual(["Version manquante."]);
  });
});

describe("what an action accepts before its schema", () => {
  const refused = (input: unknown) => {
    try {
      assertPlainInput(input);
      return null;
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it("accepts plain form data", () => {
    expect(
      refused({ territoryId: "t1", version: 3, tags: ["a", "b"], done: true, note: null, x: undefined }),
    ).toBeNull();
  });

  it("refuses forbidden characters anywhere, and what React decodes from a crafted request", () => {
    expect(refused({ steps: [{ title: "ok" }, { title: "NUL\u0000" }] })).toBe("INVALID_INPUT");
    expect(refused({ title: "\ud800" })).toBe("INVALID_INPUT");
    const throwing = new Proxy(() => {}, {
      get() {
        throw new Error("temporary reference");
      },
    });
    expect(refused({ title: throwing })).toBe("INVALID_INPUT");
    expect(refused({ when: new Date() })).toBe("INVALID_INPUT");
    expect(refused({ later: Promise.resolve(1) })).toBe("INVALID_INPUT");
    expect(refused({ big: 10n })).toBe("INVALID_INPUT");
    expect(refused({ n: Number.NaN })).toBe("INVALID_INPUT");
    let deep: unknown = "x";
    for (let i = 0; i < 50; i++) deep = [deep];
    expect(refused(deep)).toBe("INVALID_INPUT");
  });
});
