import { describe, expect, it } from "vitest";
import { DATASETS, SERIES, THEMES, normaliseHeader, seriesByKey } from "../../lib/diagnostic/catalogue";
import { pickBaseline } from "../../lib/diagnostic/indicators";

describe("the catalogue of open-data series", () => {
  it("names every measure of every dataset after a known series, and every theme has a headline series", () => {
    for (const dataset of DATASETS) {
      for (const measure of dataset.measures)
        expect(seriesByKey.has(measure.series), `${dataset.id} ${measure.series}`).toBe(true);
      for (const required of dataset.required) expect(dataset.measures.map((m) => m.series)).toContain(required);
    }
    for (const { theme } of THEMES)
      expect(
        SERIES.some((s) => s.theme === theme && s.headline),
        theme,
      ).toBe(true);
    expect(new Set(DATASETS.map((d) => d.id)).size).toBe(DATASETS.length);
  });

  it("takes the national file's own column names (txcouv_am_nat) and the level suffix of the others", () => {
    const nat = DATASETS.find((d) => d.id === "txcouv_pe_nat")!;
    expect(nat.measures.find((m) => m.series === "txcouv_am_ind")!.names).toContain("txcouv_am_nat");
    expect(nat.areaColumn).toBeNull();
    const epci = DATASETS.find((d) => d.id === "txcouv_pe_epci")!;
    expect(epci.areaColumn?.name).toBe("numepci");
    expect(epci.measures.find((m) => m.series === "txcouv")!.names).toEqual(["txcouv_epci"]);
  });

  it("compares headers without accents, case or punctuation", () => {
    expect(normaliseHeader("Numéro Département")).toBe(normaliseHeader("numero departement"));
    expect(normaliseHeader("Taux de couv. EAJE - ensemble")).toBe("tauxdecouveajeensemble");
    expect(normaliseHeader("\uFEFFannee")).toBe("annee");
  });
});

describe("the baseline of an indicator linked to a series", () => {
  const points = [
    { year: 2020, value: 45 },
    { year: 2021, value: 46.5 },
    { year: 2022, value: 48 },
    { year: 2023, value: 52 },
  ];
  it("is the value of its baseline year, or nothing when the series lacks that year", () => {
    expect(pickBaseline(points, 2021, 2024)).toEqual({ year: 2021, value: 46.5 });
    expect(pickBaseline(points, 2019, 2024)).toBeNull();
  });
  it("without a baseline year, is the last year before the convention starts, else the first year", () => {
    expect(pickBaseline(points, null, 2023)).toEqual({ year: 2022, value: 48 });
    expect(pickBaseline(points, null, 2018)).toEqual({ year: 2020, value: 45 });
    expect(pickBaseline([], null, 2024)).toBeNull();
  });
});
