// Sample files of the Cnaf's open data (data.caf.fr), in the formats the portal exports, with deterministic values
// (a seeded generator): the demo's data (prisma/seed/open-data/, read by prisma/seed.ts) and the benchmark's national
// file (lib/cli/bench-diagnostic-import.ts). Values are plausible, not real: coverage rates around 50–75 %, places
// consistent with the rates, household counts rounded to 5 and scaled by the EPCI's population.
//
//   npx tsx lib/cli/open-data-sample.ts            writes prisma/seed/open-data/*
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { findDepartement, findEpci } from "../geo/decoupage";

export const SAMPLE_DEPARTEMENTS = ["48", "65", "88"];
/** Départements of the département files beyond the demo's (rows an import ignores). */
const OTHER_DEPARTEMENTS = ["12", "31", "54", "75"];
export const COVERAGE_YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023];
export const BENEFIT_YEARS = [2020, 2021, 2022, 2023, 2024];
const GENERATED_YEARS = Array.from({ length: 15 }, (_, i) => 2012 + i);

/** The anchor of the demo: Aubrac Lot Causses Tarn's coverage rate, its seed indicator's baseline (48 in 2022). */
const ANCHORS: Record<string, Record<number, number>> = {
  "200069268": { 2017: 44.1, 2018: 44.9, 2019: 45.6, 2020: 46.2, 2021: 47.1, 2022: 48.0, 2023: 52.0 },
};

const DEPARTEMENT_POPULATION: Record<string, number> = {
  "12": 279_000,
  "31": 1_450_000,
  "48": 76_600,
  "54": 733_000,
  "65": 229_000,
  "75": 2_100_000,
  "88": 358_000,
};
const FRANCE_POPULATION = 68_000_000;

export type SampleArea = {
  code: string;
  name: string;
  departement: string;
  departementName: string;
  population: number;
};

/** mulberry32, seeded by a string: the same values on every run. */
export function prng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round5 = (n: number) => Math.max(0, Math.round(n / 5) * 5);

/** Every EPCI of the official list (SIREN, name, first département, population). */
export function allEpci(): SampleArea[] {
  const file = createRequire(path.join(process.cwd(), "package.json")).resolve(
    "@etalab/decoupage-administratif/data/epci.json",
  );
  const raw = JSON.parse(readFileSync(file, "utf8")) as { code: string }[];
  return raw
    .map((r) => findEpci(r.code))
    .filter((e) => e !== null)
    .map((e) => {
      const departement = e.departements[0] ?? "00";
      return {
        code: e.siren,
        name: e.name,
        departement,
        departementName: findDepartement(departement)?.nom ?? "",
        population: e.population ?? 10_000,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The sample's EPCI: every one with a member commune in 48, 65 or 88, plus a few of other départements. */
export function sampleEpci(): SampleArea[] {
  const all = allEpci();
  const local = all.filter((e) => findEpci(e.code)!.departements.some((d) => SAMPLE_DEPARTEMENTS.includes(d)));
  const others = ["12", "31"].flatMap((d) => all.filter((e) => e.departement === d && !local.includes(e)).slice(0, 2));
  return [...local, ...others];
}

export function sampleDepartements(): SampleArea[] {
  return [...SAMPLE_DEPARTEMENTS, ...OTHER_DEPARTEMENTS].map((code) => {
    const name = findDepartement(code)?.nom ?? code;
    return { code, name, departement: code, departementName: name, population: DEPARTEMENT_POPULATION[code] };
  });
}

export const FRANCE: SampleArea = {
  code: "FR",
  name: "France",
  departement: "",
  departementName: "",
  population: FRANCE_POPULATION,
};

export type Coverage = {
  year: number;
  psu: number;
  horsPsu: number;
  eaje: number;
  prescol: number;
  am: number;
  gad: number;
  ind: number;
  total: number;
  /** Children under 3 (places = rate × children / 100). */
  children: number;
};

/** Coverage rates of an area for the years, rising slowly around a base of 50–75 %. */
export function coverageOf(area: SampleArea, years = COVERAGE_YEARS): Coverage[] {
  const random = prng(`txcouv:${area.code}`);
  const base = 50 + random() * 25;
  const slope = 0.3 + random() * 0.8;
  const eajeShare = 0.22 + random() * 0.2;
  const prescolShare = 0.02 + random() * 0.03;
  const gadShare = 0.005 + random() * 0.015;
  const psuShare = 0.8 + random() * 0.2;
  const childrenRate = 0.026 + random() * 0.01;
  // Computed over a fixed range, then picked: the values of a year do not depend on the years asked for.
  return GENERATED_YEARS.map((year) => {
    const anchored = ANCHORS[area.code]?.[year];
    const total = anchored ?? round1(base - (2023 - year) * slope + (random() - 0.5) * 0.8);
    const eaje = round1(total * eajeShare);
    const psu = round1(eaje * psuShare);
    const horsPsu = round1(eaje - psu);
    const prescol = round1(total * prescolShare);
    const gad = round1(total * gadShare);
    const am = round1(total - eaje - prescol - gad);
    const children = Math.max(3, Math.round(area.population * childrenRate * (1 - (year - 2017) * 0.01)));
    return { year, psu, horsPsu, eaje, prescol, am, gad, ind: round1(am + gad), total, children };
  }).filter((c) => years.includes(c.year));
}

export type Places = {
  year: number;
  psu: number;
  horsPsu: number;
  eaje: number;
  prescol: number;
  am: number;
  gad: number;
  total: number;
};

/** Places consistent with the coverage rates (rate × children / 100). */
export function placesOf(area: SampleArea, years = COVERAGE_YEARS): Places[] {
  return coverageOf(area, years).map((c) => {
    const p = (rate: number) => Math.round((rate * c.children) / 100);
    const psu = p(c.psu);
    const horsPsu = p(c.horsPsu);
    const prescol = p(c.prescol);
    const am = p(c.am);
    const gad = p(c.gad);
    return {
      year: c.year,
      psu,
      horsPsu,
      eaje: psu + horsPsu,
      prescol,
      am,
      gad,
      total: psu + horsPsu + prescol + am + gad,
    };
  });
}

/** Share of households per benefit, of the number of allocataires (`indfoy_ndur`). */
const BENEFIT_SHARES: [string, number][] = [
  ["indfoy_af", 0.33],
  ["indfoy_ndurpaje", 0.16],
  ["indfoy_cf", 0.05],
  ["indfoy_ars", 0.21],
  ["indfoy_asf", 0.05],
  ["indfoy_ndural", 0.4],
  ["indfoy_apl", 0.2],
  ["indfoy_alf", 0.07],
  ["indfoy_als", 0.13],
  ["indfoy_rsa", 0.1],
  ["indfoy_ppa", 0.3],
  ["indfoy_aah", 0.09],
];
export const BENEFIT_COLUMNS = ["indfoy_ndur", "indnbp_ndur", ...BENEFIT_SHARES.map(([k]) => k)];

/** Households per benefit at 31 December (rounded to 5), scaled by the population. */
export function benefitsOf(
  area: SampleArea,
  years = BENEFIT_YEARS,
): { year: number; values: Record<string, number> }[] {
  const random = prng(`s_ben:${area.code}`);
  const rate = 0.17 + random() * 0.06;
  const shares = BENEFIT_SHARES.map(([k, s]) => [k, s * (0.85 + random() * 0.3)] as const);
  return GENERATED_YEARS.map((year) => {
    const ndur = area.population * rate * (1 + (year - 2020) * 0.008 + (random() - 0.5) * 0.01);
    const values: Record<string, number> = { indfoy_ndur: round5(ndur), indnbp_ndur: round5(ndur * 2.3) };
    for (const [k, s] of shares) values[k] = round5(ndur * s);
    return { year, values };
  }).filter((b) => years.includes(b.year));
}

// ───────────── Writers, in the portal's formats ─────────────

const BOM = "\uFEFF";
const frDecimal = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));
const quote = (s: string) => (/[;",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** txcouv_pe_epci.csv: `;`, decimal commas, UTF-8 BOM, field names. */
export function coverageEpciCsv(areas: SampleArea[], years = COVERAGE_YEARS): string {
  const header = [
    "annee",
    "numepci",
    "nomepci",
    "numdep",
    "nomdep",
    "txcouv_psu_col_epci",
    "txcouv_hors_psu_col_epci",
    "txcouv_eaje_epci",
    "txcouv_prescol_epci",
    "txcouv_am_ind_epci",
    "txcouv_gad_ind_epci",
    "txcouv_ind_epci",
    "txcouv_epci",
  ];
  const lines = [header.join(";")];
  for (const year of years) {
    for (const area of areas) {
      const c = coverageOf(area, years).find((x) => x.year === year)!;
      // The préscolarisation rate is not published for 2017 (an empty cell).
      const prescol = year === 2017 ? null : c.prescol;
      lines.push(
        [
          year,
          area.code,
          quote(area.name),
          area.departement,
          quote(area.departementName),
          frDecimal(c.psu),
          frDecimal(c.horsPsu),
          frDecimal(c.eaje),
          frDecimal(prescol),
          frDecimal(c.am),
          frDecimal(c.gad),
          frDecimal(c.ind),
          frDecimal(c.total),
        ].join(";"),
      );
    }
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

/** txcouv_pe_dep.json: the portal's JSON export (an array of objects, years as text). */
export function coverageDepJson(areas: SampleArea[], years = COVERAGE_YEARS): string {
  const rows = years.flatMap((year) =>
    areas.map((area) => {
      const c = coverageOf(area, years).find((x) => x.year === year)!;
      return {
        annee: String(year),
        numdep: area.code,
        nomdep: area.name,
        txcouv_psu_col_dep: c.psu,
        txcouv_hors_psu_col_dep: c.horsPsu,
        txcouv_eaje_dep: c.eaje,
        txcouv_prescol_dep: c.prescol,
        txcouv_am_ind_dep: c.am,
        txcouv_gad_ind_dep: c.gad,
        txcouv_ind_dep: c.ind,
        txcouv_dep: c.total,
      };
    }),
  );
  return JSON.stringify(rows, null, 1) + "\n";
}

/** txcouv_pe_nat.csv: an export WITH LABELS (the portal's column titles instead of field names). */
export function coverageNatCsv(years = COVERAGE_YEARS): string {
  const header = [
    "Date référence",
    "Taux de couv. EAJE PSU",
    "Taux de couv. hors EAJE PSU",
    "Taux de couv. EAJE - ensemble",
    "Taux de couv. préscolarisation",
    "Taux de couv. assistante maternelle",
    "Taux de couv. salariée à domicile",
    "Taux de couv. accueil individuel - ensemble",
    "Taux de couv. global",
  ];
  const lines = [header.join(";")];
  for (const c of coverageOf(FRANCE, years)) {
    lines.push(
      [c.year, c.psu, c.horsPsu, c.eaje, c.prescol, c.am, c.gad, c.ind, c.total]
        .map((v, i) => (i === 0 ? String(v) : frDecimal(v)))
        .join(";"),
    );
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

/** nbpla_pe_epci.csv: `;`, field names, no BOM. */
export function placesEpciCsv(areas: SampleArea[], years = COVERAGE_YEARS): string {
  const header = [
    "annee",
    "numepci",
    "nomepci",
    "numdep",
    "nomdep",
    "pl_psu_col_epci",
    "pl_hors_psu_col_epci",
    "pl_eaje_epci",
    "pl_prescol_epci",
    "pl_am_ind_epci",
    "pl_gad_ind_epci",
    "tot_offre_epci",
  ];
  const lines = [header.join(";")];
  for (const year of years) {
    for (const area of areas) {
      const p = placesOf(area, years).find((x) => x.year === year)!;
      lines.push(
        [
          year,
          area.code,
          quote(area.name),
          area.departement,
          quote(area.departementName),
          p.psu,
          p.horsPsu,
          p.eaje,
          p.prescol,
          p.am,
          p.gad,
          p.total,
        ].join(";"),
      );
    }
  }
  return lines.join("\n") + "\n";
}

/** s_ben_epci_f.json: the Explore API's "records" answer ({ total_count, results }), December of each year. */
export function benefitsEpciJson(areas: SampleArea[], years = BENEFIT_YEARS): string {
  const results = years.flatMap((year) =>
    areas.map((area) => {
      const b = benefitsOf(area, years).find((x) => x.year === year)!;
      const values: Record<string, number | null> = { ...b.values };
      // A count too small to be published is withheld (null in the API's answer).
      if (values.indfoy_aah !== null && values.indfoy_aah < 10) values.indfoy_aah = null;
      return {
        dtreffre: `${year}-12-01`,
        numepci: area.code,
        nomepci: area.name,
        numdep: area.departement,
        ...values,
      };
    }),
  );
  return JSON.stringify({ total_count: results.length, results }, null, 1) + "\n";
}

/** s_ben_dep.csv: monthly rows (only December is kept by the import), `;`, field names. */
export function benefitsDepCsv(areas: SampleArea[], years = BENEFIT_YEARS): string {
  const lines = [["dtreffre", "numdep", "nomdep", ...BENEFIT_COLUMNS].join(";")];
  for (const year of years) {
    for (let month = 1; month <= 12; month++) {
      for (const area of areas) {
        const b = benefitsOf(area, years).find((x) => x.year === year)!;
        // Months before December drift a little below the year's value.
        const factor = month === 12 ? 1 : 0.985 + month * 0.001;
        const row = BENEFIT_COLUMNS.map((k) => (month === 12 ? b.values[k] : round5(b.values[k] * factor)));
        lines.push([`${year}-${String(month).padStart(2, "0")}-01`, area.code, quote(area.name), ...row].join(";"));
      }
    }
  }
  return lines.join("\n") + "\n";
}

/** s_ben_nat.csv: comma-separated with quoted fields, quarterly rows. */
export function benefitsNatCsv(years = BENEFIT_YEARS): string {
  const lines = [["dtreffre", ...BENEFIT_COLUMNS].map((h) => `"${h}"`).join(",")];
  const benefits = benefitsOf(FRANCE, years);
  for (const b of benefits) {
    for (const month of [3, 6, 9, 12]) {
      const factor = month === 12 ? 1 : 0.99;
      const row = BENEFIT_COLUMNS.map((k) => String(month === 12 ? b.values[k] : round5(b.values[k] * factor)));
      lines.push([`"${b.year}-${String(month).padStart(2, "0")}-01"`, ...row].join(","));
    }
  }
  return lines.join("\n") + "\n";
}

/** The demo's files, by name. */
export function sampleFiles(): Record<string, string> {
  const epci = sampleEpci();
  const deps = sampleDepartements();
  return {
    "txcouv_pe_epci.csv": coverageEpciCsv(epci),
    "txcouv_pe_dep.json": coverageDepJson(deps),
    "txcouv_pe_nat.csv": coverageNatCsv(),
    "nbpla_pe_epci.csv": placesEpciCsv(epci),
    "s_ben_epci_f.json": benefitsEpciJson(epci),
    "s_ben_dep.csv": benefitsDepCsv(deps),
    "s_ben_nat.csv": benefitsNatCsv(),
  };
}

export const SAMPLE_DIR = "prisma/seed/open-data";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  mkdirSync(SAMPLE_DIR, { recursive: true });
  for (const [name, content] of Object.entries(sampleFiles())) {
    writeFileSync(path.join(SAMPLE_DIR, name), content);
    console.log(`${SAMPLE_DIR}/${name}: ${Buffer.byteLength(content)} octets`);
  }
}
