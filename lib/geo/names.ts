// French names of places: « de la Lozère », « du Gard », « des Bouches-du-Rhône », « de l'Ain », « d'Ille-et-Vilaine »,
// the names of a caisse, of an EPCI's territory and organisation, and URL slugs. Pure functions (client-safe).

/**
 * INSEE's "type de nom en clair" (TNCC, `typeLiaison` in @etalab/decoupage-administratif) says which article a
 * name takes: 0 none, consonant (de Paris); 1 none, vowel (d'Ille-et-Vilaine); 2 Le (du Gard); 3 La (de la
 * Lozère); 4 Les (des Vosges); 5 L' (de l'Ain). 6–8 (Aux, Las, Los) name no département.
 */
export function ofPlace(name: string, typeLiaison: number): string {
  switch (typeLiaison) {
    case 1:
      return `d'${name}`;
    case 2:
      return `du ${name}`;
    case 3:
      return `de la ${name}`;
    case 4:
    case 6:
      return `des ${name}`;
    case 5:
      return `de l'${name}`;
    default:
      return `de ${name}`;
  }
}

export type CaisseKindCode = "CAF" | "CCSS";

/** « Caisse d'allocations familiales du Gard » / « CAF du Gard »; « Caisse commune de sécurité sociale de la Lozère ». */
export function caisseNames(kind: CaisseKindCode, departement: { nom: string; typeLiaison: number }) {
  const of = ofPlace(departement.nom, departement.typeLiaison);
  return kind === "CCSS"
    ? { name: `Caisse commune de sécurité sociale ${of}`, shortName: `CCSS ${of}` }
    : { name: `Caisse d'allocations familiales ${of}`, shortName: `CAF ${of}` };
}

const EPCI_KINDS: Record<string, string> = {
  CC: "Communauté de communes",
  CA: "Communauté d'agglomération",
  CU: "Communauté urbaine",
};

/**
 * The DGCL names EPCI with an abbreviated kind: « CC Aubrac Lot Causses Tarn », « CA du Grand Dole », « CU d'Arras ».
 * The territory is called by its own name (« Aubrac Lot Causses Tarn », « Grand Dole », « Arras »), the
 * organisation by its full one (« Communauté de communes Aubrac Lot Causses Tarn »); métropoles keep theirs.
 */
export function epciNames(epci: { name: string }) {
  const match = /^(CC|CA|CU) (.+)$/.exec(epci.name);
  if (!match || !EPCI_KINDS[match[1]])
    return { territoryName: epci.name, organisationName: epci.name, shortName: null };
  const rest = match[2];
  const territoryName = rest.replace(/^(du |des |de la |de l'|de l’|de |d'|d’)/, "").trim() || rest;
  const capitalised = territoryName.charAt(0).toUpperCase() + territoryName.slice(1);
  return { territoryName: capitalised, organisationName: `${EPCI_KINDS[match[1]]} ${rest}`, shortName: epci.name };
}

/** Lower case, no accents, œ → oe, anything else than letters and digits as single hyphens. */
function hyphenated(text: string): string {
  return text
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** « Cœur de Lozère » → « coeur-de-lozere » (as the demo's slugs), 80 characters at most. */
export function slugify(text: string): string {
  return hyphenated(text).slice(0, 80).replace(/-+$/, "") || "territoire";
}

/** For searching: « Cœur-de-Lozère » and « coeur de lozere » give the same key. */
export function searchKey(text: string): string {
  return hyphenated(text).replace(/-/g, " ");
}

/** « de Chanac », « du Malzieu-Ville » (Le Malzieu-Ville), « des Monts-Verts », « de la Canourgue », « d'Ispagnac ». */
export function ofName(name: string): string {
  if (name.startsWith("Le ")) return `du ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `des ${name.slice(4)}`;
  if (name.startsWith("La ")) return `de la ${name.slice(3)}`;
  if (/^L['’]/.test(name)) return `de l'${name.slice(2)}`;
  if (/^[AEIOUYÉÈÊÂÎÔaeiouyéèêâîô]/.test(name)) return `d'${name}`;
  return `de ${name}`;
}
