import { describe, expect, it } from "vitest";
import { frenchTypography } from "../../lib/pdf/typography";

const NBSP = "\u00a0";

describe("frenchTypography", () => {
  it("puts non-breaking spaces before ; : ! ? and inside guillemets", () => {
    expect(frenchTypography("ci-après dénommée « la CCSS » ;")).toBe(
      `ci-après dénommée «${NBSP}la CCSS${NBSP}»${NBSP};`,
    );
    expect(frenchTypography("Elle a pour objet :")).toBe(`Elle a pour objet${NBSP}:`);
    expect(frenchTypography("Vraiment?")).toBe(`Vraiment${NBSP}?`);
  });

  it("turns straight quotes into guillemets and apostrophes into typographic ones", () => {
    expect(frenchTypography("le \"bonus territoire CTG\" d'aujourd'hui")).toBe(
      `le «${NBSP}bonus territoire CTG${NBSP}» d’aujourd’hui`,
    );
  });

  it("keeps numbers, times and URLs intact, and binds n° and thousands", () => {
    expect(frenchTypography("à 20:30")).toBe("à 20:30");
    expect(frenchTypography("la loi n° 78-17")).toBe(`la loi n°${NBSP}78-17`);
    expect(frenchTypography("524 518 €")).toBe(`524${NBSP}518 €`);
  });
});
