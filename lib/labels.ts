// The French labels of every enum code. The database stores the English codes only.
import type {
  Attendance,
  AvenantStatus,
  BudgetNature,
  CaisseKind,
  ConventionStatus,
  DecisionStatus,
  FacilityType,
  FicheStatus,
  Frequency,
  IndicatorKind,
  MeetingKind,
  MeetingStatus,
  OrganisationKind,
  Priority,
  Role,
  Theme,
} from "./db/generated/enums";

export const roleLabels: Record<Role, string> = {
  CAISSE_ADMIN: "Administrateur de la caisse",
  COOPERATION_OFFICER: "Chargé(e) de coopération",
  EPCI_STAFF: "Agent de l'EPCI",
  PILOT_CONTRIBUTOR: "Contributeur pilote",
  COPIL_MEMBER: "Membre du comité de pilotage",
};

export const caisseKindLabels: Record<CaisseKind, string> = {
  CAF: "Caisse d'allocations familiales",
  CCSS: "Caisse commune de sécurité sociale",
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  CAISSE: "Caisse",
  EPCI: "Intercommunalité (EPCI)",
  COMMUNE: "Commune",
  DEPARTEMENT: "Département",
  MSA: "MSA",
  DSDEN: "Éducation nationale (DSDEN)",
  CPAM: "CPAM",
  CCAS: "CCAS",
  CIAS: "CIAS",
  SYNDICAT: "Syndicat intercommunal",
  UDAF: "Udaf",
  ASSOCIATION: "Association",
  STATE: "Services de l'État",
  OTHER: "Autre",
};

export const conventionStatusLabels: Record<ConventionStatus, string> = {
  DRAFT: "Brouillon",
  CONSULTATION: "En concertation",
  VALIDATED: "Validée",
  SIGNED: "Signée",
  EXPIRED: "Expirée",
  TERMINATED: "Résiliée",
};

export const avenantStatusLabels: Record<AvenantStatus, string> = {
  DRAFT: "Brouillon",
  VALIDATED: "Validé",
  SIGNED: "Signé",
};

export const themeLabels: Record<Theme, string> = {
  EARLY_CHILDHOOD: "Petite enfance",
  CHILDHOOD: "Enfance",
  YOUTH: "Jeunesse",
  PARENTING: "Parentalité",
  ACCESS_TO_RIGHTS: "Accès aux droits",
  DIGITAL_INCLUSION: "Inclusion numérique",
  SOCIAL_LIFE: "Animation de la vie sociale",
  HOUSING: "Logement et cadre de vie",
  DISABILITY: "Handicap",
  SOCIAL_SUPPORT: "Accompagnement social",
  HEALTH: "Santé",
  MOBILITY: "Mobilité",
};

export const ficheStatusLabels: Record<FicheStatus, string> = {
  NOT_STARTED: "Non démarrée",
  IN_PROGRESS: "En cours",
  DONE: "Réalisée",
  POSTPONED: "Reportée",
  ABANDONED: "Abandonnée",
  BLOCKED: "Bloquée",
};

export const priorityLabels: Record<Priority, string> = {
  LOW: "Basse",
  MEDIUM: "Moyenne",
  HIGH: "Haute",
};

export const indicatorKindLabels: Record<IndicatorKind, string> = {
  QUANTITATIVE: "Quantitatif",
  QUALITATIVE: "Qualitatif",
};

export const frequencyLabels: Record<Frequency, string> = {
  MONTHLY: "Mensuelle",
  QUARTERLY: "Trimestrielle",
  HALF_YEARLY: "Semestrielle",
  YEARLY: "Annuelle",
  ONCE: "Ponctuelle",
};

export const budgetNatureLabels: Record<BudgetNature, string> = {
  OPERATING: "Fonctionnement",
  INVESTMENT: "Investissement",
};

export const facilityTypeLabels: Record<FacilityType, string> = {
  EAJE: "Crèche / EAJE",
  MICRO_CRECHE: "Micro-crèche",
  ALSH: "Accueil de loisirs (ALSH)",
  RPE: "Relais petite enfance",
  LAEP: "Lieu d'accueil enfants-parents",
  LUDOTHEQUE: "Ludothèque",
  ESPACE_JEUNES: "Espace jeunes",
  CENTRE_SOCIAL: "Centre social",
  EVS: "Espace de vie sociale",
  FRANCE_SERVICES: "France Services",
  OTHER: "Autre",
};

export const meetingKindLabels: Record<MeetingKind, string> = {
  COPIL: "Comité de pilotage",
  COTECH: "Comité technique",
};

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  PLANNED: "Prévue",
  HELD: "Tenue",
  CANCELLED: "Annulée",
};

export const attendanceLabels: Record<Attendance, string> = {
  INVITED: "Invité",
  PRESENT: "Présent",
  EXCUSED: "Excusé",
  REPRESENTED: "Représenté",
  ABSENT: "Absent",
};

export const decisionStatusLabels: Record<DecisionStatus, string> = {
  OPEN: "Ouverte",
  IN_PROGRESS: "En cours",
  DONE: "Soldée",
  CANCELLED: "Abandonnée",
};

/** Labels of audited entities and actions, for the journal page. */
export const auditActionLabels: Record<string, string> = {
  "territory.update": "Modification du territoire",
  "convention.create": "Création de la convention",
  "convention.update": "Modification des informations",
  "convention.status": "Changement de statut",
  "convention.signed": "Convention signée et scellée",
  "signatory.create": "Ajout d'un signataire",
  "signatory.update": "Modification d'un signataire",
  "signatory.delete": "Retrait d'un signataire",
  "signatory.move": "Déplacement d'un signataire",
  "signatory.sign": "Signature",
  "article.create": "Ajout d'un article",
  "article.update": "Modification d'un article",
  "article.move": "Déplacement d'un article",
  "article.delete": "Suppression d'un article",
  "annex.create": "Ajout d'une annexe",
  "annex.update": "Modification d'une annexe",
  "annex.delete": "Suppression d'une annexe",
  "deliberation.create": "Enregistrement d'une délibération",
  "deliberation.update": "Correction d'une délibération",
  "avenant.create": "Création d'un avenant",
  "avenant.change.create": "Ajout d'une modification à l'avenant",
  "avenant.change.update": "Modification de l'avenant",
  "avenant.change.delete": "Retrait d'une modification de l'avenant",
  "avenant.validate": "Validation de l'avenant",
  "avenant.deliberation": "Délibération sur l'avenant",
  "avenant.sign": "Signature de l'avenant",
  "avenant.signed": "Avenant signé et scellé",
};

export const auditFieldLabels: Record<string, string> = {
  name: "Nom",
  title: "Titre",
  body: "Texte",
  status: "Statut",
  startDate: "Début",
  endDate: "Fin",
  place: "Lieu",
  copies: "Exemplaires",
  position: "Position",
  bodyLabel: "Intitulé",
  representativeName: "Représentant",
  representativeTitle: "Qualité",
  designation: "Désignation",
  signedAt: "Date de signature",
  signerName: "Signataire",
  number: "Numéro",
  siren: "SIREN",
  population: "Population",
  communes: "Communes",
};
