// Server side only (node:fs; no "server-only" marker because tests/matrix loads the operations outside Next.js).
// The official lists of @etalab/decoupage-administratif (INSEE and DGCL data under Licence Ouverte): départements,
// EPCI with their SIREN and member communes, communes. The files are large (epci.json 4 MB, communes.json 9 MB):
// they are read from disk on first use, once per process, kept in compact form, and never sent to the browser.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { searchKey } from "./names";

// Resolved from the project at run time (not bundled by Next.js).
const resolveData = (file: string) =>
  createRequire(path.join(process.cwd(), "package.json")).resolve(`@etalab/decoupage-administratif/data/${file}`);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(resolveData(file), "utf8")) as T;

export type Departement = { code: string; nom: string; typeLiaison: number };

type RawDepartement = Departement & { zone: string };
type RawCommune = { code: string; nom: string; type: string; departement?: string };
type RawEpci = {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  populationMunicipale?: number;
  membres: { code: string; siren?: string; nom: string; populationMunicipale?: number }[];
};

export type EpciMember = { code: string; name: string; siren: string | null };
export type Epci = {
  /** SIREN of the EPCI. */
  siren: string;
  name: string;
  type: string;
  /**
   * INSEE's population municipale (residents counted once, where they live), the reference for statistics and
   * for the CAF's own indicators; the population totale adds people counted elsewhere (students, etc.).
   */
  population: number | null;
  members: EpciMember[];
  /** Départements of its member communes (an EPCI may span several). */
  departements: string[];
  key: string;
};

let departementsCache: Departement[] | null = null;
/** The 101 départements (metropolitan and overseas), by code. */
export function departements(): Departement[] {
  departementsCache ??= readJson<RawDepartement[]>("departements.json")
    .filter((d) => d.zone === "metro" || d.zone === "drom")
    .map(({ code, nom, typeLiaison }) => ({ code, nom, typeLiaison }));
  return departementsCache;
}

export function findDepartement(code: string): Departement | null {
  return departements().find((d) => d.code === code) ?? null;
}

let epciCache: { list: Epci[]; bySiren: Map<string, Epci> } | null = null;
function epciData() {
  if (epciCache) return epciCache;
  const departementOf = new Map<string, string>();
  for (const commune of readJson<RawCommune[]>("communes.json")) {
    if (commune.type === "commune-actuelle" && commune.departement)
      departementOf.set(commune.code, commune.departement);
  }
  const list = readJson<RawEpci[]>("epci.json").map((raw): Epci => {
    const departements = [...new Set(raw.membres.map((m) => departementOf.get(m.code)).filter((d) => d !== undefined))];
    return {
      siren: raw.code,
      name: raw.nom,
      type: raw.type,
      population: raw.populationMunicipale ?? raw.populationTotale ?? null,
      members: raw.membres.map((m) => ({ code: m.code, name: m.nom, siren: m.siren ?? null })),
      departements: departements.sort(),
      key: searchKey(raw.nom),
    };
  });
  epciCache = { list, bySiren: new Map(list.map((e) => [e.siren, e])) };
  return epciCache;
}

export function findEpci(siren: string): Epci | null {
  return epciData().bySiren.get(siren) ?? null;
}

export const EPCI_SEARCH_LIMIT = 20;

/**
 * At most 20 EPCI whose name holds every word of the query (accents and case ignored) or whose SIREN starts with
 * its digits; those with a member commune in `departement` first, then by name.
 */
export function searchEpci(query: string, departement: string): { results: Epci[]; total: number } {
  const digits = query.replace(/\s/g, "");
  const words = searchKey(query).split(" ").filter(Boolean);
  if (!words.length) return { results: [], total: 0 };
  const matches = epciData().list.filter((epci) =>
    /^\d{3,9}$/.test(digits) ? epci.siren.startsWith(digits) : words.every((word) => epci.key.includes(word)),
  );
  const local = (epci: Epci) => (epci.departements.includes(departement) ? 0 : 1);
  matches.sort((a, b) => local(a) - local(b) || a.key.localeCompare(b.key));
  return { results: matches.slice(0, EPCI_SEARCH_LIMIT), total: matches.length };
}
