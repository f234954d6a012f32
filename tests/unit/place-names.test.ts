import departementsData from "@etalab/decoupage-administratif/data/departements.json";
import { describe, expect, it } from "vitest";
import { caisseNames, epciNames, ofName, ofPlace, slugify } from "../../lib/geo/names";

const departements = (departementsData as { code: string; nom: string; typeLiaison: number; zone: string }[]).filter(
  (d) => d.zone === "metro" || d.zone === "drom",
);
const of = (code: string) => {
  const d = departements.find((x) => x.code === code)!;
  return ofPlace(d.nom, d.typeLiaison);
};

describe("names of places", () => {
  it("gives the right article to the départements", () => {
    expect(departements).toHaveLength(101);
    expect(of("48")).toBe("de la Lozère");
    expect(of("30")).toBe("du Gard");
    expect(of("13")).toBe("des Bouches-du-Rhône");
    expect(of("01")).toBe("de l'Ain");
    expect(of("35")).toBe("d'Ille-et-Vilaine");
    expect(of("28")).toBe("d'Eure-et-Loir");
    expect(of("75")).toBe("de Paris");
    expect(of("90")).toBe("du Territoire de Belfort");
    expect(of("2A")).toBe("de la Corse-du-Sud");
    expect(of("974")).toBe("de La Réunion");
    expect(of("976")).toBe("de Mayotte");
    expect(of("973")).toBe("de la Guyane");
    expect(of("04")).toBe("des Alpes-de-Haute-Provence");
    expect(of("95")).toBe("du Val-d'Oise");
    expect(of("37")).toBe("d'Indre-et-Loire");
    // Never « de Le », « de Les », « de La » before a common noun, « de A… ».
    for (const d of departements) {
      const phrase = ofPlace(d.nom, d.typeLiaison);
      expect(phrase, d.nom).not.toMatch(/^de (Le|Les|L')\b|^de [AEIOUYÉ]/);
    }
  });

  it("names caisses, EPCI territories and communes", () => {
    expect(caisseNames("CAF", { nom: "Gard", typeLiaison: 2 })).toEqual({
      name: "Caisse d'allocations familiales du Gard",
      shortName: "CAF du Gard",
    });
    expect(caisseNames("CCSS", { nom: "Lozère", typeLiaison: 3 }).shortName).toBe("CCSS de la Lozère");
    expect(epciNames({ name: "CC Aubrac Lot Causses Tarn" })).toEqual({
      territoryName: "Aubrac Lot Causses Tarn",
      organisationName: "Communauté de communes Aubrac Lot Causses Tarn",
      shortName: "CC Aubrac Lot Causses Tarn",
    });
    expect(epciNames({ name: "CA du Grand Dole" }).territoryName).toBe("Grand Dole");
    expect(epciNames({ name: "CU d'Arras" }).organisationName).toBe("Communauté urbaine d'Arras");
    expect(epciNames({ name: "Métropole de Lyon" }).territoryName).toBe("Métropole de Lyon");
    expect(ofName("Le Malzieu-Ville")).toBe("du Malzieu-Ville");
    expect(ofName("La Canourgue")).toBe("de la Canourgue");
    expect(ofName("Ispagnac")).toBe("d'Ispagnac");
    expect(ofName("Mende")).toBe("de Mende");
    expect(slugify("Cœur de Lozère")).toBe("coeur-de-lozere");
    expect(slugify("CU d'Arras")).toBe("cu-d-arras");
  });
});
