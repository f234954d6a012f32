import { describe, expect, it } from "vitest";
import { diffFields } from "../../lib/audit/record";
import { loginSchema } from "../../lib/auth/schemas";
import { isValidSiren, updateTerritorySchema } from "../../lib/territories/schemas";

describe("loginSchema", () => {
  it("normalises the email", () => {
    expect(loginSchema.parse({ email: "  Julie@Exemple.FR ", password: "x" }).email).toBe("julie@exemple.fr");
  });

  it("rejects malformed and oversized values with French messages", () => {
    const malformed = loginSchema.safeParse({ email: "pas-une-adresse", password: "" });
    expect(malformed.success).toBe(false);
    const errors = malformed.error!.flatten().fieldErrors;
    expect(errors.email).toEqual(["L'adresse électronique n'est pas valide."]);
    expect(errors.password).toEqual(["Saisissez votre mot de passe."]);

    const oversized = loginSchema.safeParse({ email: `${"a".repeat(250)}@exemple.fr`, password: "p".repeat(201) });
    expect(oversized.error!.flatten().fieldErrors).toEqual({
      email: expect.arrayContaining(["L'adresse électronique est trop longue."]),
      password: ["Le mot de passe est trop long."],
    });
  });

  it("rejects wrong types", () => {
    const result = loginSchema.safeParse({ email: 42, password: { $ne: "" } });
    expect(result.success).toBe(false);
  });
});

describe("SIREN", () => {
  it("accepts the SIREN of Aubrac Lot Causses Tarn and rejects a wrong key", () => {
    expect(isValidSiren("200069268")).toBe(true);
    expect(isValidSiren("200069269")).toBe(false);
    expect(isValidSiren("20006926")).toBe(false);
    expect(isValidSiren("2000692680")).toBe(false);
  });
});

describe("updateTerritorySchema", () => {
  it("turns empty optional fields into null", () => {
    const parsed = updateTerritorySchema.parse({
      territoryId: "t",
      version: "3",
      name: " Aubrac ",
      siren: "200 069 268",
      population: "",
    });
    expect(parsed).toEqual({ territoryId: "t", version: 3, name: "Aubrac", siren: "200069268", population: null });
  });

  it("gives a French message per invalid field", () => {
    const result = updateTerritorySchema.safeParse({
      territoryId: "t",
      version: 1,
      name: "A",
      siren: "123",
      population: "-5",
    });
    const errors = result.error!.flatten().fieldErrors;
    expect(errors.name).toEqual(["Le nom doit comporter au moins 2 caractères."]);
    expect(errors.siren).toEqual(["Le SIREN doit comporter 9 chiffres et une clé valide."]);
    expect(errors.population).toEqual(["La population doit être un entier entre 0 et 10 000 000."]);
  });
});

describe("diffFields", () => {
  it("keeps only the changed fields, as old/new pairs", () => {
    const before: Record<string, unknown> = {
      name: "A",
      siren: null,
      population: 10,
      when: new Date("2024-01-01T00:00:00Z"),
    };
    expect(
      diffFields(before, { name: "B", siren: null, population: 10, when: new Date("2024-01-01T00:00:00Z") }),
    ).toEqual({
      name: { old: "A", new: "B" },
    });
    expect(diffFields(before, { siren: "200069268" })).toEqual({ siren: { old: null, new: "200069268" } });
  });
});
