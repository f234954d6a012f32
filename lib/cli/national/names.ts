// Word lists for realistic French names in the national dataset: people, towns, rivers and natural regions
// (for EPCI and commune names), and a slug function matching the demo data's slugs.
import type { Rng } from "./random";

export const FIRST_NAMES_F = [
  "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Valérie", "Sandrine", "Véronique", "Sophie",
  "Céline", "Aurélie", "Stéphanie", "Émilie", "Julie", "Camille", "Claire", "Laurence", "Florence", "Anne",
  "Hélène", "Élodie", "Caroline", "Virginie", "Audrey", "Delphine", "Agnès", "Martine", "Brigitte", "Pascale",
  "Cécile", "Karine", "Muriel", "Corinne", "Lucie", "Pauline", "Mathilde", "Charlotte", "Manon", "Léa",
];

export const FIRST_NAMES_M = [
  "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Christian", "Éric",
  "Frédéric", "Laurent", "Stéphane", "David", "Pascal", "Daniel", "Sébastien", "Julien", "Thierry", "Olivier",
  "Bernard", "Thomas", "Jérôme", "Didier", "Franck", "Vincent", "Bruno", "Gilles", "Hervé", "Yves",
  "François", "Guillaume", "Antoine", "Benoît", "Dominique", "Régis", "Serge", "Gérard", "Hugo", "Mathieu",
];

export const LAST_NAMES = [
  "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
  "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
  "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André",
  "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
  "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
  "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
  "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
  "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
  "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
  "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
  "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
  "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
  "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier",
  "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
  "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain",
  "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
  "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodriguez",
  "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin", "Da Silva",
  "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau", "Perret",
  "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte",
];

/** Rivers with their article, for « Vallée de la Dordogne », « Coteaux du Lot », « Val de l'Hérault ». */
export const RIVERS: { name: string; of: string }[] = [
  ...["Loire", "Dordogne", "Garonne", "Vienne", "Sarthe", "Mayenne", "Somme", "Meuse", "Moselle", "Saône", "Drôme",
    "Durance", "Charente", "Sèvre", "Creuse", "Vilaine", "Marne", "Seine", "Sioule", "Dore", "Cèze", "Save", "Gimone",
    "Dronne", "Vézère", "Corrèze", "Cère", "Truyère", "Dourbie", "Jonte", "Sorgue", "Bléone", "Vire", "Rance",
    "Touvre", "Boutonne", "Seugne", "Baïse", "Neste", "Bresle", "Risle", "Sélune", "Sienne", "Lys", "Sambre",
    "Canche", "Authie", "Vesle", "Suippe", "Seille", "Sarre", "Bruche", "Thur", "Loue", "Vallière"]
    .map((name) => ({ name, of: `de la ${name}` })),
  ...["Lot", "Tarn", "Cher", "Loir", "Doubs", "Gers", "Lignon", "Gardon", "Vidourle", "Tech", "Var", "Verdon",
    "Buëch", "Célé", "Viaur", "Blavet", "Scorff", "Thouet", "Layon", "Clain", "Thérain", "Petit Morin", "Grand Morin",
    "Serein", "Cousin", "Salat", "Couesnon", "Trieux", "Léguer", "Jaudy"]
    .map((name) => ({ name, of: `du ${name}` })),
  ...["Oise", "Aisne", "Ain", "Isère", "Hérault", "Orb", "Aude", "Ariège", "Adour", "Indre", "Eure", "Aulne",
    "Allier", "Ardèche", "Agly", "Isle", "Aveyron", "Arc", "Ouvèze", "Yonne", "Orne", "Authion", "Armançon", "Aube",
    "Ognon", "Arroux", "Huisne", "Erdre", "Oust", "Ellé"]
    .map((name) => ({ name, of: `de l'${name}` })),
];

/** Natural and historical regions (« pays »), used bare: « Cœur de Bresse », « Terres de Lauragais ». */
export const REGIONS = [
  "Bresse", "Dombes", "Bugey", "Beaujolais", "Forez", "Velay", "Vivarais", "Livradois", "Combrailles", "Bourbonnais",
  "Morvan", "Auxois", "Nivernais", "Puisaye", "Gâtinais", "Sologne", "Beauce", "Perche", "Vexin", "Caux", "Bray",
  "Auge", "Bessin", "Cotentin", "Avranchin", "Léon", "Trégor", "Cornouaille", "Mené", "Brocéliande", "Mauges",
  "Gâtine", "Saintonge", "Angoumois", "Périgord", "Quercy", "Rouergue", "Lauragais", "Comminges", "Couserans",
  "Bigorre", "Béarn", "Chalosse", "Armagnac", "Lomagne", "Albigeois", "Minervois", "Corbières", "Fenouillèdes",
  "Cerdagne", "Conflent", "Cévennes", "Aubrac", "Margeride", "Gévaudan", "Vercors", "Trièves", "Chartreuse",
  "Bauges", "Chablais", "Genevois", "Faucigny", "Maurienne", "Tarentaise", "Diois", "Baronnies", "Tricastin",
  "Luberon", "Ventoux", "Santerre", "Vimeu", "Ponthieu", "Thiérache", "Laonnois", "Soissonnais", "Valois", "Brie",
  "Argonne", "Barrois", "Saulnois", "Sundgau", "Kochersberg", "Charolais", "Brionnais", "Mâconnais", "Clunisois",
  "Tonnerrois", "Sénonais", "Drouais", "Dunois", "Vendômois", "Lochois", "Chinonais", "Saumurois", "Baugeois",
  "Segréen", "Craonnais", "Coëvrons", "Boischaut", "Brenne", "Millevaches", "Xaintrie", "Artense", "Cézallier",
  "Carladès", "Châtaigneraie", "Ségala", "Lévezou", "Larzac", "Pévèle", "Mélantois", "Ternois", "Boulonnais",
  "Montreuillois", "Avesnois", "Cambrésis", "Hurepoix", "Mantois", "Yveline", "Goële", "Multien", "Bocage",
  "Marais", "Thouarsais", "Mellois", "Confolentais", "Ruffécois", "Bazadais", "Médoc",
  "Libournais", "Blayais", "Marsan", "Tursan", "Soule", "Ossau", "Aspe", "Barousse",
  "Volvestre", "Savès", "Astarac", "Pardiac", "Ténarèze", "Queyras", "Champsaur", "Valgaudemar", "Ubaye",
  "Haut-Jura", "Grandvaux", "Revermont", "Haut-Doubs", "Saintois", "Xaintois", "Vôge", "Woëvre",
];

/** Town names used for EPCI seats and communes. */
export const TOWNS = [
  "Ambert", "Issoire", "Brioude", "Yssingeaux", "Langogne", "Marvejols", "Mauriac", "Figeac", "Gourdon",
  "Espalion", "Decazeville", "Millau", "Lodève", "Ganges", "Le Vigan", "Anduze", "Uzès", "Bagnols", "Pertuis",
  "Apt", "Forcalquier", "Manosque", "Sisteron", "Digne", "Embrun", "Briançon", "Gap", "Die", "Crest", "Nyons",
  "Privas", "Aubenas", "Tournon", "Annonay", "Montbrison", "Feurs", "Roanne", "Thiers", "Riom", "Vichy", "Gannat",
  "Montluçon", "Moulins", "Cosne", "Clamecy", "Avallon", "Tonnerre", "Joigny", "Sens", "Montbard", "Semur",
  "Beaune", "Nuits", "Autun", "Charolles", "Paray", "Digoin", "Louhans", "Tournus", "Cluny", "Bourg", "Oyonnax",
  "Nantua", "Belley", "Gex", "Trévoux", "Tarare", "Villefranche", "Givors", "Vienne", "Voiron", "Vizille",
  "Albertville", "Moûtiers", "Modane", "Thonon", "Cluses", "Sallanches", "Rumilly", "Seyssel", "Pontarlier",
  "Morteau", "Ornans", "Baume", "Lure", "Luxeuil", "Gray", "Vesoul", "Dole", "Poligny", "Champagnole",
  "Saint-Claude", "Lons", "Remiremont", "Épinal", "Mirecourt", "Neufchâteau", "Toul", "Lunéville", "Pont-à-Mousson",
  "Briey", "Longwy", "Verdun", "Commercy", "Bar", "Vitry", "Sézanne", "Épernay", "Reims", "Rethel", "Sedan",
  "Vouziers", "Hirson", "Guise", "Vervins", "Laon", "Chauny", "Noyon", "Compiègne", "Senlis", "Clermont",
  "Beauvais", "Montdidier", "Péronne", "Doullens", "Abbeville", "Albert", "Hesdin", "Montreuil", "Saint-Pol",
  "Béthune", "Lens", "Arras", "Cambrai", "Avesnes", "Maubeuge", "Fourmies", "Le Quesnoy", "Bailleul", "Hazebrouck",
  "Dieppe", "Fécamp", "Yvetot", "Bolbec", "Neufchâtel", "Forges", "Gournay", "Les Andelys", "Vernon", "Évreux",
  "Bernay", "Lisieux", "Honfleur", "Falaise", "Vire", "Bayeux", "Saint-Lô", "Coutances", "Avranches", "Granville",
  "Alençon", "Argentan", "Flers", "Mortagne", "Nogent", "Châteaudun", "Dreux", "Vendôme", "Romorantin", "Blois",
  "Montargis", "Gien", "Pithiviers", "Vierzon", "Aubigny", "Saint-Amand", "Issoudun", "La Châtre", "Le Blanc",
  "Loches", "Chinon", "Amboise", "Saumur", "Segré", "Cholet", "Ancenis", "Châteaubriant", "Redon", "Ploërmel",
  "Pontivy", "Loudéac", "Lamballe", "Guingamp", "Lannion", "Paimpol", "Morlaix", "Landerneau", "Carhaix",
  "Quimperlé", "Concarneau", "Douarnenez", "Fougères", "Vitré", "Laval", "Château-Gontier", "Mayenne", "Sablé",
  "La Flèche", "Mamers", "Parthenay", "Bressuire", "Thouars", "Melle", "Niort", "Loudun", "Châtellerault",
  "Montmorillon", "Civray", "Confolens", "Ruffec", "Cognac", "Jarnac", "Barbezieux", "Saintes", "Jonzac",
  "Rochefort", "Marennes", "Royan", "Blaye", "Libourne", "Langon", "Bazas", "Lesparre", "Arcachon", "Mont-de-Marsan",
  "Dax", "Aire", "Orthez", "Oloron", "Mauléon", "Nay", "Lannemezan", "Bagnères", "Vic", "Mirande", "Condom",
  "Lectoure", "Auch", "Muret", "Saint-Gaudens", "Saint-Girons", "Foix", "Pamiers", "Lavelanet", "Castelnaudary",
  "Limoux", "Quillan", "Lézignan", "Prades", "Céret", "Revel", "Castres", "Mazamet", "Lavaur", "Gaillac",
  "Carmaux", "Moissac", "Castelsarrasin", "Caussade", "Villeneuve", "Marmande", "Nérac", "Fumel", "Bergerac",
  "Sarlat", "Nontron", "Ribérac", "Brive", "Tulle", "Ussel", "Aubusson", "Guéret", "Bourganeuf", "Bellac",
  "Saint-Yrieix", "Rochechouart", "Aurillac", "Saint-Flour", "Murat",
];

const SAINTS = ["Saint-Martin", "Saint-Julien", "Saint-Pierre", "Saint-Jean", "Saint-Germain", "Saint-Laurent",
  "Saint-Étienne", "Saint-Paul", "Saint-Georges", "Saint-Hilaire", "Saint-Rémy", "Saint-Denis", "Saint-Maurice",
  "Saint-Sauveur", "Saint-Vincent", "Saint-Médard", "Saint-Aubin", "Saint-Léger", "Sainte-Marie", "Sainte-Colombe",
  "Sainte-Foy", "Sainte-Croix", "Saint-Christophe", "Saint-André", "Saint-Cyr", "Saint-Privat", "Saint-Amans"];

const STEMS = ["Beaumont", "Villeneuve", "Montfort", "Castelnau", "Roquefort", "Fontaine", "Châteauneuf",
  "Belleville", "Montagnac", "Villefranche", "Neuville", "Bourgneuf", "Mont", "Rochefort", "Champagnac", "Puylaurens",
  "Aigueperse", "Montaigut", "Chambon", "Marcillac", "Vernet", "Laroque", "Lacapelle", "Bellegarde", "Lachapelle",
  "Malemort", "Cazals", "Bonneval", "Fontenay", "Chantenay", "Savigny", "Marigny", "Lusigny", "Chavagnac",
  "Lavernhe", "Pradelles", "Sauveterre", "Mauvezin", "Monclar", "Cordes", "Brassac", "Valence", "Mirebeau",
  "Champeaux", "Loupiac", "Fargues", "Peyrusse", "Montredon", "Vabre", "Lussac", "Chaudes-Aigues", "Massiac",
  "Allanche", "Condat", "Riom-ès-Montagnes", "Salers", "Pleaux", "Laroquebrou", "Montsalvy", "Maurs", "Arpajon"];

const QUALIFIERS = ["le-Château", "les-Bains", "la-Forêt", "le-Vieux", "en-Val", "le-Haut", "la-Rivière",
  "du-Bois", "des-Prés", "les-Vignes", "le-Pont", "la-Chapelle", "les-Monts"];

/** « de » before a name, elided or contracted: « d'Issoire », « du Vigan », « des Andelys », « de Gap ». */
export function de(name: string): string {
  if (name.startsWith("Le ")) return `du ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÉÈÂÎaeiouyéè]/.test(name)) return `d'${name}`;
  return `de ${name}`;
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** A plausible commune name: « Saint-Julien-sur-Lot », « Beaumont-les-Bains », « Montagnac », « Sainte-Foy-d'Aigrefeuille »… */
export function communeName(rng: Rng, river: { name: string; of: string }, region: string): string {
  const r = rng();
  if (r < 0.25) return pick(rng, TOWNS);
  if (r < 0.4) return pick(rng, STEMS);
  if (r < 0.55) return `${pick(rng, SAINTS)}-sur-${river.name.replace(/ /g, "-")}`;
  if (r < 0.7) return `${pick(rng, SAINTS)}-${pick(rng, QUALIFIERS)}`;
  if (r < 0.8) return `${pick(rng, STEMS)}-${pick(rng, QUALIFIERS)}`;
  if (r < 0.9) return `${pick(rng, STEMS)}-sur-${river.name.replace(/ /g, "-")}`;
  return `${pick(rng, SAINTS)}-en-${region.replace(/ /g, "-")}`;
}

export type EpciName = { kind: "CC" | "CA"; territoryName: string; organisationName: string; shortName: string };

/** Name of an EPCI: about one in six is a communauté d'agglomération (« du Grand Dax », « Pau Béarn Pyrénées »). */
export function epciName(rng: Rng): EpciName {
  if (rng() < 0.17) {
    const town = pick(rng, TOWNS);
    const region = pick(rng, REGIONS);
    const river = pick(rng, RIVERS);
    const forms = [
      { territory: `Grand ${town.replace(/^(Le|La|Les) /, "")}`, org: `Communauté d'agglomération du Grand ${town.replace(/^(Le|La|Les) /, "")}` },
      { territory: `${town} ${region}`, org: `Communauté d'agglomération ${town} ${region}` },
      { territory: `${town} Agglomération`, org: `Communauté d'agglomération ${town} Agglomération` },
      { territory: `${town} Val ${river.of}`, org: `Communauté d'agglomération ${town} Val ${river.of}` },
      { territory: `${town}-${pick(rng, TOWNS)}`, org: "" },
    ];
    const form = pick(rng, forms);
    const org = form.org || `Communauté d'agglomération ${form.territory}`;
    return { kind: "CA", territoryName: form.territory, organisationName: org, shortName: `CA ${form.territory}` };
  }
  const region = pick(rng, REGIONS);
  const region2 = pick(rng, REGIONS);
  const river = pick(rng, RIVERS);
  const town = pick(rng, TOWNS);
  const forms: { territory: string; of?: string }[] = [
    { territory: `Pays ${de(town)}`, of: `du Pays ${de(town)}` },
    { territory: `Cœur ${de(region)}` },
    { territory: `Terres ${de(region)}` },
    { territory: `Portes ${de(region)}`, of: `des Portes ${de(region)}` },
    { territory: `${region} et ${river.name}` },
    { territory: `Vallée ${river.of}`, of: `de la Vallée ${river.of}` },
    { territory: `Coteaux ${river.of}`, of: `des Coteaux ${river.of}` },
    { territory: `Val ${river.of}`, of: `du Val ${river.of}` },
    { territory: `${town} ${region}` },
    { territory: `${region} ${river.name} ${region2 === region ? "Causses" : region2}` },
    { territory: `Haut ${region}`, of: `du Haut ${region}` },
    { territory: `${region} Sud` },
    { territory: `Monts et vallées ${river.of}`, of: `des Monts et vallées ${river.of}` },
  ];
  const form = pick(rng, forms);
  return {
    kind: "CC",
    territoryName: form.territory,
    organisationName: `Communauté de communes ${form.of ?? form.territory}`,
    shortName: `CC ${form.territory}`,
  };
}

/** « Cœur de Lozère » → « coeur-de-lozere » (as the demo's slugs). */
export function slugify(text: string): string {
  return text
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function personName(rng: Rng): { first: string; last: string; female: boolean } {
  const female = rng() < 0.55;
  return { first: pick(rng, female ? FIRST_NAMES_F : FIRST_NAMES_M), last: pick(rng, LAST_NAMES), female };
}
