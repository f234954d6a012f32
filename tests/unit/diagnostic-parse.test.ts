import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOpenDataFile, parseNumber, parsePeriod, recognise, type ParseResult } from "../../lib/diagnostic/parse";
import { prng } from "../../lib/cli/open-data-sample";

const SAMPLE = "prisma/seed/open-data";
const read = (name: string) => readFileSync(path.join(SAMPLE, name));
const enc = (text: string) => new TextEncoder().encode(text);

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`${result.message} ${result.errors.join(" | ")}`);
  return result.file;
}
function refused(result: ParseResult) {
  if (result.ok) throw new Error(`accepted as ${result.file.dataset.id}`);
  return result;
}

describe("open-data files: recognition", () => {
  it.each([
    ["txcouv_pe_epci.csv", "txcouv_pe_epci", "CSV"],
    ["txcouv_pe_dep.json", "txcouv_pe_dep", "JSON"],
    ["txcouv_pe_nat.csv", "txcouv_pe_nat", "CSV"],
    ["nbpla_pe_epci.csv", "nbpla_pe_epci", "CSV"],
    ["s_ben_epci_f.json", "s_ben_epci_f", "JSON"],
    ["s_ben_dep.csv", "s_ben_dep", "CSV"],
    ["s_ben_nat.csv", "s_ben_nat", "CSV"],
  ])("recognises %s as %s", (name, id, format) => {
    const file = ok(parseOpenDataFile(read(name), name));
    expect(file.dataset.id).toBe(id);
    expect(file.format).toBe(format);
    expect(file.encoding).toBe("UTF-8");
    expect(file.values.length).toBeGreaterThan(0);
    expect(file.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads a BOM, decimal commas and empty cells (not published) of the EPCI coverage file", () => {
    const file = ok(parseOpenDataFile(read("txcouv_pe_epci.csv"), "txcouv_pe_epci.csv"));
    const aubrac = (series: string, year: number) =>
      file.values.find((v) => v.areaCode === "200069268" && v.series === series && v.year === year);
    expect(aubrac("txcouv", 2022)).toMatchObject({ value: 48, areaName: "CC Aubrac Lot Causses Tarn" });
    expect(aubrac("txcouv", 2023)?.value).toBe(52);
    expect(aubrac("txcouv_eaje", 2023)?.value).toBe(19.7);
    expect(aubrac("txcouv_prescol", 2017)).toBeUndefined();
    expect(file.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it("reads the portal's labels (an export with labels) of the national file", () => {
    const file = ok(parseOpenDataFile(read("txcouv_pe_nat.csv"), "txcouv_pe_nat.csv"));
    expect(file.dataset.id).toBe("txcouv_pe_nat");
    expect(new Set(file.values.map((v) => v.series)).size).toBe(8);
    expect(file.values.every((v) => v.areaCode === "FR" && v.areaName === "France")).toBe(true);
  });

  it("keeps December only of monthly rows", () => {
    const file = ok(parseOpenDataFile(read("s_ben_dep.csv"), "s_ben_dep.csv"));
    expect(file.otherMonths).toBe(file.rows - file.rows / 12);
    expect(file.years).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it("a labelled EPCI file (with département columns too) is the EPCI dataset: the finest level", () => {
    const csv =
      "Date référence;Numéro EPCI;Nom EPCI;Numéro Département;Taux de couv. global\n2022;200069268;CC ALCT;48;48,0\n";
    const file = ok(parseOpenDataFile(enc(csv), "export.csv"));
    expect(file.dataset.id).toBe("txcouv_pe_epci");
    expect(file.values).toEqual([
      { areaCode: "200069268", areaName: "CC ALCT", series: "txcouv", year: 2022, value: 48 },
    ]);
  });

  it("reads Windows-1252, comma-separated quoted fields, NDJSON and the v1 records shape", () => {
    const latin = Buffer.from('annee,numdep,nomdep,txcouv_dep\n2022,"48","Lozère","61,5"\n', "latin1");
    const file = ok(parseOpenDataFile(latin, "dep.csv"));
    expect(file.encoding).toBe("Windows-1252");
    expect(file.values[0]).toMatchObject({ areaCode: "48", areaName: "Lozère", value: 61.5 });

    const ndjson = '{"annee":2022,"numdep":"2A","txcouv_dep":55}\n{"annee":2023,"numdep":5,"txcouv_dep":"56,5"}\n';
    expect(ok(parseOpenDataFile(enc(ndjson), "dep.jsonl")).values.map((v) => v.areaCode)).toEqual(["2A", "05"]);

    const v1 = JSON.stringify({ records: [{ fields: { annee: "2022", txcouv_nat: 60.1 } }] });
    expect(ok(parseOpenDataFile(enc(v1), "nat.json")).values[0]).toMatchObject({ areaCode: "FR", value: 60.1 });
  });

  it("keeps the file's name without folders or control characters", () => {
    const file = ok(parseOpenDataFile(read("txcouv_pe_nat.csv"), "C:\\Téléchargements/../nat\u0000ional.csv"));
    expect(file.fileName).toBe("national.csv");
  });

  it("treats secret markers as not published", () => {
    const csv = "annee;numepci;txcouv_epci;txcouv_eaje_epci\n2022;200069268;secret;s\n2023;200069268;52;nc\n";
    const file = ok(parseOpenDataFile(enc(csv), "x.csv"));
    expect(file.values).toEqual([
      { areaCode: "200069268", areaName: "200069268", series: "txcouv", year: 2023, value: 52 },
    ]);
    expect(parseNumber("1 234,5")).toBe(1234.5);
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parsePeriod("01/12/2023")).toEqual({ year: 2023, month: 12 });
  });
});

describe("open-data files: refusals", () => {
  it("refuses unknown columns, naming what was expected and what was found", () => {
    const result = refused(parseOpenDataFile(readFileSync("tests/fixtures/open-data/inconnu.csv"), "inconnu.csv"));
    expect(result.message).toMatch(
      /^Fichier non reconnu : colonnes attendues pour un jeu de données de la Cnaf, par exemple « annee ; numepci ; txcouv_epci » \(txcouv_pe_epci\)/,
    );
    expect(result.message).toContain("Colonnes trouvées : « code », « libelle », « valeur », « periode ».");
  });

  it("refuses a file whose columns belong to two datasets", () => {
    const r = recognise(["annee", "numepci", "txcouv_epci", "tot_offre_epci"]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Fichier ambigu .*txcouv_pe_epci.*nbpla_pe_epci/);
  });

  it("names the line and column of each bad value, and refuses the whole file", () => {
    const csv = [
      "annee;numepci;txcouv_epci",
      "2022;200069268;48,0",
      "2022;12345;50",
      "deux mille;200069268;50",
      "2023;200069268;-3",
      "2023;244800405;abc",
      "2021;200069268;1;2",
    ].join("\n");
    const result = refused(parseOpenDataFile(enc(csv), "x.csv"));
    expect(result.errors).toEqual(["Ligne 7 : 4 colonne(s) au lieu de 3 (ligne tronquée ou séparateur en trop)."]);
    const result2 = refused(parseOpenDataFile(enc(csv.split("\n").slice(0, 6).join("\n")), "x.csv"));
    expect(result2.message).toMatch(/4 valeur\(s\) invalide\(s\) : rien n'a été importé/);
    expect(result2.errors).toEqual([
      "Ligne 3, colonne « numepci » : « 12345 » n'est pas un SIREN d'EPCI (9 chiffres).",
      "Ligne 4, colonne « annee » : « deux mille » n'est pas une année ni une date.",
      "Ligne 5, colonne « txcouv_epci » : « -3 » — valeur négative.",
      "Ligne 6, colonne « txcouv_epci » : « abc » — nombre attendu.",
    ]);
  });

  it("refuses two different values of one area and year", () => {
    const csv = "annee;numepci;txcouv_epci\n2022;200069268;48\n2022;200069268;49\n";
    expect(refused(parseOpenDataFile(enc(csv), "x.csv")).errors[0]).toMatch(/deux valeurs différentes/);
  });

  it("refuses garbage, truncated, binary, empty and oversized inputs without throwing", () => {
    const epci = read("txcouv_pe_epci.csv");
    const json = read("s_ben_epci_f.json");
    const cases: [string, Uint8Array][] = [
      ["empty", new Uint8Array(0)],
      ["zip", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])],
      ["truncated JSON", json.subarray(0, Math.floor(json.length / 2))],
      ["truncated CSV inside a quote", enc('annee;numepci;nomepci;txcouv_epci\n2022;200069268;"CC Aubrac')],
      ["oversized", new Uint8Array(31 * 1024 * 1024).fill(0x41)],
      ["JSON scalar", enc("42")],
      ["JSON object", enc('{"a":1}')],
      ["deep JSON", enc("[".repeat(200_000) + "]".repeat(200_000))],
      ["header only", enc("annee;numepci;txcouv_epci\n")],
    ];
    for (const [label, bytes] of cases) {
      const result = parseOpenDataFile(bytes, label);
      expect(result.ok, label).toBe(false);
      if (!result.ok) expect(result.message, label).toMatch(/^[A-ZÉ«]/);
    }
    // A truncated CSV (cut mid-row) is refused with the line.
    const cut = epci.subarray(0, epci.length - 20);
    expect(refused(parseOpenDataFile(cut, "cut.csv")).errors[0]).toMatch(/^Ligne 267 : \d+ colonne\(s\) au lieu de 13/);
    // Random bytes, a thousand times: refused or parsed, never thrown.
    const random = prng("garbage");
    for (let i = 0; i < 1000; i++) {
      const bytes = new Uint8Array(1 + Math.floor(random() * 400)).map(() => Math.floor(random() * 256));
      if (i % 3 === 0) bytes.set(enc("annee;numepci;txcouv_epci\n").subarray(0, Math.min(bytes.length, 26)));
      expect(() => parseOpenDataFile(bytes, "x.csv")).not.toThrow();
    }
  });
});
