// What the shared diagnostic knows of the Cnaf's open data (data.caf.fr, Licence Ouverte): the series it shows, by
// theme, and the layout of each dataset it imports (its id, geographic level, key columns and measure columns).
// Column names are the datasets' field names (the JSON keys and the CSV header of an export without labels); the
// portal's labels (an export "with labels") are recognised too, compared without accents, case or punctuation.
import type { DiagnosticLevel, DiagnosticTheme } from "../db/generated/enums";

export const SOURCE_LABEL = "Cnaf, data.caf.fr (Licence Ouverte)";

export type SeriesUnit = "PERCENT" | "PLACES" | "HOUSEHOLDS" | "PERSONS";

export type SeriesDefinition = {
  key: string;
  label: string;
  theme: DiagnosticTheme;
  unit: SeriesUnit;
  /** Shown first in its theme's chart (the others are in the table). */
  headline?: boolean;
  /** What the series means, when its label alone could mislead. */
  note?: string;
};

export const THEMES: { theme: DiagnosticTheme; title: string; intro: string }[] = [
  {
    theme: "PETITE_ENFANCE",
    title: "Petite enfance",
    intro:
      "Taux de couverture de l'accueil formel des enfants de moins de 3 ans et places offertes, par mode d'accueil.",
  },
  {
    theme: "FAMILLES",
    title: "Familles",
    intro: "Foyers allocataires au 31 décembre, par prestation (effectifs arrondis à 5).",
  },
  {
    theme: "LOGEMENT",
    title: "Logement",
    intro: "Foyers percevant une aide au logement au 31 décembre (effectifs arrondis à 5).",
  },
  {
    theme: "MINIMA_SOCIAUX",
    title: "Minima sociaux et handicap",
    intro: "Foyers percevant le RSA, la prime d'activité ou l'AAH au 31 décembre (effectifs arrondis à 5).",
  },
];

export const SERIES: SeriesDefinition[] = [
  // Petite enfance: coverage rates (places for 100 children under 3) and places, per mode.
  { key: "txcouv", label: "Taux de couverture global", theme: "PETITE_ENFANCE", unit: "PERCENT", headline: true },
  {
    key: "txcouv_eaje",
    label: "Taux de couverture EAJE (ensemble)",
    theme: "PETITE_ENFANCE",
    unit: "PERCENT",
    headline: true,
  },
  { key: "txcouv_psu_col", label: "Taux de couverture EAJE PSU", theme: "PETITE_ENFANCE", unit: "PERCENT" },
  { key: "txcouv_hors_psu_col", label: "Taux de couverture EAJE hors PSU", theme: "PETITE_ENFANCE", unit: "PERCENT" },
  { key: "txcouv_prescol", label: "Taux de couverture préscolarisation", theme: "PETITE_ENFANCE", unit: "PERCENT" },
  {
    key: "txcouv_am_ind",
    label: "Taux de couverture assistants maternels",
    theme: "PETITE_ENFANCE",
    unit: "PERCENT",
    headline: true,
  },
  { key: "txcouv_gad_ind", label: "Taux de couverture garde à domicile", theme: "PETITE_ENFANCE", unit: "PERCENT" },
  {
    key: "txcouv_ind",
    label: "Taux de couverture accueil individuel (ensemble)",
    theme: "PETITE_ENFANCE",
    unit: "PERCENT",
  },
  { key: "tot_offre", label: "Places offertes (tous modes)", theme: "PETITE_ENFANCE", unit: "PLACES" },
  { key: "pl_eaje", label: "Places en EAJE", theme: "PETITE_ENFANCE", unit: "PLACES" },
  { key: "pl_psu_col", label: "Places en EAJE PSU", theme: "PETITE_ENFANCE", unit: "PLACES" },
  { key: "pl_hors_psu_col", label: "Places en EAJE hors PSU", theme: "PETITE_ENFANCE", unit: "PLACES" },
  { key: "pl_prescol", label: "Places en préscolarisation", theme: "PETITE_ENFANCE", unit: "PLACES" },
  { key: "pl_am_ind", label: "Places chez les assistants maternels", theme: "PETITE_ENFANCE", unit: "PLACES" },
  { key: "pl_gad_ind", label: "Places en garde à domicile", theme: "PETITE_ENFANCE", unit: "PLACES" },
  // Familles.
  {
    key: "indfoy_ndur",
    label: "Foyers allocataires (toutes prestations)",
    theme: "FAMILLES",
    unit: "HOUSEHOLDS",
    headline: true,
  },
  { key: "indnbp_ndur", label: "Personnes couvertes (toutes prestations)", theme: "FAMILLES", unit: "PERSONS" },
  {
    key: "indfoy_af",
    label: "Foyers percevant les allocations familiales",
    theme: "FAMILLES",
    unit: "HOUSEHOLDS",
    headline: true,
  },
  { key: "indfoy_ndurpaje", label: "Foyers percevant la Paje", theme: "FAMILLES", unit: "HOUSEHOLDS" },
  { key: "indfoy_cf", label: "Foyers percevant le complément familial", theme: "FAMILLES", unit: "HOUSEHOLDS" },
  {
    key: "indfoy_ars",
    label: "Foyers percevant l'allocation de rentrée scolaire",
    theme: "FAMILLES",
    unit: "HOUSEHOLDS",
  },
  {
    key: "indfoy_asf",
    label: "Foyers percevant l'allocation de soutien familial (familles monoparentales)",
    theme: "FAMILLES",
    unit: "HOUSEHOLDS",
    headline: true,
    note: "L'ASF est versée pour un enfant privé de l'aide d'au moins un de ses parents : un repère des familles monoparentales.",
  },
  // Logement.
  {
    key: "indfoy_ndural",
    label: "Foyers percevant une aide au logement",
    theme: "LOGEMENT",
    unit: "HOUSEHOLDS",
    headline: true,
  },
  { key: "indfoy_apl", label: "Foyers percevant l'APL", theme: "LOGEMENT", unit: "HOUSEHOLDS" },
  { key: "indfoy_alf", label: "Foyers percevant l'ALF", theme: "LOGEMENT", unit: "HOUSEHOLDS" },
  { key: "indfoy_als", label: "Foyers percevant l'ALS", theme: "LOGEMENT", unit: "HOUSEHOLDS" },
  // Minima sociaux.
  { key: "indfoy_rsa", label: "Foyers percevant le RSA", theme: "MINIMA_SOCIAUX", unit: "HOUSEHOLDS", headline: true },
  {
    key: "indfoy_ppa",
    label: "Foyers percevant la prime d'activité",
    theme: "MINIMA_SOCIAUX",
    unit: "HOUSEHOLDS",
    headline: true,
  },
  { key: "indfoy_aah", label: "Foyers percevant l'AAH", theme: "MINIMA_SOCIAUX", unit: "HOUSEHOLDS" },
];

export const seriesByKey = new Map(SERIES.map((s) => [s.key, s]));

export const unitLabels: Record<SeriesUnit, string> = {
  PERCENT: "places pour 100 enfants de moins de 3 ans",
  PLACES: "places",
  HOUSEHOLDS: "foyers",
  PERSONS: "personnes",
};

/** How a dataset names its year: `annee` (a year), or `dtreffre` (a reference date: the December value is kept). */
export type YearColumn = "annee" | "dtreffre";

export type DatasetLayout = {
  id: string;
  title: string;
  level: DiagnosticLevel;
  /** The area's code column (EPCI: its SIREN; département: its number); none at national level. */
  areaColumn: { name: string; labels: string[] } | null;
  areaNameColumn: { name: string; labels: string[] } | null;
  yearColumn: { name: YearColumn; labels: string[] };
  /** series key → the column names (and labels) that hold it at this level. */
  measures: { series: string; names: string[]; labels: string[] }[];
  /** Series whose column must be present for the file to be recognised as this dataset. */
  required: string[];
};

const YEAR_ANNEE = { name: "annee" as const, labels: ["Date référence", "Année"] };
const YEAR_DTREFFRE = { name: "dtreffre" as const, labels: ["Date référence"] };
const EPCI_CODE = { name: "numepci", labels: ["Numéro EPCI", "Code EPCI", "SIREN EPCI"] };
const EPCI_NAME = { name: "nomepci", labels: ["Nom EPCI"] };
const DEP_CODE = { name: "numdep", labels: ["Numéro Département", "Code Département"] };
const DEP_NAME = { name: "nomdep", labels: ["Nom Département"] };

const suffixes: Record<DiagnosticLevel, string> = { EPCI: "epci", DEPARTEMENT: "dep", FRANCE: "nat" };

/** Coverage-rate measures, with the labels of the portal's exports (the national file has a few names of its own). */
function coverageMeasures(level: DiagnosticLevel) {
  const s = suffixes[level];
  const national = level === "FRANCE";
  return [
    { series: "txcouv", names: [`txcouv_${s}`], labels: ["Taux de couv. global"] },
    { series: "txcouv_eaje", names: [`txcouv_eaje_${s}`], labels: ["Taux de couv. EAJE - ensemble"] },
    {
      series: "txcouv_psu_col",
      names: national ? ["txcouv_psu_nat", "txcouv_psu_col_nat"] : [`txcouv_psu_col_${s}`],
      labels: ["Taux de couv. EAJE PSU"],
    },
    { series: "txcouv_hors_psu_col", names: [`txcouv_hors_psu_col_${s}`], labels: ["Taux de couv. hors EAJE PSU"] },
    { series: "txcouv_prescol", names: [`txcouv_prescol_${s}`], labels: ["Taux de couv. préscolarisation"] },
    {
      series: "txcouv_am_ind",
      names: national ? ["txcouv_am_nat", "txcouv_am_ind_nat"] : [`txcouv_am_ind_${s}`],
      labels: ["Taux de couv. assistante maternelle", "Taux de couv. assistantes maternelles"],
    },
    {
      series: "txcouv_gad_ind",
      names: national ? ["txcouv_gad_nat", "txcouv_gad_ind_nat"] : [`txcouv_gad_ind_${s}`],
      labels: ["Taux de couv. salariée à domicile", "Taux de couv. garde à domicile"],
    },
    { series: "txcouv_ind", names: [`txcouv_ind_${s}`], labels: ["Taux de couv. accueil individuel - ensemble"] },
  ];
}

function placeMeasures(level: DiagnosticLevel) {
  const s = suffixes[level];
  return [
    { series: "tot_offre", names: [`tot_offre_${s}`], labels: ["Total offre", "Nombre total de places"] },
    { series: "pl_eaje", names: [`pl_eaje_${s}`], labels: ["Places EAJE - ensemble", "Nombre de places EAJE"] },
    { series: "pl_psu_col", names: [`pl_psu_col_${s}`], labels: ["Places EAJE PSU"] },
    { series: "pl_hors_psu_col", names: [`pl_hors_psu_col_${s}`], labels: ["Places hors EAJE PSU"] },
    { series: "pl_prescol", names: [`pl_prescol_${s}`], labels: ["Places préscolarisation"] },
    {
      series: "pl_am_ind",
      names: [`pl_am_ind_${s}`],
      labels: ["Places assistante maternelle", "Places assistantes maternelles"],
    },
    {
      series: "pl_gad_ind",
      names: [`pl_gad_ind_${s}`],
      labels: ["Places salariée à domicile", "Places garde à domicile"],
    },
  ];
}

/** Foyers allocataires per benefit (`indfoy_…`) and persons covered: the same field names at every level. */
function benefitMeasures() {
  return SERIES.filter((s) => s.key.startsWith("indfoy_") || s.key.startsWith("indnbp_")).map((s) => ({
    series: s.key,
    names: [s.key],
    labels: [] as string[],
  }));
}

const area = (level: DiagnosticLevel) =>
  level === "EPCI"
    ? { areaColumn: EPCI_CODE, areaNameColumn: EPCI_NAME }
    : level === "DEPARTEMENT"
      ? { areaColumn: DEP_CODE, areaNameColumn: DEP_NAME }
      : { areaColumn: null, areaNameColumn: null };

const levelTitles: Record<DiagnosticLevel, string> = {
  EPCI: "par EPCI",
  DEPARTEMENT: "par département",
  FRANCE: "France entière",
};

export const DATASETS: DatasetLayout[] = [
  ...(["EPCI", "DEPARTEMENT", "FRANCE"] as const).map((level) => ({
    id: `txcouv_pe_${suffixes[level]}`,
    title: `Taux de couverture petite enfance ${levelTitles[level]}`,
    level,
    ...area(level),
    yearColumn: YEAR_ANNEE,
    measures: coverageMeasures(level),
    required: ["txcouv"],
  })),
  ...(["EPCI", "DEPARTEMENT", "FRANCE"] as const).map((level) => ({
    id: `nbpla_pe_${suffixes[level]}`,
    title: `Places d'accueil du jeune enfant ${levelTitles[level]}`,
    level,
    ...area(level),
    yearColumn: YEAR_ANNEE,
    measures: placeMeasures(level),
    required: ["tot_offre"],
  })),
  ...(
    [
      ["s_ben_epci_f", "EPCI"],
      ["s_ben_dep", "DEPARTEMENT"],
      ["s_ben_nat", "FRANCE"],
    ] as const
  ).map(([id, level]) => ({
    id,
    title: `Foyers allocataires et personnes couvertes par prestation ${levelTitles[level]}`,
    level,
    ...area(level),
    yearColumn: YEAR_DTREFFRE,
    measures: benefitMeasures(),
    required: ["indfoy_ndur"],
  })),
];

export const datasetById = new Map(DATASETS.map((d) => [d.id, d]));

/** "Numéro Département" → "numerodepartement": how headers are compared (labels and field names alike). */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
