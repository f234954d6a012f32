// Reference data of the national dataset: the 101 départements (INSEE codes), the form of their name after
// « de » (« de l'Ain », « du Calvados », « des Vosges »), the partner organisation standing for the Département,
// the agricultural scheme's caisse (MSA, or the CGSS / CSSM overseas) and a rough weight for the number of EPCIs,
// used to spread the territories the way they are spread in France (many in Gironde, one in Paris).

export type Departement = {
  code: string;
  name: string;
  /** « de l'Ain », « du Calvados », « de la Lozère », « des Vosges », « de Paris ». */
  of: string;
  /** The Département as a partner organisation (a territorial collectivity in Corsica, Martinique, Guyane, Paris). */
  council: string;
  msa: string;
  /** Approximate number of EPCIs; only the proportions matter. */
  epciWeight: number;
};

const MSA = {
  ainRhone: "MSA Ain-Rhône",
  alpesNord: "MSA Alpes du Nord",
  alpesVaucluse: "MSA Alpes-Vaucluse",
  adl: "MSA Ardèche Drôme Loire",
  auvergne: "MSA Auvergne",
  bourgogne: "MSA Bourgogne",
  franche: "MSA Franche-Comté",
  armorique: "MSA d'Armorique",
  portesBretagne: "MSA Portes de Bretagne",
  berry: "MSA Berry-Touraine",
  beauce: "MSA Beauce Cœur de Loire",
  corse: "MSA de la Corse",
  alsace: "MSA d'Alsace",
  lorraine: "MSA Lorraine",
  mam: "MSA Marne Ardennes Meuse",
  sudChampagne: "MSA Sud Champagne",
  npdc: "MSA Nord-Pas de Calais",
  picardie: "MSA de Picardie",
  idf: "MSA d'Île-de-France",
  cotesNormandes: "MSA Côtes Normandes",
  hauteNormandie: "MSA Haute-Normandie",
  mos: "MSA Mayenne-Orne-Sarthe",
  lav: "MSA Loire-Atlantique – Vendée",
  maine: "MSA de Maine-et-Loire",
  charentes: "MSA des Charentes",
  sevresVienne: "MSA Sèvres-Vienne",
  limousin: "MSA du Limousin",
  dlg: "MSA Dordogne, Lot-et-Garonne",
  gironde: "MSA de la Gironde",
  sudAquitaine: "MSA Sud Aquitaine",
  mpn: "MSA Midi-Pyrénées Nord",
  mps: "MSA Midi-Pyrénées Sud",
  languedoc: "MSA du Languedoc",
  grandSud: "MSA Grand Sud",
  provence: "MSA Provence Azur",
} as const;

const dep = (
  code: string,
  name: string,
  of: string,
  msa: string,
  epciWeight: number,
  council = `Département ${of}`,
): Departement => ({
  code,
  name,
  of,
  council,
  msa,
  epciWeight,
});

/** In the order of their INSEE codes; 2A and 2B between 19 and 21, overseas (971 to 976, no 975) last. */
export const DEPARTEMENTS: Departement[] = [
  dep("01", "Ain", "de l'Ain", MSA.ainRhone, 14),
  dep("02", "Aisne", "de l'Aisne", MSA.picardie, 19),
  dep("03", "Allier", "de l'Allier", MSA.auvergne, 11),
  dep("04", "Alpes-de-Haute-Provence", "des Alpes-de-Haute-Provence", MSA.alpesVaucluse, 13),
  dep("05", "Hautes-Alpes", "des Hautes-Alpes", MSA.alpesVaucluse, 8),
  dep("06", "Alpes-Maritimes", "des Alpes-Maritimes", MSA.provence, 7),
  dep("07", "Ardèche", "de l'Ardèche", MSA.adl, 18),
  dep("08", "Ardennes", "des Ardennes", MSA.mam, 8),
  dep("09", "Ariège", "de l'Ariège", MSA.mps, 8),
  dep("10", "Aube", "de l'Aube", MSA.sudChampagne, 13),
  dep("11", "Aude", "de l'Aude", MSA.grandSud, 12),
  dep("12", "Aveyron", "de l'Aveyron", MSA.mpn, 19),
  dep("13", "Bouches-du-Rhône", "des Bouches-du-Rhône", MSA.provence, 6),
  dep("14", "Calvados", "du Calvados", MSA.cotesNormandes, 15),
  dep("15", "Cantal", "du Cantal", MSA.auvergne, 9),
  dep("16", "Charente", "de la Charente", MSA.charentes, 9),
  dep("17", "Charente-Maritime", "de la Charente-Maritime", MSA.charentes, 13),
  dep("18", "Cher", "du Cher", MSA.berry, 16),
  dep("19", "Corrèze", "de la Corrèze", MSA.limousin, 9),
  dep("2A", "Corse-du-Sud", "de la Corse-du-Sud", MSA.corse, 9, "Collectivité de Corse"),
  dep("2B", "Haute-Corse", "de la Haute-Corse", MSA.corse, 10, "Collectivité de Corse"),
  dep("21", "Côte-d'Or", "de la Côte-d'Or", MSA.bourgogne, 23),
  dep("22", "Côtes-d'Armor", "des Côtes-d'Armor", MSA.armorique, 8),
  dep("23", "Creuse", "de la Creuse", MSA.limousin, 8),
  dep("24", "Dordogne", "de la Dordogne", MSA.dlg, 20),
  dep("25", "Doubs", "du Doubs", MSA.franche, 14),
  dep("26", "Drôme", "de la Drôme", MSA.adl, 11),
  dep("27", "Eure", "de l'Eure", MSA.hauteNormandie, 15),
  dep("28", "Eure-et-Loir", "d'Eure-et-Loir", MSA.beauce, 10),
  dep("29", "Finistère", "du Finistère", MSA.armorique, 21),
  dep("30", "Gard", "du Gard", MSA.languedoc, 14),
  dep("31", "Haute-Garonne", "de la Haute-Garonne", MSA.mps, 17),
  dep("32", "Gers", "du Gers", MSA.mps, 13),
  dep("33", "Gironde", "de la Gironde", MSA.gironde, 28),
  dep("34", "Hérault", "de l'Hérault", MSA.languedoc, 20),
  dep("35", "Ille-et-Vilaine", "d'Ille-et-Vilaine", MSA.portesBretagne, 18),
  dep("36", "Indre", "de l'Indre", MSA.berry, 14),
  dep("37", "Indre-et-Loire", "d'Indre-et-Loire", MSA.berry, 11),
  dep("38", "Isère", "de l'Isère", MSA.alpesNord, 13),
  dep("39", "Jura", "du Jura", MSA.franche, 15),
  dep("40", "Landes", "des Landes", MSA.sudAquitaine, 18),
  dep("41", "Loir-et-Cher", "de Loir-et-Cher", MSA.beauce, 10),
  dep("42", "Loire", "de la Loire", MSA.adl, 10),
  dep("43", "Haute-Loire", "de la Haute-Loire", MSA.auvergne, 12),
  dep("44", "Loire-Atlantique", "de la Loire-Atlantique", MSA.lav, 15),
  dep("45", "Loiret", "du Loiret", MSA.beauce, 15),
  dep("46", "Lot", "du Lot", MSA.mpn, 9),
  dep("47", "Lot-et-Garonne", "de Lot-et-Garonne", MSA.dlg, 12),
  dep("48", "Lozère", "de la Lozère", MSA.languedoc, 10),
  dep("49", "Maine-et-Loire", "de Maine-et-Loire", MSA.maine, 9),
  dep("50", "Manche", "de la Manche", MSA.cotesNormandes, 8),
  dep("51", "Marne", "de la Marne", MSA.mam, 14),
  dep("52", "Haute-Marne", "de la Haute-Marne", MSA.sudChampagne, 10),
  dep("53", "Mayenne", "de la Mayenne", MSA.mos, 8),
  dep("54", "Meurthe-et-Moselle", "de Meurthe-et-Moselle", MSA.lorraine, 15),
  dep("55", "Meuse", "de la Meuse", MSA.mam, 15),
  dep("56", "Morbihan", "du Morbihan", MSA.portesBretagne, 12),
  dep("57", "Moselle", "de la Moselle", MSA.lorraine, 20),
  dep("58", "Nièvre", "de la Nièvre", MSA.bourgogne, 11),
  dep("59", "Nord", "du Nord", MSA.npdc, 16),
  dep("60", "Oise", "de l'Oise", MSA.picardie, 20),
  dep("61", "Orne", "de l'Orne", MSA.mos, 12),
  dep("62", "Pas-de-Calais", "du Pas-de-Calais", MSA.npdc, 19),
  dep("63", "Puy-de-Dôme", "du Puy-de-Dôme", MSA.auvergne, 14),
  dep("64", "Pyrénées-Atlantiques", "des Pyrénées-Atlantiques", MSA.sudAquitaine, 10),
  dep("65", "Hautes-Pyrénées", "des Hautes-Pyrénées", MSA.mps, 9),
  dep("66", "Pyrénées-Orientales", "des Pyrénées-Orientales", MSA.grandSud, 11),
  dep("67", "Bas-Rhin", "du Bas-Rhin", MSA.alsace, 23, "Collectivité européenne d'Alsace"),
  dep("68", "Haut-Rhin", "du Haut-Rhin", MSA.alsace, 14, "Collectivité européenne d'Alsace"),
  dep("69", "Rhône", "du Rhône", MSA.ainRhone, 14),
  dep("70", "Haute-Saône", "de la Haute-Saône", MSA.franche, 17),
  dep("71", "Saône-et-Loire", "de Saône-et-Loire", MSA.bourgogne, 20),
  dep("72", "Sarthe", "de la Sarthe", MSA.mos, 15),
  dep("73", "Savoie", "de la Savoie", MSA.alpesNord, 17),
  dep("74", "Haute-Savoie", "de la Haute-Savoie", MSA.alpesNord, 20),
  dep("75", "Paris", "de Paris", MSA.idf, 1, "Ville de Paris"),
  dep("76", "Seine-Maritime", "de la Seine-Maritime", MSA.hauteNormandie, 17),
  dep("77", "Seine-et-Marne", "de Seine-et-Marne", MSA.idf, 21),
  dep("78", "Yvelines", "des Yvelines", MSA.idf, 11),
  dep("79", "Deux-Sèvres", "des Deux-Sèvres", MSA.sevresVienne, 8),
  dep("80", "Somme", "de la Somme", MSA.picardie, 14),
  dep("81", "Tarn", "du Tarn", MSA.mpn, 15),
  dep("82", "Tarn-et-Garonne", "de Tarn-et-Garonne", MSA.mpn, 10),
  dep("83", "Var", "du Var", MSA.provence, 12),
  dep("84", "Vaucluse", "de Vaucluse", MSA.alpesVaucluse, 14),
  dep("85", "Vendée", "de la Vendée", MSA.lav, 19),
  dep("86", "Vienne", "de la Vienne", MSA.sevresVienne, 7),
  dep("87", "Haute-Vienne", "de la Haute-Vienne", MSA.limousin, 13),
  dep("88", "Vosges", "des Vosges", MSA.lorraine, 11),
  dep("89", "Yonne", "de l'Yonne", MSA.bourgogne, 13),
  dep("90", "Territoire de Belfort", "du Territoire de Belfort", MSA.franche, 3),
  dep("91", "Essonne", "de l'Essonne", MSA.idf, 11),
  dep("92", "Hauts-de-Seine", "des Hauts-de-Seine", MSA.idf, 2),
  dep("93", "Seine-Saint-Denis", "de la Seine-Saint-Denis", MSA.idf, 3),
  dep("94", "Val-de-Marne", "du Val-de-Marne", MSA.idf, 3),
  dep("95", "Val-d'Oise", "du Val-d'Oise", MSA.idf, 10),
  dep("971", "Guadeloupe", "de la Guadeloupe", "Caisse générale de sécurité sociale de la Guadeloupe", 6),
  dep(
    "972",
    "Martinique",
    "de la Martinique",
    "Caisse générale de sécurité sociale de la Martinique",
    3,
    "Collectivité territoriale de Martinique",
  ),
  dep(
    "973",
    "Guyane",
    "de la Guyane",
    "Caisse générale de sécurité sociale de la Guyane",
    4,
    "Collectivité territoriale de Guyane",
  ),
  dep("974", "La Réunion", "de La Réunion", "Caisse générale de sécurité sociale de La Réunion", 5),
  dep("976", "Mayotte", "de Mayotte", "Caisse de sécurité sociale de Mayotte", 5),
];

/** The caisse of a département: a CAF, except in Lozère where the CCSS runs the family branch. */
export function caisseOf(d: Departement) {
  if (d.code === "48") {
    return {
      kind: "CCSS" as const,
      name: "Caisse Commune de Sécurité Sociale de la Lozère",
      shortName: "CCSS de la Lozère",
    };
  }
  return { kind: "CAF" as const, name: `Caisse d'allocations familiales ${d.of}`, shortName: `CAF ${d.of}` };
}

/**
 * How many territories each of the first `caisses` départements gets out of `territories`, proportional to the
 * EPCI weights (largest remainders), at least one each while there are enough territories.
 */
export function territoriesPerCaisse(caisses: number, territories: number): number[] {
  const chosen = DEPARTEMENTS.slice(0, caisses);
  const total = chosen.reduce((sum, d) => sum + d.epciWeight, 0);
  const floor = territories >= caisses ? 1 : 0;
  const rest = territories - floor * caisses;
  const exact = chosen.map((d) => (d.epciWeight / total) * rest);
  const counts = exact.map((x) => floor + Math.floor(x));
  let missing = territories - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) counts[order[k].i]++;
  return counts;
}
