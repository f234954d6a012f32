// The French labels of every enum code. The database stores the English codes only.
import type { AuditAction } from "./audit/events";
import type {
  Attendance,
  AvenantStatus,
  BudgetNature,
  CaisseKind,
  ConventionStatus,
  DecisionStatus,
  DiagnosticTheme,
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
  CAISSE_ADMIN: "Administratrice ou administrateur de la caisse",
  COOPERATION_OFFICER: "Chargée de coopération",
  EPCI_STAFF: "Agent EPCI",
  PILOT_CONTRIBUTOR: "Contributeur pilote",
  COPIL_MEMBER: "Membre du copil",
};

/**
 * A role with its scope: "Chargée de coopération (toute la caisse)", "Agent EPCI — Cœur de Lozère",
 * "Contributeur pilote — Cœur de Lozère — Mairie de Chanac".
 */
export function roleWithScope(role: Role, territoryName?: string | null, organisationName?: string | null): string {
  if (!territoryName) return `${roleLabels[role]} (toute la caisse)`;
  return [roleLabels[role], territoryName, organisationName].filter(Boolean).join(" — ");
}

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

/** The themes of the shared diagnostic (the same titles as lib/diagnostic/catalogue.ts' THEMES). */
export const diagnosticThemeLabels: Record<DiagnosticTheme, string> = {
  PETITE_ENFANCE: "Petite enfance",
  FAMILLES: "Familles",
  LOGEMENT: "Logement",
  MINIMA_SOCIAUX: "Minima sociaux et handicap",
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

/** Labels of audited actions, for the journal page: a Record over AuditAction, so a new code without a label does not compile. */
export const auditActionLabels: Record<AuditAction, string> = {
  "territory.update": "Modification du territoire",
  "convention.create": "Création de la convention",
  "convention.delete": "Suppression du brouillon",
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
  "fiche.create": "Création d'une fiche-action",
  "fiche.update": "Modification d'une fiche-action",
  "fiche.status": "Changement de statut d'une fiche-action",
  "fiche.note": "Note ajoutée à une fiche-action",
  "fiche.step.create": "Ajout d'une étape",
  "fiche.step.update": "Modification d'une étape",
  "indicator.create": "Ajout d'un indicateur",
  "indicator.update": "Modification d'un indicateur",
  "indicator.value": "Saisie d'une valeur d'indicateur",
  "indicator.diagnostic": "Mise à jour d'un indicateur depuis le diagnostic",
  "diagnostic.import": "Import de données ouvertes du diagnostic",
  "diagnostic.finding": "Constats du diagnostic",
  "diagnostic.contribution.create": "Contribution au diagnostic",
  "diagnostic.contribution.delete": "Retrait d'une contribution au diagnostic",
  "budget.create": "Ajout d'une ligne budgétaire",
  "budget.update": "Modification d'une ligne budgétaire",
  "budget.delete": "Suppression d'une ligne budgétaire",
  "plan.import": "Import du plan d'actions (Excel)",
  "facility.create": "Ajout d'un équipement",
  "facility.update": "Modification d'un équipement",
  "facility.funding": "Financement d'un équipement",
  "rate.create": "Ajout d'un barème",
  "meeting.create": "Programmation d'une réunion",
  "meeting.update": "Modification d'une réunion",
  "meeting.status": "Changement de statut d'une réunion",
  "meeting.invite": "Invitation d'un membre",
  "meeting.uninvite": "Retrait d'un invité",
  "meeting.attendance": "Feuille de présence",
  "meeting.minutes": "Compte rendu",
  "meeting.review": "Fiche-action examinée en réunion",
  "meeting.unreview": "Examen d'une fiche-action retiré",
  "decision.create": "Décision prise",
  "decision.update": "Modification d'une décision",
  "decision.followUp": "Suivi d'une décision",
  "caisse.create": "Ouverture de la caisse",
  "territory.create": "Création du territoire",
  "organisation.create": "Ajout d'un partenaire",
  "organisation.update": "Modification d'un partenaire",
  "organisation.delete": "Suppression d'un partenaire",
  "invitation.create": "Invitation envoyée",
  "invitation.resend": "Invitation renvoyée",
  "invitation.revoke": "Invitation annulée",
  "invitation.accept": "Invitation acceptée",
  "membership.create": "Attribution d'un rôle",
  "membership.update": "Modification d'un rôle",
  "membership.delete": "Retrait d'un rôle",
  "user.update": "Modification du compte",
  "user.notifications": "Préférences de notification",
  "user.deactivate": "Désactivation du compte",
  "user.reactivate": "Réactivation du compte",
  "user.password": "Changement de mot de passe",
  "user.passwordReset": "Réinitialisation du mot de passe",
  "user.signOutEverywhere": "Déconnexion de tous les appareils",
  "user.identityLinked": "Liaison d'une identité ProConnect",
};

/** The label of a stored action code; a code this version does not know (none is written) still reads as French. */
export function auditActionLabel(code: string): string {
  return auditActionLabels[code as AuditAction] ?? "Autre opération";
}

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
  kind: "Nature",
  type: "Type",
  text: "Texte",
  comment: "Commentaire",
  done: "Fait",
  content: "Contenu",
  assembly: "Assemblée",
  mustDeliberate: "Délibère",
  sessionDate: "Date de séance",
  membersInOffice: "Membres en exercice",
  membersPresent: "Membres présents",
  membersVoting: "Votants",
  votesFor: "Pour",
  votesAgainst: "Contre",
  abstentions: "Abstentions",
  nonParticipants: "Ne prennent pas part au vote",
  sentToPrefectureAt: "Transmission en préfecture",
  receivedByPrefectureAt: "Réception en préfecture",
  sha256: "Empreinte SHA-256",
  previousConventionId: "Convention précédente",
  organisationId: "Organisme",
  capacity: "Capacité",
  facilityType: "Type d'équipement",
  openedOn: "Ouverture",
  closedOn: "Fermeture",
  ratePerPlace: "Montant par place",
  amount: "Montant",
  year: "Année",
  planned: "Prévu",
  actual: "Réalisé",
  nature: "Nature de la dépense",
  funderOrganisationId: "Financeur",
  description: "Description",
  findings: "Constats du diagnostic",
  generalObjective: "Objectif général",
  operationalObjectives: "Objectifs opérationnels",
  targetPublic: "Public visé",
  themes: "Thématiques",
  priority: "Priorité",
  startMonth: "Début",
  endMonth: "Fin",
  fte: "ETP",
  unit: "Unité",
  baselineValue: "Valeur de référence",
  baselineYear: "Année de référence",
  targetValue: "Cible",
  targetYear: "Année cible",
  diagnosticSeries: "Valeurs issues du diagnostic",
  source: "Source",
  direction: "Sens",
  mode: "Mode",
  startsAt: "Date et heure",
  isAdviser: "À titre consultatif",
  attendance: "Présence",
  representedBy: "Représenté par",
  dueDate: "Échéance",
  ownerName: "Responsable",
  ownerOrganisationId: "Organisme responsable",
  chair: "Présidence",
  statusAfter: "Statut après suivi",
  fiche: "Fiche-action",
  signatory: "Signataire",
  value: "Valeur",
  textValue: "Valeur (texte)",
  object: "Objet",
  pilotOrganisationId: "Pilote",
  coPilotOrganisationId: "Co-pilote",
  axisId: "Axe",
  theme: "Thème",
  organisationName: "Organisation",
};

/** The labels of coded values in the journal, by the entity an action names ("fiche.status" → fiche statuses). */
const auditValueLabels: Record<string, Record<string, Record<string, string>>> = {
  convention: { status: conventionStatusLabels },
  avenant: { status: avenantStatusLabels },
  fiche: {
    status: ficheStatusLabels,
    fromStatus: ficheStatusLabels,
    toStatus: ficheStatusLabels,
    priority: priorityLabels,
    theme: themeLabels,
  },
  meeting: { status: meetingStatusLabels, kind: meetingKindLabels, attendance: attendanceLabels },
  decision: { status: decisionStatusLabels, statusAfter: decisionStatusLabels },
  indicator: { kind: indicatorKindLabels, frequency: frequencyLabels },
  budget: { nature: budgetNatureLabels },
  facility: { type: facilityTypeLabels },
  organisation: { kind: organisationKindLabels },
  membership: { role: roleLabels },
  invitation: { role: roleLabels },
  diagnostic: { theme: diagnosticThemeLabels },
};

/**
 * A value of a journal entry as French: the label of a status or a kind ("SIGNED" → "Signée") when the action's
 * entity names one for that field, else the value itself.
 */
export function auditValueLabel(action: string, field: string, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const labels = auditValueLabels[action.split(".")[0]]?.[field];
  return labels?.[value] ?? value;
}
