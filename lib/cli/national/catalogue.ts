// What CTG action plans are made of, per thématique: axes, fiche titles and objectives, indicators with their
// units and plausible orders of magnitude. `{commune}` is replaced by one of the territory's communes.
import type { FacilityType, Theme } from "../../db/generated/enums";

export const AXES: { title: string; themes: Theme[] }[] = [
  {
    title: "Aider les familles à concilier vie professionnelle, vie familiale et vie sociale",
    themes: ["EARLY_CHILDHOOD", "CHILDHOOD"],
  },
  { title: "Développer et adapter l'offre d'accueil du jeune enfant", themes: ["EARLY_CHILDHOOD"] },
  {
    title: "Proposer aux enfants et aux jeunes des loisirs de qualité accessibles à tous",
    themes: ["CHILDHOOD", "YOUTH"],
  },
  { title: "Accompagner les jeunes vers l'autonomie et l'engagement", themes: ["YOUTH"] },
  { title: "Faciliter la relation parentale et soutenir les parents", themes: ["PARENTING"] },
  { title: "Favoriser l'accès aux droits et l'inclusion numérique", themes: ["ACCESS_TO_RIGHTS", "DIGITAL_INCLUSION"] },
  { title: "Animer la vie sociale et renforcer le lien entre les habitants", themes: ["SOCIAL_LIFE"] },
  { title: "Accompagner les familles dans leur cadre de vie et leur logement", themes: ["HOUSING", "MOBILITY"] },
  { title: "Soutenir les familles vulnérables et prévenir les ruptures", themes: ["SOCIAL_SUPPORT", "HEALTH"] },
  {
    title: "Favoriser l'inclusion des enfants en situation de handicap",
    themes: ["DISABILITY", "EARLY_CHILDHOOD", "CHILDHOOD"],
  },
  {
    title: "Coordonner les acteurs et piloter le projet social de territoire",
    themes: ["SOCIAL_LIFE", "ACCESS_TO_RIGHTS"],
  },
];

export type IndicatorSpec = { name: string; unit: string; baseline: [number, number]; growth: number };

export const FICHES: Record<
  Theme,
  { title: string; objective: string; publics: string; indicators: IndicatorSpec[] }[]
> = {
  EARLY_CHILDHOOD: [
    {
      title: "Créer une micro-crèche à {commune}",
      objective: "Augmenter le nombre de places d'accueil collectif pour les enfants de moins de trois ans.",
      publics: "Familles avec enfants de moins de 3 ans",
      indicators: [
        { name: "Places d'accueil collectif créées", unit: "places", baseline: [0, 0], growth: 12 },
        { name: "Taux d'occupation de la structure", unit: "%", baseline: [55, 70], growth: 15 },
      ],
    },
    {
      title: "Pérenniser le relais petite enfance intercommunal",
      objective: "Accompagner les assistantes maternelles et informer les parents sur les modes d'accueil.",
      publics: "Assistantes maternelles, parents",
      indicators: [
        { name: "Assistantes maternelles en activité", unit: "personnes", baseline: [40, 180], growth: 0.05 },
        { name: "Contacts parents au relais", unit: "contacts", baseline: [150, 900], growth: 0.2 },
      ],
    },
    {
      title: "Étendre les horaires d'ouverture de la crèche de {commune}",
      objective: "Adapter l'accueil aux horaires atypiques des parents qui travaillent.",
      publics: "Parents aux horaires décalés",
      indicators: [{ name: "Heures d'ouverture hebdomadaires", unit: "heures", baseline: [50, 55], growth: 0.1 }],
    },
    {
      title: "Développer l'accueil d'urgence et à vocation d'insertion professionnelle",
      objective: "Réserver des places aux parents en parcours d'insertion.",
      publics: "Parents en recherche d'emploi",
      indicators: [{ name: "Enfants accueillis en places AVIP", unit: "enfants", baseline: [0, 6], growth: 8 }],
    },
    {
      title: "Soutenir l'installation de maisons d'assistants maternels",
      objective: "Maintenir l'offre d'accueil individuel dans les communes rurales.",
      publics: "Assistantes maternelles",
      indicators: [{ name: "Maisons d'assistants maternels ouvertes", unit: "MAM", baseline: [0, 3], growth: 2 }],
    },
  ],
  CHILDHOOD: [
    {
      title: "Adapter les horaires de l'accueil de loisirs de {commune} aux besoins des parents",
      objective: "Étendre l'amplitude d'ouverture pendant les vacances scolaires et le mercredi.",
      publics: "Enfants de 3 à 11 ans",
      indicators: [
        { name: "Jours d'ouverture par an", unit: "jours", baseline: [40, 110], growth: 0.15 },
        { name: "Enfants inscrits à l'accueil de loisirs", unit: "enfants", baseline: [60, 400], growth: 0.1 },
      ],
    },
    {
      title: "Harmoniser la tarification des accueils de loisirs du territoire",
      objective: "Rendre les loisirs accessibles à toutes les familles par une tarification modulée.",
      publics: "Familles du territoire",
      indicators: [{ name: "Part des familles au tarif le plus bas", unit: "%", baseline: [15, 30], growth: 10 }],
    },
    {
      title: "Créer un plan mercredi intercommunal",
      objective: "Proposer des activités éducatives de qualité le mercredi dans chaque commune.",
      publics: "Enfants scolarisés en élémentaire",
      indicators: [{ name: "Communes couvertes par le plan mercredi", unit: "communes", baseline: [2, 6], growth: 4 }],
    },
    {
      title: "Former les animateurs à l'accueil des enfants à besoins particuliers",
      objective: "Qualifier les équipes d'animation et stabiliser les effectifs.",
      publics: "Animateurs",
      indicators: [{ name: "Animateurs formés", unit: "personnes", baseline: [0, 10], growth: 15 }],
    },
  ],
  YOUTH: [
    {
      title: "Créer un espace jeunes à {commune}",
      objective: "Offrir aux 11-17 ans un lieu d'accueil, d'écoute et de projets.",
      publics: "Jeunes de 11 à 17 ans",
      indicators: [{ name: "Jeunes inscrits à l'espace jeunes", unit: "jeunes", baseline: [0, 30], growth: 40 }],
    },
    {
      title: "Accompagner les projets de jeunes et les juniors associations",
      objective: "Favoriser l'engagement et l'autonomie des jeunes par la conduite de projets.",
      publics: "Jeunes de 14 à 25 ans",
      indicators: [{ name: "Projets de jeunes accompagnés", unit: "projets", baseline: [2, 8], growth: 0.5 }],
    },
    {
      title: "Déployer un point information jeunesse itinérant",
      objective: "Informer les jeunes des communes rurales sur l'orientation, l'emploi et la santé.",
      publics: "Jeunes de 15 à 25 ans",
      indicators: [{ name: "Jeunes reçus au PIJ", unit: "jeunes", baseline: [80, 400], growth: 0.25 }],
    },
    {
      title: "Structurer le réseau des Promeneurs du Net",
      objective: "Assurer une présence éducative en ligne auprès des adolescents.",
      publics: "Adolescents",
      indicators: [{ name: "Promeneurs du net actifs", unit: "professionnels", baseline: [0, 3], growth: 3 }],
    },
  ],
  PARENTING: [
    {
      title: "Ouvrir un lieu d'accueil enfants-parents à {commune}",
      objective: "Offrir un espace de rencontre et de parole aux parents de jeunes enfants.",
      publics: "Parents et enfants de moins de 6 ans",
      indicators: [{ name: "Familles accueillies au LAEP", unit: "familles", baseline: [0, 40], growth: 35 }],
    },
    {
      title: "Organiser des cafés des parents",
      objective: "Favoriser l'expression des parents et l'échange entre pairs.",
      publics: "Parents",
      indicators: [
        { name: "Rencontres organisées par an", unit: "rencontres", baseline: [0, 10], growth: 8 },
        { name: "Parents participants", unit: "parents", baseline: [0, 80], growth: 60 },
      ],
    },
    {
      title: "Animer un réseau parentalité avec l'Udaf",
      objective: "Coordonner les actions de soutien à la parentalité du territoire.",
      publics: "Professionnels et bénévoles",
      indicators: [{ name: "Partenaires membres du réseau", unit: "structures", baseline: [3, 12], growth: 0.4 }],
    },
    {
      title: "Prévenir les situations de séparation conflictuelle",
      objective: "Faire connaître la médiation familiale et les espaces de rencontre.",
      publics: "Parents séparés",
      indicators: [{ name: "Médiations familiales engagées", unit: "médiations", baseline: [5, 40], growth: 0.3 }],
    },
  ],
  ACCESS_TO_RIGHTS: [
    {
      title: "Faire connaître la maison France services de {commune}",
      objective: "Accompagner les habitants dans leurs démarches administratives.",
      publics: "Tous publics",
      indicators: [{ name: "Demandes traitées par an", unit: "demandes", baseline: [800, 4000], growth: 0.3 }],
    },
    {
      title: "Lutter contre le non-recours aux prestations",
      objective: "Repérer les familles qui ne font pas valoir leurs droits et les accompagner.",
      publics: "Familles allocataires",
      indicators: [{ name: "Rendez-vous des droits réalisés", unit: "rendez-vous", baseline: [20, 150], growth: 0.4 }],
    },
    {
      title: "Former les agents d'accueil des mairies aux démarches en ligne",
      objective: "Faire des mairies un premier relais d'information sur les droits.",
      publics: "Secrétaires de mairie",
      indicators: [{ name: "Agents formés", unit: "personnes", baseline: [0, 5], growth: 20 }],
    },
  ],
  DIGITAL_INCLUSION: [
    {
      title: "Déployer des ateliers numériques pour les familles",
      objective: "Rendre les familles autonomes dans leurs démarches en ligne.",
      publics: "Familles éloignées du numérique",
      indicators: [{ name: "Participants aux ateliers", unit: "personnes", baseline: [0, 60], growth: 80 }],
    },
    {
      title: "Recruter un conseiller numérique itinérant",
      objective: "Apporter un accompagnement numérique dans les communes sans service public.",
      publics: "Habitants des communes rurales",
      indicators: [{ name: "Accompagnements individuels", unit: "accompagnements", baseline: [0, 100], growth: 300 }],
    },
  ],
  SOCIAL_LIFE: [
    {
      title: "Soutenir la création d'un espace de vie sociale à {commune}",
      objective: "Développer une animation de proximité portée par les habitants.",
      publics: "Habitants",
      indicators: [{ name: "Habitants impliqués dans le projet", unit: "habitants", baseline: [0, 20], growth: 30 }],
    },
    {
      title: "Renouveler le projet social du centre social intercommunal",
      objective: "Construire le projet avec les habitants et les partenaires.",
      publics: "Habitants, partenaires",
      indicators: [{ name: "Habitants consultés", unit: "habitants", baseline: [0, 50], growth: 150 }],
    },
    {
      title: "Encourager les actions intergénérationnelles des associations",
      objective: "Créer du lien entre les générations par les associations locales.",
      publics: "Associations, seniors, familles",
      indicators: [{ name: "Actions intergénérationnelles soutenues", unit: "actions", baseline: [1, 6], growth: 0.5 }],
    },
  ],
  HOUSING: [
    {
      title: "Prévenir les expulsions locatives des familles",
      objective: "Intervenir tôt auprès des familles en impayé de loyer.",
      publics: "Familles locataires",
      indicators: [{ name: "Familles accompagnées", unit: "familles", baseline: [5, 40], growth: 0.2 }],
    },
    {
      title: "Lutter contre la non-décence des logements",
      objective: "Repérer et traiter les logements non décents avec les propriétaires.",
      publics: "Locataires, propriétaires",
      indicators: [{ name: "Logements mis en conformité", unit: "logements", baseline: [0, 15], growth: 10 }],
    },
  ],
  DISABILITY: [
    {
      title: "Accueillir les enfants en situation de handicap en accueil de loisirs",
      objective: "Garantir l'accès des enfants handicapés aux loisirs ordinaires.",
      publics: "Enfants en situation de handicap",
      indicators: [
        { name: "Enfants en situation de handicap accueillis", unit: "enfants", baseline: [0, 12], growth: 0.5 },
      ],
    },
    {
      title: "Créer un pôle ressources handicap départemental",
      objective: "Outiller les professionnels de l'accueil et informer les familles.",
      publics: "Professionnels, familles",
      indicators: [{ name: "Structures accompagnées", unit: "structures", baseline: [0, 5], growth: 10 }],
    },
  ],
  SOCIAL_SUPPORT: [
    {
      title: "Accompagner les familles monoparentales",
      objective: "Proposer un accompagnement global aux parents isolés.",
      publics: "Familles monoparentales",
      indicators: [{ name: "Familles accompagnées", unit: "familles", baseline: [10, 60], growth: 0.3 }],
    },
    {
      title: "Mettre en place un accompagnement des familles endeuillées",
      objective: "Soutenir les familles après le décès d'un enfant ou d'un parent.",
      publics: "Familles endeuillées",
      indicators: [{ name: "Familles orientées", unit: "familles", baseline: [0, 10], growth: 0.5 }],
    },
  ],
  HEALTH: [
    {
      title: "Développer la prévention santé auprès des jeunes",
      objective: "Informer les jeunes sur la santé mentale et les conduites à risques.",
      publics: "Jeunes de 12 à 25 ans",
      indicators: [{ name: "Jeunes sensibilisés", unit: "jeunes", baseline: [50, 300], growth: 0.4 }],
    },
    {
      title: "Coordonner le repérage précoce des troubles du neuro-développement",
      objective: "Orienter plus tôt les enfants vers les professionnels de santé.",
      publics: "Jeunes enfants, parents",
      indicators: [{ name: "Enfants orientés", unit: "enfants", baseline: [0, 20], growth: 0.6 }],
    },
  ],
  MOBILITY: [
    {
      title: "Expérimenter un transport à la demande vers les accueils de loisirs",
      objective: "Lever le frein de la mobilité pour l'accès aux loisirs des enfants.",
      publics: "Familles sans solution de transport",
      indicators: [{ name: "Trajets réalisés par an", unit: "trajets", baseline: [0, 200], growth: 500 }],
    },
    {
      title: "Soutenir le passage du permis de conduire des jeunes",
      objective: "Favoriser l'insertion professionnelle par la mobilité.",
      publics: "Jeunes de 16 à 25 ans",
      indicators: [{ name: "Jeunes aidés pour le permis", unit: "jeunes", baseline: [0, 15], growth: 12 }],
    },
  ],
};

export const FACILITIES: { type: FacilityType; label: string; capacity?: [number, number]; weight: number }[] = [
  { type: "EAJE", label: "Multi-accueil", capacity: [12, 60], weight: 5 },
  { type: "MICRO_CRECHE", label: "Micro-crèche", capacity: [10, 12], weight: 3 },
  { type: "ALSH", label: "Accueil de loisirs", capacity: [24, 120], weight: 5 },
  { type: "RPE", label: "Relais petite enfance", weight: 2 },
  { type: "LAEP", label: "Lieu d'accueil enfants-parents", weight: 1 },
  { type: "LUDOTHEQUE", label: "Ludothèque", weight: 1 },
  { type: "ESPACE_JEUNES", label: "Espace jeunes", capacity: [12, 40], weight: 2 },
  { type: "CENTRE_SOCIAL", label: "Centre social", weight: 1 },
  { type: "EVS", label: "Espace de vie sociale", weight: 1 },
  { type: "FRANCE_SERVICES", label: "Maison France services", weight: 1 },
];

/** Yearly rate per place (EUR) of the caisse-wide tables, per facility type that has one. */
export const FUNDING_RATES: Partial<Record<FacilityType, number>> = {
  EAJE: 1000,
  MICRO_CRECHE: 800,
  ALSH: 300,
  ESPACE_JEUNES: 450,
};

export const AGENDA = [
  "Approbation du compte rendu de la précédente réunion",
  "Bilan annuel du plan d'actions",
  "Point d'étape sur les fiches-action",
  "Suivi des indicateurs",
  "Bilan financier et prévisionnel",
  "Évolution de l'offre d'accueil du jeune enfant",
  "Présentation du diagnostic partagé",
  "Projet de renouvellement de la convention",
  "Questions diverses",
];

export const DECISIONS = [
  "Présenter le budget prévisionnel de l'action au prochain comité",
  "Lancer une enquête auprès des familles sur leurs besoins d'accueil",
  "Réunir les gestionnaires des accueils de loisirs pour harmoniser les tarifs",
  "Solliciter l'avis de la PMI sur le projet de micro-crèche",
  "Transmettre les données d'activité de l'année aux partenaires",
  "Mettre à jour la liste des assistantes maternelles disponibles",
  "Organiser une réunion publique d'information des habitants",
  "Proposer un avenant pour intégrer la nouvelle action",
  "Rédiger la fiche de poste du coordinateur jeunesse",
  "Reporter l'action à l'année suivante faute de financement",
  "Associer la MSA au groupe de travail sur la parentalité",
  "Préparer l'évaluation à mi-parcours de la convention",
];

export const THEMES = Object.keys(FICHES) as Theme[];
