// Données de la Convention territoriale globale de services aux familles 2024-2028
// de la Communauté de communes Aubrac Lot Causses Tarn (Lozère), et de la
// délibération D23.080 du 12 octobre 2023 qui l'approuve.
// Transcrit depuis le document source ; les corrections sont limitées aux coquilles évidentes.

/** Retire les retours à la ligne/espaces placés entre deux balises pour la lisibilité du source. */
const html = (s: string): string => s.trim().replace(/>\s*\n\s*</g, "><");

export type SeedOrganisationKind = "CAISSE" | "EPCI" | "COMMUNE" | "DEPARTEMENT" | "MSA" | "DSDEN";

export type SeedSignatory = {
  organisationName: string;
  organisationShortName: string;
  organisationKind: SeedOrganisationKind;
  bodyLabel: string;
  representativeName: string;
  representativeTitle: string;
  representationText: string;
  designation: string;
  mustDeliberate: boolean;
};

const CCSS_REPRESENTATION =
  "représentée par le Président de son conseil, Monsieur Philippe ROCHOUX et par son Directeur, Monsieur Nicolas PERRIN, dûment autorisés à signer la présente convention";

export const aubracSignatories: SeedSignatory[] = [
  {
    organisationName: "Caisse Commune de Sécurité Sociale de la Lozère",
    organisationShortName: "CCSS de la Lozère",
    organisationKind: "CAISSE",
    bodyLabel: "La CCSS",
    representativeName: "Nicolas PERRIN",
    representativeTitle: "Le Directeur",
    representationText: CCSS_REPRESENTATION,
    designation: "la CCSS",
    mustDeliberate: false,
  },
  {
    organisationName: "Caisse Commune de Sécurité Sociale de la Lozère",
    organisationShortName: "CCSS de la Lozère",
    organisationKind: "CAISSE",
    bodyLabel: "La CCSS",
    representativeName: "Philippe ROCHOUX",
    representativeTitle: "Le Président",
    representationText: CCSS_REPRESENTATION,
    designation: "la CCSS",
    mustDeliberate: false,
  },
  {
    organisationName: "Communauté de communes Aubrac Lot Causses Tarn",
    organisationShortName: "Aubrac Lot Causses Tarn",
    organisationKind: "EPCI",
    bodyLabel: "La Communauté de communes Aubrac Lot Causses Tarn",
    representativeName: "Jean-Claude SALEIL",
    representativeTitle: "Le Président",
    representationText:
      "représentée par son Président, Monsieur Jean-Claude SALEIL, dûment autorisé à signer la présente convention",
    designation: "la communauté de communes Aubrac Lot Causses Tarn",
    mustDeliberate: true,
  },
  {
    organisationName: "Commune de Chanac",
    organisationShortName: "Chanac",
    organisationKind: "COMMUNE",
    bodyLabel: "La Commune de Chanac",
    representativeName: "Florence FERNANDEZ",
    representativeTitle: "L'adjointe au Maire",
    representationText:
      "représentée par son Adjointe au Maire, Madame Florence FERNANDEZ, dûment autorisée à signer la présente convention",
    designation: "la commune de Chanac",
    mustDeliberate: true,
  },
  {
    organisationName: "Commune de Masegros Causses Gorges",
    organisationShortName: "Masegros Causses Gorges",
    organisationKind: "COMMUNE",
    bodyLabel: "La Commune de Masegros Causses Gorges",
    representativeName: "Jean-Paul POURQUIER",
    representativeTitle: "Le Maire",
    representationText:
      "représentée par son Maire, Monsieur Jean-Paul POURQUIER, dûment autorisée à signer la présente convention",
    designation: "la commune de Masegros Causses Gorges",
    mustDeliberate: true,
  },
  {
    organisationName: "Commune de La Canourgue",
    organisationShortName: "La Canourgue",
    organisationKind: "COMMUNE",
    // La grille de signature imprime « La Canorgue » (coquille corrigée).
    bodyLabel: "La Commune de La Canourgue",
    representativeName: "Claude MALZAC",
    representativeTitle: "Le Maire",
    representationText:
      "représentée par son Maire, Monsieur Claude MALZAC, dûment autorisée à signer la présente convention",
    designation: "la commune de La Canourgue",
    mustDeliberate: true,
  },
  {
    // Le bloc des parties imprime « Banassac Canilhac-Canilhac » (coquille) ; nom officiel : Banassac-Canilhac.
    organisationName: "Commune de Banassac-Canilhac",
    organisationShortName: "Banassac-Canilhac",
    organisationKind: "COMMUNE",
    bodyLabel: "La Commune de Banassac Canilhac",
    representativeName: "David RODRIGUES",
    representativeTitle: "Le Maire",
    representationText:
      "représentée par son Maire, Monsieur David RODRIGUES, dûment autorisée à signer la présente convention",
    // Le document imprime « la commune de La Banassac Canilhac-Canilhac » (coquille).
    designation: "la commune de Banassac-Canilhac",
    mustDeliberate: true,
  },
  {
    organisationName: "Direction des Services Départementaux de l'Education Nationale de la Lozère",
    organisationShortName: "DSDEN de la Lozère",
    organisationKind: "DSDEN",
    bodyLabel: "La Direction des Services Départementaux de l'Education Nationale",
    representativeName: "Alexandre FALCO",
    representativeTitle: "Le Directeur",
    representationText:
      "représentée par son Directeur, Monsieur Alexandre FALCO, dûment autorisé à signer la présente convention",
    // Le document imprime « le DSDEN » ; le reste du texte emploie « la DSDEN ».
    designation: "la DSDEN",
    mustDeliberate: false,
  },
  {
    organisationName: "Département de la Lozère",
    organisationShortName: "Département de la Lozère",
    organisationKind: "DEPARTEMENT",
    bodyLabel: "Le Département de la Lozère",
    representativeName: "Sophie PANTEL",
    representativeTitle: "La Présidente",
    representationText:
      "représenté par sa Présidente, Madame Sophie PANTEL, dûment autorisée à signer la présente convention",
    designation: "le Département",
    mustDeliberate: true,
  },
  {
    organisationName: "Mutualité Sociale Agricole du Languedoc",
    organisationShortName: "MSA du Languedoc",
    organisationKind: "MSA",
    bodyLabel: "La Mutualité Sociale Agricole",
    // Nom absent de la grille de signature : repris du bloc des parties.
    representativeName: "Marie-Agnès GARCIA",
    representativeTitle: "La Directrice Générale",
    representationText:
      "représentée par sa Directrice Générale, Madame Marie-Agnès GARCIA, dûment autorisée à signer la présente convention",
    designation: "la MSA",
    mustDeliberate: false,
  },
];

export const aubracVisas: string[] = [
  "Vu les articles L. 263-1, L. 223-1 et L. 227-1 à 3 du Code de la sécurité sociale ;",
  "Vu le Code de l'action sociale et des familles ;",
  "Vu le Code général des collectivités territoriales ;",
  "Vu l'arrêté du 3 octobre 2001 relatif à l'Action sociale des Caisses d'allocations familiales (Caf) ;",
  "Vu la Convention d'objectifs et de gestion (Cog) arrêtée entre l'État et la Caisse nationale des allocations familiales (Cnaf) ;",
];

export const aubracPreamble: string = html(`
<p>La Convention Territoriale Globale (CTG) est un document de cadrage qui permet aux partenaires signataires (CCSS, État et Département) et aux élus de faire le lien entre les politiques publiques sociales menées sur le territoire dans les domaines de compétence détaillés ci-après. Elle est un moyen de donner de la lisibilité aux actions mises en œuvre localement et de gagner ainsi en efficacité, cohérence et coordination, au bénéfice des familles et publics éligibles aux dispositifs et services soutenus par les signataires.</p>
<p>La CCSS, par son organisation multi-branches couvre divers champs relatifs à la famille, à la santé et au recouvrement des cotisations de sécurité sociale.</p>
<p>La DSDEN quant à elle intervient dans le champ du sport et de la jeunesse, ainsi que dans le développement de la vie associative.</p>
<p>Le Département, chef de file de l'action médico-sociale au travers de ses compétences plurielles intervient auprès des enfants, personnes isolées, âgées, handicapées et les familles en les informant sur leurs droits et en les accompagnant vers l'autonomie. Ses services sont territorialisés pour pouvoir conduire avec ses partenaires des politiques sociales adaptées et renforcer la cohésion sociale sur les territoires.</p>
<p>La MSA gère la protection sociale des salariés et des non-salariés de l'Agriculture, de la santé à la famille en passant par la retraite et le recouvrement. Par son guichet unique, elle porte l'ensemble des branches de la sécurité sociale.</p>
<p>Conformément aux orientations fixées par sa Convention d'Objectifs et de Gestion, la MSA verse des prestations pour ses ressortissants agricoles et accompagne les familles dans leur parcours de vie.</p>
<p>Le suivi de la mise en œuvre des actions prévues par la CTG est assuré par un comité de pilotage qui réunit l'ensemble des acteurs engagés. Son organisation et son fonctionnement sont détaillés en annexe 6.</p>
`);

export type SeedArticle = { title: string; body: string };

export const aubracArticles: SeedArticle[] = [
  // ARTICLE 1
  {
    title: "Objet de la convention territoriale globale de services aux familles",
    body: html(`
<p>La présente convention vise à définir le projet stratégique global du territoire à l'égard des familles ainsi que ses modalités de mise en œuvre.</p>
<p>Ce projet est établi à partir d'un diagnostic partagé tenant compte de l'ensemble des problématiques du territoire.</p>
<p>Elle a pour objet :</p>
<ul>
<li>D'identifier les besoins prioritaires sur la communauté de communes (Annexe 4) ;</li>
<li>De définir les champs d'intervention à privilégier au regard de l'écart offre/besoin ;</li>
<li>De pérenniser et d'optimiser l'offre existante et/ou de développer une offre nouvelle afin de favoriser un continuum d'interventions sur les territoires, à travers des fiches-actions (Annexe 4).</li>
</ul>
`),
  },
  // ARTICLE 2
  {
    title: "Les priorités d'intervention de la CCSS",
    body: html(`
<p>La CCSS assure l'accès aux soins au moyen de la prise en charge des dépenses de santé des assurés, et contribue à une offre globale de services aux familles au moyen du versement des prestations légales, du financement des services et des structures ainsi que de l'accompagnement des familles.</p>
<p>Les missions en matière de santé consistent à :</p>
<ul>
<li>Assurer la prise en charge des dépenses de santé,</li>
<li>Favoriser l'accès aux soins,</li>
<li>Promouvoir et mener des actions de prévention.</li>
</ul>
<p>Les missions en matière de service aux familles consistent à :</p>
<ul>
<li>Aider les familles à concilier vie professionnelle, vie familiale et vie sociale,</li>
<li>Soutenir la fonction parentale et faciliter les relations parent-enfant,</li>
<li>Accompagner les familles dans leurs relations avec l'environnement et le cadre de vie (logement, participation à la vie sociale),</li>
<li>Créer les conditions favorables à l'autonomie, à l'insertion sociale et au retour à l'emploi des personnes et des familles.</li>
</ul>
`),
  },
  // ARTICLE 3
  {
    title:
      "Les champs d'intervention de la Direction des services départementaux de l'Éducation nationale de la Lozère",
    body: html(`
<p>La DSDEN met en œuvre les politiques publiques en matière de jeunesse, de sports et de vie associative.</p>
<p>Les missions en matière de jeunesse consistent à :</p>
<ul>
<li>Protéger les mineurs en accueils collectifs et contribuer à la qualité éducative de ces accueils (réunions et formations destinées aux équipes, contrôles, accompagnement des projets) ;</li>
<li>Promouvoir et mettre en œuvre l'engagement des jeunes, notamment par le service civique et le service national universel ;</li>
<li>Développer l'autonomie des jeunes à travers les politiques partenariales locales de jeunesse et le soutien à l'information, l'initiative et la mobilité des jeunes ;</li>
<li>Promouvoir les valeurs de la République : citoyenneté, laïcité ;</li>
<li>Accompagner les collectivités dans la mise en œuvre de leurs politiques éducatives.</li>
</ul>
<p>Les missions concernant le sport consistent à :</p>
<ul>
<li>Veiller à la sécurité des pratiques sportives (réunions des éducateurs sportifs, contrôles, accompagnement des projets) ;</li>
<li>Favoriser l'accès des pratiques sportives à tous les publics (financement des clubs) ;</li>
<li>Développer la pratique sportive, notamment en faveur des publics les plus éloignés de celle-ci : Sport santé, Sport et handicap, Sport et insertion.</li>
</ul>
<p>La participation de la DSDEN à la CTG reflète sa volonté de travailler en cohérence avec les acteurs du territoire et de s'associer avec eux, à travers des objectifs communs, au développement de ses champs particuliers, dans la mesure de ses compétences et de ses moyens.</p>
<p>Une approche globale, basée sur un diagnostic et des objectifs partagés, permet en effet de mettre en œuvre une réelle complémentarité des interventions de chacun en permettant à celles-ci d'avoir tout leur sens et toute leur légitimité.</p>
<p>Les missions en matière de vie associative consistent à :</p>
<ul>
<li>Animer le développement de la vie associative du département en facilitant l'engagement bénévole et la prise de responsabilité civique ainsi que la professionnalisation et le développement des compétences associatives ;</li>
<li>Accueillir, informer, conseiller et accompagner les dirigeants et bénévoles associatifs dans la mise en œuvre de leur projet associatif ;</li>
<li>Coordonner et animer un réseau d'accompagnateurs associatifs afin de développer un service de proximité d'accueil, d'orientation d'information et d'accompagnement des associations.</li>
</ul>
`),
  },
  // ARTICLE 4
  {
    title: "Les champs d'intervention du Département de la Lozère",
    body: html(`
<p>Les missions du Département s'articulent autour de 4 axes, accueillir, informer, orienter et accompagner vers l'autonomie toute personne à tous les âges de la vie. L'accompagnement se concentre sur les vulnérabilités, depuis la grossesse à la perte d'autonomie qu'elle soit liée au handicap, à l'âge, à des problématiques d'insertion socio-professionnelle ou d'accidents ponctuels de la vie.</p>
<h3>Accueillir, informer, orienter :</h3>
<p>Au travers de ses Maisons Départementales des Solidarités implantées sur les territoires, le Département assure un accueil de toute personne pour informer et réorienter le cas échéant vers les interlocuteurs les plus en capacité de répondre à la problématique de la personne. L'orientation pouvant se faire vers des partenaires ou en interne vers les professionnels médico-sociaux du Département.</p>
<p>Chef de file de l'action sociale, le Département participe à la coordination de l'ensemble des acteurs œuvrant dans le champ de la cohésion sociale (communes, institutions, Maisons France Services) et travaille en partenariat à l'échelle des territoires pour renforcer la lisibilité des acteurs présents et faciliter le repérage pour les publics.</p>
<h3>Accompagner :</h3>
<p>Par la présence de professionnels spécialisés sur les territoires (assistants de service social, conseillers en économie sociale et familiale, puéricultrices, sage femmes, infirmières, éducateurs spécialisés, référents autonomie, personnels administratifs...), le Département intervient pour l'accompagnement :</p>
<ul>
<li>Sur le secteur de la petite enfance et de l'enfance tant auprès :
<ul>
<li>Des professionnels via les agréments, les contrôles et le soutien financier sur les structures de la petite enfance (collectives ou individuelles),</li>
<li>Des enfants et de leurs familles au travers des bilans en école maternelle, des consultations de nourrissons, d'actions de soutien à la parentalité, d'accompagnements dans les situations de fragilité.</li>
</ul>
</li>
</ul>
<p>Des aides financières peuvent venir renforcer les accompagnements individuels ou collectifs mis en place.</p>
<ul>
<li>Sur le secteur des jeunes jusqu'à 21 ans au travers de ses compétences en matière de protection de l'enfance, le Département intervient auprès :
<ul>
<li>Des professionnels via les agréments et contrôles des lieux de prise en charge (collectifs ou individuels)</li>
<li>Auprès des mineurs et de leurs familles au travers d'actions de prévention, d'accompagnements éducatifs ou de placement. Il pilote la CRIP (Cellule de Recueil des Informations Préoccupantes).</li>
</ul>
</li>
<li>Sur le domaine du handicap, au travers de la Maison Départementale de l'Autonomie qui intègre la Maison Départementale du Handicap, le Département assure l'évaluation des besoins, l'élaboration et l'accompagnement à la mise en place des plans d'aide des personnes en situation de handicap. Une attention particulière est portée sur les enfants et les parents porteurs de handicap.</li>
<li>Sur le domaine de l'insertion sociale et professionnelle, considérant que ces éléments sont essentiels à une parentalité réussie, les travailleurs sociaux du département interviennent auprès des personnes au travers de l'attribution d'aides individuelles ou la mise en place de parcours d'accompagnement avec les partenaires.</li>
</ul>
<p>Le Schéma Départemental Unique des Solidarités décline ces engagements, précise son action sur les territoires et s'engage dans une démarche de projet social de territoire avec ses partenaires.</p>
<p>La Convention Territoriale Globale représente une opportunité pour l'ensemble des acteurs.</p>
`),
  },
  // ARTICLE 5
  {
    title: "Les champs d'intervention de la Mutualité sociale agricole",
    body: html(`
<p>L'action sociale de la MSA concourt au développement des services et des solidarités aux familles sur les territoires fragilisés par l'absence ou l'insuffisance de services qui leur sont dédiés et marqués par trois phénomènes :</p>
<ul>
<li>L'arrivée de nouvelles familles en milieu rural, notamment de jeunes familles ;</li>
<li>Une tendance à une réduction des services ou à leur éloignement</li>
<li>Un accroissement de l'isolement et une dilution du lien social</li>
</ul>
<p>La mise en œuvre des programmes institutionnels repose sur l'implication et l'adhésion des partenaires et des habitants à la démarche, sur des principes d'action participative et territorialisée, ainsi qu'au valeurs d'engagement, de mutualisme et de solidarité.</p>
<p>Dans le cadre de l'évolution des fonds liés à l'enfance-jeunesse (CEJ, CTG, ...), la MSA a travaillé courant 2020 sur une nouvelle offre territoriale Enfance Jeunesse pour sa COG 2021-2025.</p>
`),
  },
  // ARTICLE 6
  {
    title: "Les champs d'intervention de la communauté de communes Aubrac Lot Causses Tarn",
    body: html(`
<p>La Communauté de communes Aubrac Lot Causses Tarn met en place des actions pour répondre à des besoins repérés au niveau des différents bassins de vie et dans la limite de ses compétences.</p>
<p>Celles-ci concernent :</p>
<ul>
<li>La petite enfance : gestion d'une crèche, d'un centre d'Accueil de Loisirs Sans Hébergement de Banassac-La Canourgue dans le cadre d'un service commun pour 10 communes (Banassac-Canilhac, La Canourgue, Les Hermaux, Laval du Tarn, Saint Germain du Teil, Saint Pierre de Nogaret, Saint Saturnin, Les Salces, La Tieule et Trélans) ainsi que les éventuelles participations dans le cadre du Relais Petite Enfance.
<p>La Gestion de la crèche et l'Accueil de Loisirs Sans Hébergement (ALSH) est confiée à des associations :</p>
<ul>
<li>L'Association du Centre Nature OSCA pour la gestion de l'ALSH.</li>
<li>L'association Objectif Formation Animation (OAF) pour la gestion de la crèche.</li>
</ul>
</li>
<li>Plusieurs équipements sportifs d'intérêt communautaire sont financés par la communauté de communes. Leur gestion est déléguée aux communes sur lesquelles sont implantés ces équipements.</li>
</ul>
`),
  },
  // ARTICLE 7
  {
    title: "Les champs d'intervention de la commune de Chanac",
    body: html(`
<p>La Commune de Chanac met en place des actions au niveau local pour répondre à des besoins repérés.</p>
<p>Celles-ci concernent :</p>
<ul>
<li>la petite enfance : gestion d'une crèche (Centre Communal d'Action Sociale)</li>
<li>L'enfance/jeunesse : gestion d'un Accueil de Loisirs Sans Hébergement et programme d'activités de pleine nature confiés à l'association Chanac Accueil Loisirs et Nature (CHALEN).</li>
<li>Le cadre de vie, via les aménagements d'espace publics et le soutien aux associations :</li>
<li>Programme spécifique de financement des associations locales pour les activités qu'elles mettent en place en faveur de l'enfance et la jeunesse. Elle encourage particulièrement les actions et activités intergénérationnelles.</li>
<li>Création et gestion d'équipements de loisirs pour la jeunesse : City stade, piste d'éducation routière, pump track...</li>
<li>La bibliothèque municipale dispose de temps et des fonds dédiés à l'enfance et à la jeunesse.</li>
</ul>
`),
  },
  // ARTICLE 8
  {
    title: "Les champs d'intervention de la commune de Masegros Causses Gorges",
    body: html(`
<p>La Commune de Masegros Causses Gorges met en place des actions au niveau local pour répondre à des besoins repérés.</p>
<p>Celles-ci concernent :</p>
<ul>
<li>la petite enfance : mise à disposition de locaux pour une MAM</li>
<li>L'enfance/jeunesse : gestion d'un Accueil de Loisirs Sans Hébergement</li>
<li>Le cadre de vie, via les aménagements d'espace publics et le soutien aux associations.</li>
</ul>
`),
  },
  // ARTICLE 9
  {
    title: "Les champs d'intervention de la commune de La Canourgue",
    body: html(`
<p>La Commune de la Canourgue met en place des actions au niveau local pour répondre aux besoins de la population, à savoir :</p>
<h3>L'enfance et la jeunesse :</h3>
<p>La communauté de commune gère le service commun (10 communes du bassin de vie de La Canourgue) : Une crèche et un Accueil de Loisirs Sans Hébergement (ALSH) dont la gestion est déléguée à plusieurs associations :</p>
<ul>
<li>L'Association du Centre Nature OSCA afin d'en assurer la gestion des séjours de vacances et l'organisation des ALSH.</li>
<li>L'association Objectif Formation Animation (OAF) gère la crèche, le périscolaire, la Maison d'Assistances Maternelles (MAM).</li>
</ul>
<p>De plus, la Commune de La Canourgue a proposé au Centre Nature OSCA de porter avec la collectivité le projet de création d'un Espace Jeunes. L'objectif est de permettre l'ouverture aux autres en privilégiant une participation active et en veillant à la mixité sociale pour que tous puissent en bénéficier sans barrière financière.</p>
<h3>Le cadre de vie et l'aménagement d'espaces publics :</h3>
<p>La commune de La Canourgue mène depuis de nombreuses années une politique de revitalisation du centre-bourg que ce soit à travers de programmes, d'études et de contractualisations, en vue de déboucher sur des opérations concrètes de requalification.</p>
<p>La requalification des espaces publics permet à l'amélioration globale du cadre de vie et influe directement sur l'évolution de l'habitat ou la revitalisation des commerces.</p>
<p>En découlent des changements d'usages et de pratiques qui tendent à plus de rencontres et de mixité sociale, plus d'animations et ainsi plus de convivialité.</p>
<p>Agir sur les espaces publics du centre-bourg est un enjeu pour l'attractivité de la commune et un levier pour aborder la transition énergétique et les questions de solidarité.</p>
<p>Concernant le cadre de vie, la Commune possède trois salles des fêtes, une bibliothèque et des équipements sportifs tels qu'une piscine municipale, un dojo, un gymnase, des terrains de tennis, un centre équestre et un terrain multisports. Ces équipements sont mis à la disposition des associations sportives et culturelles et aux habitants sur le territoire communal et intra-communal, dans un objectif de mixité sociale.</p>
<h3>Le soutien aux associations :</h3>
<p>La commune de La Canourgue octroie aux associations des subventions dans le but de l'intérêt général. En effet, maintenir et favoriser le tissu local est un enjeu important pour la collectivité. Cela permet de rendre dynamique le territoire. La commune apporte ainsi une contribution sur différents domaines :</p>
<ul>
<li>Le sport et le loisir ;</li>
<li>La culture et les échanges ;</li>
<li>L'évènementiel ;</li>
<li>Le patrimoine ;</li>
<li>La scolarisation et l'enfance.</li>
</ul>
<h3>La Maison France Services :</h3>
<p>La Commune de La Canourgue gère également une maison France Services.</p>
<p>Des agents sont mis à disposition des usagers pour aider aux démarches administratives liées à la situation fiscale, la santé, la famille, la retraite ou l'emploi, etc. Les espaces France services permettent aux personnes d'accéder à un bouquet de services du quotidien. Il est possible de solliciter les services de l'État ou de partenaires de l'État, tels que :</p>
<ul>
<li>La Direction générale des finances publiques ;</li>
<li>Le ministère de l'Intérieur ;</li>
<li>Le ministère de la Justice ;</li>
<li>La Poste ;</li>
<li>Pôle emploi ;</li>
<li>La Caisse nationale des allocations familiales ;</li>
<li>L'assurance maladie (CPAM) ;</li>
<li>L'assurance retraite ;</li>
<li>La mutualité sociale agricole (MSA).</li>
</ul>
<p>Au-delà de ce socle de services garantis, les collectivités peuvent déployer des offres de services complémentaires. De nouveaux partenariats sont prévus par l'État pour enrichir en continu l'offre de services.</p>
<p>Les agents France services sont formés pour apporter des réponses adaptées à chaque situation individuelle. Ils délivrent une offre diversifiée de prestations dans le champ des services cités-dessus :</p>
<ul>
<li>Une information de premier niveau (réponses aux questions, accompagnement des démarches administratives du quotidien comme la déclaration de revenus, la gestion du prélèvement à la source, le renouvellement des papiers d'identité, du permis de conduire et de la carte grise...)</li>
<li>Un accompagnement au numérique pour en favoriser l'apprentissage et en développer les usages (création d'une adresse e-mail, impression ou scan de pièces nécessaires à la constitution de dossiers administratifs...)</li>
<li>Une aide aux démarches en ligne (navigation sur les sites des opérateurs, simulation d'allocations, demande de documents en ligne...)</li>
<li>Des prestations de conseils pour la résolution des cas complexes en s'appuyant sur un correspondant au sein des réseaux partenaires.</li>
</ul>
`),
  },
  // ARTICLE 10
  {
    title: "Les champs d'intervention de la commune de Banassac-Canilhac",
    body: html(`
<p>La Commune de Banassac Canilhac met en place des actions au niveau local pour répondre à des besoins repérés.</p>
<p>Celles-ci concernent :</p>
<ul>
<li>L'enfance/jeunesse : gestion d'un Accueil de Loisirs Sans Hébergement</li>
<li>L'animation de la vie sociale : accompagnement de l'association Familles actives</li>
<li>Le cadre de vie, via les aménagements d'espace publics et le soutien aux associations.</li>
</ul>
`),
  },
  // ARTICLE 11
  {
    title: "Les objectifs partagés au regard des besoins",
    body: html(`
<p>Dans l'objectif d'optimiser l'offre existante et/ou de développer favorablement un continuum d'interventions sur les territoires, les parties prenantes ont défini des objectifs communs de développement et de coordination des actions et services concernant (annexe 4) :</p>
<ul>
<li>L'aide aux familles à concilier vie professionnelle, vie familiale et vie sociale,</li>
<li>Le soutien à la fonction parentale et la facilitation des relations parent-enfant,</li>
<li>L'accompagnement des familles dans leurs relations avec l'environnement et le cadre de vie,</li>
<li>La création de conditions favorables à l'autonomie, à l'insertion sociale et au retour à l'emploi des personnes et des familles,</li>
<li>Faciliter la relation parentale, favoriser le développement de l'enfant et soutenir les jeunes :</li>
<li>Accompagner les familles pour améliorer leur cadre de vie et leurs conditions de logement :</li>
</ul>
<p>Les besoins ont été analysés et partagés par l'ensemble des acteurs au travers d'un diagnostic (annexe 3).</p>
<p>L'annexe 4 à la présente convention précise les objectifs opérationnels et les moyens mobilisés par chacun des partenaires dans le cadre des actions prioritaires définies.</p>
`),
  },
  // ARTICLE 12
  {
    title: "Engagements des partenaires",
    body: html(`
<p>La CCSS de la Lozère, le Département, la DSDEN, la MSA, la Communauté de communes et les communes s'engagent à mettre en œuvre les moyens nécessaires pour atteindre les objectifs qu'ils se sont assignés dans le plan d'actions de la présente convention.</p>
<p>La présente convention est conclue dans le cadre des orientations de la Convention d'objectifs et de gestion signée entre l'État et la Cnaf. Elle est mise en œuvre dans le respect des dispositifs et des outils relevant des compétences propres de chacune des parties, lesquelles restent libres de s'engager avec leurs partenaires habituels ou d'engager toute action ou toute intervention qu'elles jugeront nécessaire et utile.</p>
<p>La CTG matérialise également l'engagement conjoint de la CCSS et de la collectivité à poursuivre leur appui financier aux services aux familles du territoire.</p>
<p>À l'issue du Contrat enfance et jeunesse passé avec les collectivités signataires, la CCSS s'engage à conserver le montant des financements bonifiés de N-1¹ à ce titre et à les répartir directement entre les structures du territoire soutenues par la collectivité locale compétente, sous la forme de « bonus territoire CTG ».</p>
<p>De son côté, les collectivités signataires s'engagent à poursuivre son soutien financier en ajustant en conséquence la répartition de sa contribution pour les équipements et services listés en Annexe 5. Cet engagement pourra évoluer en fonction de l'évolution des compétences détenues.</p>
<p><em>¹ Le montant de référence est celui comptabilisé dans les comptes de la Caf en N-1 (charge à payer).</em></p>
`),
  },
  // ARTICLE 13
  {
    title: "Modalités de collaboration",
    body: html(`
<p>Les parties s'engagent à mobiliser des moyens humains (personnels qualifiés et en quantité) et matériels (données, statistiques, etc.) nécessaires à la réalisation des obligations définies dans la présente convention.</p>
<p>Pour mener à bien les objectifs précisés dans la présente convention, mettre en place un comité de pilotage.</p>
<p>Ce comité est composé, à parité, de représentants de la CCSS de la Lozère, la Direction des Services de l'Education Nationale de la Lozère, le Département de la Lozère, la communauté de communes et les communes.</p>
<p>Les parties conviennent d'un commun accord que des personnes ressources en fonction des thématiques repérées pourront participer à ce comité de pilotage à titre consultatif.</p>
<p>Cette instance :</p>
<ul>
<li>Assure le suivi de la réalisation des objectifs et l'évaluation de la convention ;</li>
<li>Contribue à renforcer la coordination entre les partenaires, dans leurs interventions respectives et au sein des différents comités de pilotage thématiques existants ;</li>
<li>Veille à la complémentarité des actions et des interventions de chacun des partenaires sur le territoire concerné ;</li>
<li>Porte une attention particulière aux initiatives et aux actions innovantes du territoire.</li>
</ul>
<p>Le comité de pilotage sera copiloté par la CCSS et la communauté de communes. Le secrétariat permanent est assuré par le ou les chargé(s) de coopération CTG désignés par la communauté et les communes signataires.</p>
<p>Les modalités de fonctionnement, fixées d'un commun accord entre les parties à la présente convention figurent en annexe 6.</p>
`),
  },
  // ARTICLE 14
  {
    title: "Échanges de données",
    body: html(`
<p>Les parties s'engagent réciproquement à se communiquer toutes les informations utiles dans le cadre de l'exécution de la présente convention.</p>
<p>A ce titre, la présente convention constitue le cadre général d'éventuels échanges de données dans le respect des :</p>
<ul>
<li>Dispositions législatives et réglementaires s'imposant à chaque partenaire, notamment au regard de la loi n° 78-17 du 6 Janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés ;</li>
<li>Décisions, avis ou préconisations de la Commission nationale de l'informatique et des libertés.</li>
</ul>
<p>A compter de la date de signature figurant ci-dessous, les demandes d'échange de données par l'une des parties feront obligatoirement l'objet d'une étude d'opportunité et de faisabilité de l'autre partie.</p>
<p>Les parties s'engagent à mentionner, dans tout document interne ou externe, la source des données.</p>
`),
  },
  // ARTICLE 15
  {
    title: "Communication",
    body: html(`
<p>Les parties décident et réalisent, d'un commun accord, les actions de communication relatives à la présente convention.</p>
<p>Les supports communs font apparaître les logos de chacune des parties.</p>
<p>Dans le cadre des actions de communication respectives couvrant le champ de la présente convention, chaque partie s'engage à mentionner la coopération de l'autre partie et à valoriser ce partenariat.</p>
`),
  },
  // ARTICLE 16
  {
    title: "Évaluation",
    body: html(`
<p>Une évaluation des actions est conduite au fur et à mesure de l'avancée de la mise en œuvre de la Ctg, lors des revues du plan d'actions réalisées par le comité de pilotage.</p>
<p>À l'issue de la présente convention, un bilan sera effectué intégrant une évaluation des effets de celle-ci. Cette évaluation devra permettre d'adapter les objectifs en fonction des évolutions constatées.</p>
`),
  },
  // ARTICLE 17
  {
    title: "Durée de la convention",
    body: html(`
<p>La présente convention, est conclue, à compter du 01 janvier 2024 jusqu'au 31 décembre 2028 inclus.</p>
<p>La présente convention ne peut être reconduite que par expresse reconduction.</p>
<p>Elle peut être résiliée par l'une ou l'autre des parties, sous réserve du respect d'un délai de préavis de trois mois, formalisée par lettre recommandée avec avis de réception.</p>
<p>En cas de résiliation de la présente convention, les parties seront tenues des engagements pris antérieurement à celle-ci jusqu'à leur terme.</p>
`),
  },
  // ARTICLE 18
  {
    title: "Exécution formelle de la convention",
    body: html(`
<p>Toute modification fera l'objet d'un avenant par les parties.</p>
<p>Cet avenant devra notamment préciser toutes les modifications apportées à la convention d'origine ainsi qu'à ses annexes.</p>
`),
  },
  // ARTICLE 19
  {
    title: "Confidentialité",
    body: html(`
<p>Les parties sont tenues, ainsi que l'ensemble de leur personnel, au secret professionnel, à l'obligation de discrétion et à l'obligation de confidentialité pour tout ce qui concerne les faits, informations, études et décisions dont elles auront eu connaissance durant l'exécution de la présente convention et après son expiration.</p>
`),
  },
];

export type SeedAnnex = {
  code: string;
  title: string;
  content: "DELIBERATION" | "TEXT" | "FICHES_ACTION" | "FACILITIES" | "DIAGNOSTIC" | "PAPER";
};

export const aubracAnnexes: SeedAnnex[] = [
  {
    code: "1a",
    title: "Délibération du conseil de la communauté de communes Aubrac Lot Causses Tarn",
    content: "DELIBERATION",
  },
  { code: "1b", title: "Délibération du conseil municipal de Chanac", content: "DELIBERATION" },
  { code: "1c", title: "Délibération du conseil municipal de Masegros Causses Gorges", content: "DELIBERATION" },
  { code: "1d", title: "Délibération du conseil municipal de La Canourgue", content: "DELIBERATION" },
  { code: "1f", title: "Délibération du conseil municipal de Banassac-Canilhac", content: "DELIBERATION" },
  { code: "2", title: "Décision du conseil départemental", content: "DELIBERATION" },
  { code: "2b", title: "Décision du CPASS MSA", content: "DELIBERATION" },
  // Annexe 3 is generated from the territory's shared diagnostic (lib/diagnostic/annex.ts); the signed document's
  // text does not reproduce annexe 6: it was joined to the paper file.
  { code: "3", title: "Diagnostic partagé", content: "DIAGNOSTIC" },
  { code: "4", title: "Fiches actions et évaluation", content: "FICHES_ACTION" },
  { code: "5", title: "Liste des équipements et services soutenus par la collectivité locale", content: "FACILITIES" },
  { code: "6", title: "Modalités de fonctionnement du comité de pilotage", content: "PAPER" },
];

export const aubracConvention = {
  title: "Convention territoriale globale de services aux familles",
  startDate: "2024-01-01",
  endDate: "2028-12-31",
  place: "La Canourgue",
  copies: 9,
  aidAmount2022: 524518,
};

export type SeedDeliberation = {
  assembly: string;
  sessionDate: string /* YYYY-MM-DD */;
  sessionTime: string /* "20:30" */;
  place: string;
  chair: string;
  number: string;
  membersInOffice: number;
  membersPresent: number;
  membersVoting: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  presentNames: string;
  absentNames: string;
  secretary: string;
  nonParticipants: string;
  decisionText: string;
  certifiedAt: string;
  sentToPrefectureAt: string;
  receivedByPrefectureAt: string;
  publishedAt: string;
  actesId: string;
};

export const aubracDeliberation: SeedDeliberation = {
  assembly: "Conseil de communauté de la Communauté de communes Aubrac Lot Causses Tarn",
  sessionDate: "2023-10-12",
  sessionTime: "20:30",
  place: "Mairie de La Canourgue",
  chair: "Jean-Claude SALEIL, Président",
  number: "D23.080",
  membersInOffice: 34,
  membersPresent: 24,
  membersVoting: 30,
  votesFor: 27,
  votesAgainst: 0,
  abstentions: 0,
  presentNames:
    "VALENTIN Denis, SAGNET-POUGET Valérie, FABRE Jean, BLANC Sébastien, POUDEVIGNE Roger, VALENTIN Christine, CASTAN Emmanuel, BONICEL Bernard, RODIER Yves, VAYSSIER Jean-Louis, JURQUET Didier, GROUSSET Joël, KLING Jacqueline, CONFORT René, CABIROU Christian, BONICEL Pascale, ROCHOUX Philippe, LAFOURCADE Noël, RODIER Colette, JACQUES Jérôme, FERNANDEZ Florence, BADAROUX Suzanne, SEGUIN Denis, SALEIL Jean-Claude",
  absentNames:
    "RODRIGUES David (pouvoir donné à VALENTIN Denis), LAFON Madeleine (pouvoir donné à FABRE Jean), SALENDRES Jean-Sébastien (pouvoir donné à BONICEL Pascale), CITERIN-NORMANDIN Sylvie (pouvoir donné à POUGET Valérie), ROCHEREAU-POUGET Bernadette (pouvoir donné à BLANC Sébastien), POURQUIER Jean-Paul (pouvoir donné à SALEIL Jean-Claude), POQUET Pascal, DE SOUSA Guy, MALZAC Claude et CAYREL Jean-Claude",
  secretary: "Jean FABRE",
  nonParticipants:
    "Monsieur Philippe ROCHOUX en tant que Président de la CCSS et Madame Colette RODIER et Monsieur Jérôme JACQUES en tant qu'agents de la CCSS ne participent pas à ce vote",
  decisionText:
    "APPROUVE le renouvellement de la Convention Territoriale Globale (dont le projet est annexé à la présente), pour la période du 1er janvier 2024 au 31 décembre 2028,\n\n" +
    "AUTORISE, Monsieur le Président ou Monsieur le Vice-Président à signer ladite convention et à accomplir toutes les formalités utiles afférentes à sa bonne exécution.",
  certifiedAt: "2023-10-19",
  sentToPrefectureAt: "2023-10-24",
  receivedByPrefectureAt: "2023-10-24",
  publishedAt: "2023-10-24",
  actesId: "048-200069268-20231012-D23_080-DE",
};

export const aubracCommunes: string[] = [
  // Service commun (article 6)
  "Banassac-Canilhac",
  "La Canourgue",
  "Les Hermaux",
  "Laval du Tarn",
  "Saint Germain du Teil",
  "Saint Pierre de Nogaret",
  "Saint Saturnin",
  "Les Salces",
  "La Tieule",
  "Trélans",
  // Autres communes signataires
  "Chanac",
  "Masegros Causses Gorges",
];
