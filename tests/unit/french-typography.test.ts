import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "../../lib/format";
import { countOf, elide, ofName, startsWithVowelSound } from "../../lib/typography";

describe("French dates", () => {
  it("writes the first day of a month as 1er, and no other", () => {
    expect(formatDate(new Date("2027-01-01T00:00:00+01:00"))).toBe("1er janvier 2027");
    expect(formatDate(new Date("2027-03-11T12:00:00+01:00"))).toBe("11 mars 2027");
    expect(formatDate(new Date("2027-03-21T12:00:00+01:00"))).toBe("21 mars 2027");
    expect(formatDate(new Date("2027-12-31T12:00:00+01:00"))).toBe("31 décembre 2027");
    // Paris time decides the day: 23:30 UTC on 31 May is already 1 June in Paris.
    expect(formatDate("2027-05-31T23:30:00Z")).toBe("1er juin 2027");
    expect(formatDateTime("2027-06-01T12:00:00Z")).toMatch(/^1er juin 2027 à 14:00$/);
    expect(formatDate(null)).toBe("—");
  });
});

describe("elision", () => {
  it("elides before a vowel, an accented vowel, œ and a mute h", () => {
    expect(ofName("Aubrac Lot Causses Tarn")).toBe("d'Aubrac Lot Causses Tarn");
    expect(ofName("Évry")).toBe("d'Évry");
    expect(ofName("Œuilly")).toBe("d'Œuilly");
    expect(ofName("Hospitalet")).toBe("d'Hospitalet");
    expect(elide("le", "EPCI")).toBe("l'EPCI");
    expect(elide("que", "il")).toBe("qu'il");
    expect(ofName("Yssingeaux")).toBe("d'Yssingeaux");
  });

  it("keeps de before a consonant, an aspirated h, a semi-vowel y, and an empty name", () => {
    expect(ofName("Cœur de Lozère")).toBe("de Cœur de Lozère");
    expect(ofName("Hautes Terres de l'Aubrac")).toBe("de Hautes Terres de l'Aubrac");
    expect(elide("le", "Havre")).toBe("le Havre");
    expect(ofName("Yaourt")).toBe("de Yaourt");
    expect(ofName("l'Hospitalet")).toBe("de l'Hospitalet");
    expect(startsWithVowelSound("  ")).toBe(false);
  });
});

describe("plurals of counts", () => {
  it("takes the singular for 0 and 1, the plural from 2", () => {
    expect(countOf(0, "signataire")).toBe("0 signataire");
    expect(countOf(1, "signataire")).toBe("1 signataire");
    expect(countOf(2, "signataire")).toBe("2 signataires");
    expect(countOf(1, "fiche en retard", "fiches en retard")).toBe("1 fiche en retard");
    expect(countOf(1200, "commune")).toBe("1\u202f200 communes");
  });
});
