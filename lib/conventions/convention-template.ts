// The model convention, structured like the reference CTG (seed 002): legal visas, préambule, objet,
// the caisse's priorities, one article per partner's fields of intervention, shared objectives, commitments,
// collaboration and copil, data exchange, communication, evaluation, duration, formal execution, confidentiality.
import { fieldTag } from "./fields";

export type ModelInput = {
  caisseDesignation: string; // "la CCSS", "la Caf"
  caisseName: string; // "Caisse Commune de Sécurité Sociale de la Lozère"
  territoryName: string;
  startDate: Date;
  endDate: Date;
  /** Partners other than the caisse, in signature order, e.g. "la communauté de communes Aubrac Lot Causses Tarn". */
  partnerDesignations: string[];
};

export const modelVisas = [
  "Vu les articles L. 263-1, L. 223-1 et L. 227-1 à 3 du Code de la sécurité sociale ;",
  "Vu le Code de l'action sociale et des familles ;",
  "Vu le Code général des collectivités territoriales ;",
  "Vu l'arrêté du 3 octobre 2001 relatif à l'Action sociale des Caisses d'allocations familiales (Caf) ;",
  "Vu la Convention d'objectifs et de gestion (Cog) arrêtée entre l'État et la Caisse nationale des allocations familiales (Cnaf) ;",
];

export const modelAnnexes = [
  { code: "3", title: "Diagnostic partagé", content: "DIAGNOSTIC" as const },
  { code: "4", title: "Fiches actions et évaluation", content: "FICHES_ACTION" as const },
  {
    code: "5",
    title: "Liste des équipements et services soutenus par la collectivité locale",
    content: "FACILITIES" as const,
  },
  { code: "6", title: "Modalités de fonctionnement du comité de pilotage", content: "TEXT" as const },
];

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join("");
const ul = (...items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function buildModelConvention(input: ModelInput) {
  const caisse = input.caisseDesignation;
  const Caisse = capitalise(caisse);
  const preamble = p(
    `La Convention Territoriale Globale (CTG) est un document de cadrage qui permet aux partenaires signataires et aux élus de faire le lien entre les politiques publiques sociales menées sur le territoire ${fieldTag("territoryName")} dans les domaines de compétence détaillés ci-après. Elle est un moyen de donner de la lisibilité aux actions mises en œuvre localement et de gagner ainsi en efficacité, cohérence et coordination, au bénéfice des familles.`,
    "Le suivi de la mise en œuvre des actions prévues par la CTG est assuré par un comité de pilotage qui réunit l'ensemble des acteurs engagés. Son organisation et son fonctionnement sont détaillés en annexe 6.",
  );
  const articles = [
    {
      title: "Objet de la convention territoriale globale de services aux familles",
      body:
        p(
          "La présente convention vise à définir le projet stratégique global du territoire à l'égard des familles ainsi que ses modalités de mise en œuvre.",
          "Ce projet est établi à partir d'un diagnostic partagé tenant compte de l'ensemble des problématiques du territoire.",
          "Elle a pour objet :",
        ) +
        ul(
          "D'identifier les besoins prioritaires sur le territoire (Annexe 4) ;",
          "De définir les champs d'intervention à privilégier au regard de l'écart offre/besoin ;",
          "De pérenniser et d'optimiser l'offre existante et/ou de développer une offre nouvelle, à travers des fiches-actions (Annexe 4).",
        ),
    },
    {
      title: `Les priorités d'intervention de ${caisse}`,
      body:
        p(
          `${Caisse} contribue à une offre globale de services aux familles au moyen du versement des prestations légales, du financement des services et des structures ainsi que de l'accompagnement des familles.`,
          "Ses missions en matière de service aux familles consistent à :",
        ) +
        ul(
          "Aider les familles à concilier vie professionnelle, vie familiale et vie sociale,",
          "Soutenir la fonction parentale et faciliter les relations parent-enfant,",
          "Accompagner les familles dans leurs relations avec l'environnement et le cadre de vie,",
          "Créer les conditions favorables à l'autonomie, à l'insertion sociale et au retour à l'emploi des personnes et des familles.",
        ),
    },
    ...input.partnerDesignations.map((designation) => ({
      title: `Les champs d'intervention de ${designation}`,
      body:
        p(
          `${capitalise(designation)} met en place des actions pour répondre aux besoins repérés sur le territoire, dans la limite de ses compétences. Celles-ci concernent :`,
        ) + ul("…"),
    })),
    {
      title: "Les objectifs partagés au regard des besoins",
      body: p(
        "Dans l'objectif d'optimiser l'offre existante et/ou de développer un continuum d'interventions sur le territoire, les parties prenantes ont défini des objectifs communs de développement et de coordination des actions et services (annexe 4).",
        "Les besoins ont été analysés et partagés par l'ensemble des acteurs au travers d'un diagnostic (annexe 3).",
      ),
    },
    {
      title: "Engagements des partenaires",
      body: p(
        "Les signataires s'engagent à mettre en œuvre les moyens nécessaires pour atteindre les objectifs qu'ils se sont assignés dans le plan d'actions de la présente convention.",
        `La CTG matérialise également l'engagement conjoint de ${caisse} et des collectivités à poursuivre leur appui financier aux services aux familles du territoire, sous la forme notamment du « bonus territoire CTG » pour les équipements et services listés en annexe 5.`,
      ),
    },
    {
      title: "Modalités de collaboration",
      body:
        p(
          "Les parties s'engagent à mobiliser les moyens humains et matériels nécessaires à la réalisation des obligations définies dans la présente convention.",
          "Un comité de pilotage est composé, à parité, de représentants des signataires. Cette instance :",
        ) +
        ul(
          "Assure le suivi de la réalisation des objectifs et l'évaluation de la convention ;",
          "Contribue à renforcer la coordination entre les partenaires ;",
          "Veille à la complémentarité des actions et des interventions de chacun des partenaires sur le territoire ;",
          "Porte une attention particulière aux initiatives et aux actions innovantes du territoire.",
        ) +
        p("Les modalités de fonctionnement, fixées d'un commun accord entre les parties, figurent en annexe 6."),
    },
    {
      title: "Échanges de données",
      body:
        p(
          "Les parties s'engagent réciproquement à se communiquer toutes les informations utiles dans le cadre de l'exécution de la présente convention, dans le respect des :",
        ) +
        ul(
          "Dispositions législatives et réglementaires, notamment la loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés ;",
          "Décisions, avis ou préconisations de la Commission nationale de l'informatique et des libertés.",
        ),
    },
    {
      title: "Communication",
      body: p(
        "Les parties décident et réalisent, d'un commun accord, les actions de communication relatives à la présente convention. Les supports communs font apparaître les logos de chacune des parties.",
      ),
    },
    {
      title: "Évaluation",
      body: p(
        "Une évaluation des actions est conduite au fur et à mesure de l'avancée de la mise en œuvre de la CTG, lors des revues du plan d'actions réalisées par le comité de pilotage.",
        "À l'issue de la présente convention, un bilan sera effectué intégrant une évaluation des effets de celle-ci.",
      ),
    },
    {
      title: "Durée de la convention",
      body: p(
        `La présente convention est conclue pour une durée de ${fieldTag("duration")}, à compter du ${fieldTag("startDate")} jusqu'au ${fieldTag("endDate")} inclus.`,
        "Elle peut être résiliée par l'une ou l'autre des parties, sous réserve du respect d'un délai de préavis de trois mois, formalisée par lettre recommandée avec avis de réception.",
      ),
    },
    {
      title: "Exécution formelle de la convention",
      body: p(
        "Toute modification fera l'objet d'un avenant par les parties.",
        "Cet avenant devra notamment préciser toutes les modifications apportées à la convention d'origine ainsi qu'à ses annexes.",
      ),
    },
    {
      title: "Confidentialité",
      body: p(
        "Les parties sont tenues, ainsi que l'ensemble de leur personnel, au secret professionnel, à l'obligation de discrétion et à l'obligation de confidentialité pour tout ce qui concerne les faits, informations, études et décisions dont elles auront eu connaissance durant l'exécution de la présente convention et après son expiration.",
      ),
    },
  ];
  return { visas: modelVisas, preamble, articles, annexes: modelAnnexes };
}
