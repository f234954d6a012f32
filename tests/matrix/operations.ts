// Every server action, with the operation behind it and an input that aims at a given territory's records.
// tests/unit/matrix-completeness.test.ts fails when an action exported from lib/**/actions.ts is missing here,
// so a new action cannot escape the cross-territory matrix.
import type { z } from "zod";
import type { Actor } from "../../lib/auth/actor";
import * as avenants from "../../lib/conventions/avenants";
import { changeConventionStatus } from "../../lib/conventions/change-status";
import { deleteDraftConvention } from "../../lib/conventions/delete-draft";
import { createConvention } from "../../lib/conventions/create-convention";
import { saveDeliberation } from "../../lib/conventions/deliberations";
import { addArticle } from "../../lib/conventions/add-article";
import { moveArticle } from "../../lib/conventions/move-article";
import { moveSignatory } from "../../lib/conventions/move-signatory";
import { removeAnnex } from "../../lib/conventions/remove-annex";
import { removeArticle } from "../../lib/conventions/remove-article";
import { removeSignatory } from "../../lib/conventions/remove-signatory";
import { saveAnnex } from "../../lib/conventions/save-annex";
import { saveSignatory } from "../../lib/conventions/save-signatory";
import { updateConvention } from "../../lib/conventions/update-convention";
import { saveArticle } from "../../lib/conventions/save-article";
import * as c from "../../lib/conventions/schemas";
import { recordSignature } from "../../lib/conventions/sign-convention";
import { verifySignedDocument } from "../../lib/conventions/verify";
import { requireTerritory } from "../../lib/auth/scope";
import type { Db } from "../../lib/db/client";
import { createTerritorySchema, updateTerritorySchema } from "../../lib/territories/schemas";
import { createTerritory } from "../../lib/territories/create-territory";
import { createCaisse } from "../../lib/caisses/create-caisse";
import { createCaisseSchema } from "../../lib/caisses/schemas";
import { createOrganisation } from "../../lib/organisations/create-organisation";
import { deleteOrganisation } from "../../lib/organisations/delete-organisation";
import { updateOrganisation } from "../../lib/organisations/update-organisation";
import * as o from "../../lib/organisations/schemas";
import { addNote } from "../../lib/fiches-action/add-note";
import { changeFicheStatus } from "../../lib/fiches-action/change-fiche-status";
import { changeStatusInBulk } from "../../lib/fiches-action/change-status-in-bulk";
import { createFiche } from "../../lib/fiches-action/create-fiche";
import { removeBudgetLine } from "../../lib/fiches-action/remove-budget-line";
import { saveBudgetLine } from "../../lib/fiches-action/save-budget-line";
import { saveIndicator } from "../../lib/fiches-action/save-indicator";
import { saveIndicatorValue } from "../../lib/fiches-action/save-indicator-value";
import { linkIndicatorSeries } from "../../lib/fiches-action/link-indicator-series";
import { saveStep } from "../../lib/fiches-action/save-step";
import { updateFiche } from "../../lib/fiches-action/update-fiche";
import * as f from "../../lib/fiches-action/schemas";
import * as facilities from "../../lib/facilities/operations";
import * as fa from "../../lib/facilities/schemas";
import { updateTerritory } from "../../lib/territories/update-territory";
import { addAttendee } from "../../lib/meetings/add-attendee";
import { addDecision } from "../../lib/meetings/add-decision";
import { changeMeetingStatus } from "../../lib/meetings/change-meeting-status";
import { createMeeting } from "../../lib/meetings/create-meeting";
import { followUpDecision } from "../../lib/meetings/follow-up-decision";
import { recordAttendance } from "../../lib/meetings/record-attendance";
import { removeAttendee } from "../../lib/meetings/remove-attendee";
import { removeFicheReview } from "../../lib/meetings/remove-fiche-review";
import { reviewFiche } from "../../lib/meetings/review-fiche";
import { saveMinutes } from "../../lib/meetings/save-minutes";
import { updateDecision } from "../../lib/meetings/update-decision";
import { updateMeeting } from "../../lib/meetings/update-meeting";
import * as m from "../../lib/meetings/schemas";
import { acceptInvitationAsUser, acceptInvitationWithAccount } from "../../lib/account/accept-invitation";
import { changePassword } from "../../lib/account/change-password";
import { requestPasswordReset } from "../../lib/account/request-password-reset";
import { resetPassword } from "../../lib/account/reset-password";
import * as acc from "../../lib/account/schemas";
import { signOutEverywhere } from "../../lib/account/sign-out-everywhere";
import { updateAccountName } from "../../lib/account/update-name";
import { markAllRead, markRead, savePreferences } from "../../lib/notifications/centre";
import * as notif from "../../lib/notifications/schemas";
import { changeMembership } from "../../lib/users/change-membership";
import { deactivateUser } from "../../lib/users/deactivate-user";
import { inviteUser } from "../../lib/users/invite-user";
import { reactivateUser } from "../../lib/users/reactivate-user";
import { removeMembership } from "../../lib/users/remove-membership";
import { resendCaisseInvitation } from "../../lib/users/resend-invitation";
import { revokeCaisseInvitation } from "../../lib/users/revoke-invitation";
import * as u from "../../lib/users/schemas";
import { addContribution } from "../../lib/diagnostic/add-contribution";
import { deleteContribution } from "../../lib/diagnostic/delete-contribution";
import * as dg from "../../lib/diagnostic/finding-schemas";
import { saveFinding } from "../../lib/diagnostic/save-finding";

/** Ids of one territory's records (missing ones are replaced by ids that exist nowhere). */
export type TargetIds = {
  territoryId: string;
  territoryVersion: number;
  conventionId: string;
  conventionVersion: number;
  articleId: string;
  articleVersion: number;
  signatoryId: string;
  annexId: string;
  organisationId: string;
  avenantId: string;
  avenantVersion: number;
  changeId: string;
  ficheId: string;
  ficheVersion: number;
  indicatorId: string;
  budgetLineId: string;
  facilityId: string;
  /** A partner's contribution to the territory's diagnostic. */
  contributionId: string;
  meetingId: string;
  meetingVersion: number;
  attendeeId: string;
  reviewId: string;
  decisionId: string;
  decisionVersion: number;
  /** A later meeting of the same territory, where decisions are followed up. */
  laterMeetingId: string;
  /** The territory's caisse, and people of it: a role held on the territory, its holder, a pending invitation. */
  caisseId: string;
  membershipId: string;
  userId: string;
  invitationId: string;
};

export type MatrixEntry = {
  /** "<file>#<export>" of the server action. */
  action: string;
  /**
   * What the action aims at: a territory's records (the default), a caisse's people, partners or territories
   * (NOT_FOUND to everyone for another caisse), the caller's own account ("self": no target, the matrices skip it) or anonymous callers with a
   * secret token ("public": no target either). Dedicated tests cover "self" and "public" (tests/integration/people).
   */
  scope?: "territory" | "caisse" | "self" | "public";
  /** "anonymous": the fuzzer sends it as the anonymous caller only (a valid input would change the caller's own account). */
  fuzzAs?: "anonymous";
  schema: z.ZodType;
  operation: (db: Db, actor: Actor, input: never) => Promise<unknown>;
  /** A valid input that writes to (or reads) the target territory's records. */
  input: (target: TargetIds) => Record<string, unknown>;
};

const conv = (t: TargetIds) => ({ conventionId: t.conventionId, version: t.conventionVersion });
const aven = (t: TargetIds) => ({ avenantId: t.avenantId, version: t.avenantVersion });
const deliberation = {
  assembly: "Conseil",
  sessionDate: "2023-10-12",
  number: "D1",
  membersInOffice: 10,
  membersPresent: 8,
  membersVoting: 8,
  votesFor: 8,
  votesAgainst: 0,
  abstentions: 0,
};
const op = <T>(fn: (db: Db, actor: Actor, input: T) => Promise<unknown>) => fn as MatrixEntry["operation"];
const file = "lib/conventions/actions.ts#";
const fiche = "lib/fiches-action/actions.ts#";
const meeting = "lib/meetings/actions.ts#";
const people = "lib/users/actions.ts#";
const diagnostic = "lib/diagnostic/finding-actions.ts#";
const account = "lib/account/actions.ts#";
/** A well-formed link token that names nothing. */
export const UNKNOWN_TOKEN = "A".repeat(43);
const PROBE_PASSWORD = "une phrase de passe assez longue";

const partner = (t: TargetIds) => ({
  caisseId: t.caisseId,
  kind: "ASSOCIATION",
  name: "Partenaire d'un tiers",
  shortName: "",
  siren: "",
  territoryId: t.territoryId,
});

export const operationMatrix: MatrixEntry[] = [
  {
    // Platform operators only: every role of every caisse gets NOT_FOUND, whatever the target.
    action: "lib/caisses/actions.ts#createCaisseAction",
    schema: createCaisseSchema,
    operation: op(createCaisse),
    input: () => ({
      kind: "CAF",
      departement: "30",
      name: "Caisse d'allocations familiales du Gard",
      shortName: "CAF du Gard",
      adminName: "Un tiers",
      adminEmail: "tiers@example.fr",
      confirmSecond: true,
    }),
  },
  {
    action: "lib/territories/actions.ts#createTerritoryAction",
    scope: "caisse",
    schema: createTerritorySchema,
    operation: op(createTerritory),
    input: (t) => ({
      caisseId: t.caisseId,
      epciSiren: "244800405",
      name: "Territoire d'un tiers",
      confirmOutside: true,
      addCommunes: true,
    }),
  },
  {
    action: "lib/organisations/actions.ts#createOrganisationAction",
    scope: "caisse",
    schema: o.createOrganisationSchema,
    operation: op(createOrganisation),
    input: partner,
  },
  {
    action: "lib/organisations/actions.ts#updateOrganisationAction",
    scope: "caisse",
    schema: o.updateOrganisationSchema,
    operation: op(updateOrganisation),
    input: (t) => ({ ...partner(t), organisationId: t.organisationId, version: 1 }),
  },
  {
    action: "lib/organisations/actions.ts#deleteOrganisationAction",
    scope: "caisse",
    schema: o.deleteOrganisationSchema,
    operation: op(deleteOrganisation),
    input: (t) => ({ caisseId: t.caisseId, organisationId: t.organisationId, version: 1 }),
  },
  {
    action: "lib/territories/actions.ts#updateTerritoryAction",
    schema: updateTerritorySchema,
    operation: op(updateTerritory),
    input: (t) => ({
      territoryId: t.territoryId,
      version: t.territoryVersion,
      name: "Nom modifié par un tiers",
      siren: "",
      population: "",
    }),
  },
  {
    action: `${file}createConventionAction`,
    schema: c.createConventionSchema,
    operation: op(createConvention),
    input: (t) => ({
      territoryId: t.territoryId,
      mode: "model",
      title: "CTG",
      startDate: "2030-01-01",
      endDate: "2034-12-31",
    }),
  },
  {
    action: `${file}updateConventionAction`,
    schema: c.updateConventionSchema,
    operation: op(updateConvention),
    input: (t) => ({ ...conv(t), title: "Titre d'un tiers", startDate: "2024-01-01", endDate: "2028-12-31" }),
  },
  {
    action: `${file}deleteDraftConventionAction`,
    schema: c.deleteDraftSchema,
    operation: op(deleteDraftConvention),
    input: (t) => conv(t),
  },
  {
    action: `${file}changeConventionStatusAction`,
    schema: c.changeStatusSchema,
    operation: op(changeConventionStatus),
    input: (t) => ({ ...conv(t), to: "CONSULTATION" }),
  },
  {
    action: `${file}saveSignatoryAction`,
    schema: c.saveSignatorySchema,
    operation: op(saveSignatory),
    input: (t) => ({
      ...conv(t),
      signatoryId: t.signatoryId,
      organisationId: t.organisationId,
      bodyLabel: "X",
      representativeName: "X",
      representativeTitle: "X",
      designation: "X",
    }),
  },
  {
    action: `${file}removeSignatoryAction`,
    schema: c.removeSignatorySchema,
    operation: op(removeSignatory),
    input: (t) => ({ ...conv(t), signatoryId: t.signatoryId }),
  },
  {
    action: `${file}moveSignatoryAction`,
    schema: c.moveSignatorySchema,
    operation: op(moveSignatory),
    input: (t) => ({ ...conv(t), signatoryId: t.signatoryId, direction: "down" }),
  },
  {
    action: `${file}saveArticleAction`,
    schema: c.saveArticleSchema,
    operation: op(saveArticle),
    input: (t) => ({
      conventionId: t.conventionId,
      articleId: t.articleId,
      version: t.articleVersion,
      title: "X",
      body: "<p>X</p>",
    }),
  },
  {
    action: `${file}addArticleAction`,
    schema: c.addArticleSchema,
    operation: op(addArticle),
    input: (t) => ({ ...conv(t), kind: "ARTICLE", title: "X", body: "" }),
  },
  {
    action: `${file}moveArticleAction`,
    schema: c.moveArticleSchema,
    operation: op(moveArticle),
    input: (t) => ({ ...conv(t), articleId: t.articleId, direction: "down" }),
  },
  {
    action: `${file}removeArticleAction`,
    schema: c.removeArticleSchema,
    operation: op(removeArticle),
    input: (t) => ({ ...conv(t), articleId: t.articleId }),
  },
  {
    action: `${file}saveAnnexAction`,
    schema: c.saveAnnexSchema,
    operation: op(saveAnnex),
    input: (t) => ({ ...conv(t), annexId: t.annexId, code: "9", title: "X", content: "TEXT", body: "<p>X</p>" }),
  },
  {
    action: `${file}removeAnnexAction`,
    schema: c.removeAnnexSchema,
    operation: op(removeAnnex),
    input: (t) => ({ ...conv(t), annexId: t.annexId }),
  },
  {
    action: `${file}saveDeliberationAction`,
    schema: c.saveDeliberationSchema,
    operation: op(saveDeliberation),
    input: (t) => ({ ...conv(t), signatoryId: t.signatoryId, ...deliberation }),
  },
  {
    action: `${file}recordSignatureAction`,
    schema: c.recordSignatureSchema,
    operation: op(recordSignature),
    input: (t) => ({ ...conv(t), signatoryId: t.signatoryId, signedAt: "2024-01-01", signerName: "X" }),
  },
  {
    action: `${file}createAvenantAction`,
    schema: c.createAvenantSchema,
    operation: op(avenants.createAvenant),
    input: (t) => ({ conventionId: t.conventionId, expectedNumber: 1, object: "X" }),
  },
  {
    action: `${file}saveAvenantChangeAction`,
    schema: c.saveAvenantChangeSchema,
    operation: op(avenants.saveAvenantChange),
    input: (t) => ({ ...aven(t), kind: "ADD", title: "X", body: "<p>X</p>" }),
  },
  {
    action: `${file}removeAvenantChangeAction`,
    schema: c.removeAvenantChangeSchema,
    operation: op(avenants.removeAvenantChange),
    input: (t) => ({ ...aven(t), changeId: t.changeId }),
  },
  {
    action: `${file}validateAvenantAction`,
    schema: c.validateAvenantSchema,
    operation: op(avenants.validateAvenant),
    input: (t) => aven(t),
  },
  {
    action: `${file}saveAvenantDeliberationAction`,
    schema: c.saveAvenantDeliberationSchema,
    operation: op(avenants.saveAvenantDeliberation),
    input: (t) => ({ ...aven(t), signatoryId: t.signatoryId, ...deliberation }),
  },
  {
    action: `${file}signAvenantAction`,
    schema: c.signAvenantSchema,
    operation: op(avenants.signAvenant),
    input: (t) => ({ ...aven(t), signatoryId: t.signatoryId, signedAt: "2025-01-01", signerName: "X" }),
  },
  {
    action: `${file}verifyHashAction`,
    schema: c.verifyHashSchema,
    operation: op(async (db: Db, actor: Actor, input: { territoryId: string; sha256: string }) => {
      await requireTerritory(db, actor, { id: input.territoryId }, "territory.read");
      return verifySignedDocument(db, actor, { sha256: input.sha256 });
    }),
    input: (t) => ({ territoryId: t.territoryId, sha256: "0".repeat(64) }),
  },
  {
    action: `${fiche}createFicheAction`,
    schema: f.createFicheSchema,
    operation: op(createFiche),
    input: (t) => ({ conventionId: t.conventionId, number: "99.1", title: "Fiche d'un tiers", themes: ["YOUTH"] }),
  },
  {
    action: `${fiche}updateFicheAction`,
    schema: f.updateFicheSchema,
    operation: op(updateFiche),
    input: (t) => ({
      ficheId: t.ficheId,
      version: t.ficheVersion,
      number: "1",
      title: "Fiche modifiée par un tiers",
      themes: ["YOUTH"],
    }),
  },
  {
    action: `${fiche}changeFicheStatusAction`,
    schema: f.changeFicheStatusSchema,
    operation: op(changeFicheStatus),
    input: (t) => ({ ficheId: t.ficheId, version: t.ficheVersion, status: "ABANDONED", comment: "Tiers" }),
  },
  {
    action: `${fiche}bulkStatusAction`,
    schema: f.bulkStatusSchema,
    operation: op(changeStatusInBulk),
    input: (t) => ({ territoryId: t.territoryId, ficheIds: [t.ficheId], status: "ABANDONED" }),
  },
  {
    action: `${fiche}addNoteAction`,
    schema: f.addNoteSchema,
    operation: op(addNote),
    input: (t) => ({ ficheId: t.ficheId, date: "2025-01-01", body: "Note d'un tiers" }),
  },
  {
    action: `${fiche}saveStepAction`,
    schema: f.saveStepSchema,
    operation: op(saveStep),
    input: (t) => ({ ficheId: t.ficheId, title: "Étape d'un tiers" }),
  },
  {
    action: `${fiche}saveIndicatorAction`,
    schema: f.saveIndicatorSchema,
    operation: op(saveIndicator),
    input: (t) => ({ ficheId: t.ficheId, indicatorId: t.indicatorId, name: "Indicateur d'un tiers" }),
  },
  {
    action: `${fiche}linkIndicatorSeriesAction`,
    schema: f.linkIndicatorSeriesSchema,
    operation: op(linkIndicatorSeries),
    input: (t) => ({ indicatorId: t.indicatorId, diagnosticSeries: "txcouv" }),
  },
  {
    action: `${fiche}saveIndicatorValueAction`,
    schema: f.saveIndicatorValueSchema,
    operation: op(saveIndicatorValue),
    input: (t) => ({ indicatorId: t.indicatorId, year: 2025, value: "1" }),
  },
  {
    action: `${fiche}saveBudgetLineAction`,
    schema: f.saveBudgetLineSchema,
    operation: op(saveBudgetLine),
    input: (t) => ({
      ficheId: t.ficheId,
      lineId: t.budgetLineId,
      year: 2025,
      funderOrganisationId: t.organisationId,
      planned: "1000",
    }),
  },
  {
    action: `${fiche}removeBudgetLineAction`,
    schema: f.removeFicheChildSchema,
    operation: op(removeBudgetLine),
    input: (t) => ({ ficheId: t.ficheId, childId: t.budgetLineId }),
  },
  {
    action: "lib/facilities/actions.ts#saveFacilityAction",
    schema: fa.saveFacilitySchema,
    operation: op(facilities.saveFacility),
    input: (t) => ({ territoryId: t.territoryId, name: "Crèche d'un tiers", type: "EAJE", capacity: "10" }),
  },
  {
    action: "lib/facilities/actions.ts#saveFundingRateAction",
    schema: fa.saveFundingRateSchema,
    operation: op(facilities.saveFundingRate),
    input: (t) => ({ territoryId: t.territoryId, facilityType: "EAJE", ratePerPlace: "999", validFrom: "2031-01-01" }),
  },
  {
    action: `${meeting}createMeetingAction`,
    schema: m.createMeetingSchema,
    operation: op(createMeeting),
    input: (t) => ({
      territoryId: t.territoryId,
      kind: "COPIL",
      date: "2025-06-12",
      time: "14:00",
      place: "Chez un tiers",
    }),
  },
  {
    action: `${meeting}updateMeetingAction`,
    schema: m.updateMeetingSchema,
    operation: op(updateMeeting),
    input: (t) => ({
      meetingId: t.meetingId,
      version: t.meetingVersion,
      kind: "COTECH",
      date: "2025-06-12",
      time: "14:00",
      place: "Chez un tiers",
    }),
  },
  {
    action: `${meeting}changeMeetingStatusAction`,
    schema: m.changeMeetingStatusSchema,
    operation: op(changeMeetingStatus),
    input: (t) => ({ meetingId: t.meetingId, version: t.meetingVersion, status: "CANCELLED" }),
  },
  {
    action: `${meeting}addAttendeeAction`,
    schema: m.addAttendeeSchema,
    operation: op(addAttendee),
    input: (t) => ({ meetingId: t.meetingId, name: "Un tiers" }),
  },
  {
    action: `${meeting}removeAttendeeAction`,
    schema: m.removeAttendeeSchema,
    operation: op(removeAttendee),
    input: (t) => ({ meetingId: t.meetingId, attendeeId: t.attendeeId }),
  },
  {
    action: `${meeting}recordAttendanceAction`,
    schema: m.recordAttendanceSchema,
    operation: op(recordAttendance),
    input: (t) => ({
      meetingId: t.meetingId,
      version: t.meetingVersion,
      entries: [{ attendeeId: t.attendeeId, attendance: "ABSENT" }],
    }),
  },
  {
    action: `${meeting}saveMinutesAction`,
    schema: m.saveMinutesSchema,
    operation: op(saveMinutes),
    input: (t) => ({ meetingId: t.meetingId, version: t.meetingVersion, minutes: "<p>Compte rendu d'un tiers</p>" }),
  },
  {
    action: `${meeting}reviewFicheAction`,
    schema: m.reviewFicheSchema,
    operation: op(reviewFiche),
    input: (t) => ({ meetingId: t.meetingId, ficheId: t.ficheId }),
  },
  {
    action: `${meeting}removeFicheReviewAction`,
    schema: m.removeFicheReviewSchema,
    operation: op(removeFicheReview),
    input: (t) => ({ meetingId: t.meetingId, reviewId: t.reviewId }),
  },
  {
    action: `${meeting}addDecisionAction`,
    schema: m.addDecisionSchema,
    operation: op(addDecision),
    input: (t) => ({ meetingId: t.meetingId, text: "Décision d'un tiers", ownerName: "Un tiers" }),
  },
  {
    action: `${meeting}updateDecisionAction`,
    schema: m.updateDecisionSchema,
    operation: op(updateDecision),
    input: (t) => ({
      decisionId: t.decisionId,
      version: t.decisionVersion,
      text: "Décision modifiée par un tiers",
      ownerName: "Un tiers",
    }),
  },
  {
    action: `${meeting}followUpDecisionAction`,
    schema: m.followUpDecisionSchema,
    operation: op(followUpDecision),
    input: (t) => ({
      decisionId: t.decisionId,
      version: t.decisionVersion,
      meetingId: t.laterMeetingId,
      statusAfter: "CANCELLED",
    }),
  },
  {
    action: "lib/facilities/actions.ts#addFacilityFundingAction",
    schema: fa.addFacilityFundingSchema,
    operation: op(facilities.addFacilityFunding),
    input: (t) => ({ facilityId: t.facilityId, year: 2025, kind: "OTHER", amount: "1000" }),
  },
  {
    action: `${diagnostic}saveDiagnosticFindingAction`,
    schema: dg.saveFindingSchema,
    operation: op(saveFinding),
    input: (t) => ({
      territoryId: t.territoryId,
      theme: "PETITE_ENFANCE",
      version: 0,
      body: "<p>Constats d'un tiers</p>",
    }),
  },
  {
    action: `${diagnostic}addDiagnosticContributionAction`,
    schema: dg.addContributionSchema,
    operation: op(addContribution),
    input: (t) => ({ territoryId: t.territoryId, theme: "FAMILLES", body: "Contribution d'un tiers" }),
  },
  {
    action: `${diagnostic}deleteDiagnosticContributionAction`,
    schema: dg.deleteContributionSchema,
    operation: op(deleteContribution),
    input: (t) => ({ contributionId: t.contributionId }),
  },
  // People of a caisse (user.manage): aimed at the target territory's caisse.
  {
    action: `${people}inviteUserAction`,
    scope: "caisse",
    schema: u.inviteUserSchema,
    operation: op(inviteUser),
    input: (t) => ({
      caisseId: t.caisseId,
      name: "Une personne",
      email: "invitee-par-un-tiers@exemple.fr",
      role: "EPCI_STAFF",
      territoryId: t.territoryId,
      organisationId: "",
    }),
  },
  {
    action: `${people}resendInvitationAction`,
    scope: "caisse",
    schema: u.invitationRefSchema,
    operation: op(resendCaisseInvitation),
    input: (t) => ({ caisseId: t.caisseId, invitationId: t.invitationId }),
  },
  {
    action: `${people}revokeInvitationAction`,
    scope: "caisse",
    schema: u.invitationRefSchema,
    operation: op(revokeCaisseInvitation),
    input: (t) => ({ caisseId: t.caisseId, invitationId: t.invitationId }),
  },
  {
    action: `${people}changeMembershipAction`,
    scope: "caisse",
    schema: u.changeMembershipSchema,
    operation: op(changeMembership),
    input: (t) => ({
      caisseId: t.caisseId,
      membershipId: t.membershipId,
      currentRole: "EPCI_STAFF",
      role: "COPIL_MEMBER",
      territoryId: t.territoryId,
      organisationId: "",
    }),
  },
  {
    action: `${people}removeMembershipAction`,
    scope: "caisse",
    schema: u.membershipRefSchema,
    operation: op(removeMembership),
    input: (t) => ({ caisseId: t.caisseId, membershipId: t.membershipId }),
  },
  {
    action: `${people}deactivateUserAction`,
    scope: "caisse",
    schema: u.userRefSchema,
    operation: op(deactivateUser),
    input: (t) => ({ caisseId: t.caisseId, userId: t.userId }),
  },
  {
    action: `${people}reactivateUserAction`,
    scope: "caisse",
    schema: u.userRefSchema,
    operation: op(reactivateUser),
    input: (t) => ({ caisseId: t.caisseId, userId: t.userId }),
  },
  // One's own account: no target (the caller's own rows).
  {
    action: `${account}updateAccountNameAction`,
    scope: "self",
    fuzzAs: "anonymous",
    schema: acc.updateNameSchema,
    operation: op(updateAccountName),
    input: () => ({ name: "Nouveau nom" }),
  },
  {
    action: `${account}changePasswordAction`,
    scope: "self",
    schema: acc.changePasswordSchema,
    operation: op(changePassword),
    // A wrong current password: refused whatever the new one.
    input: () => ({ currentPassword: "pas-le-mot-de-passe", password: PROBE_PASSWORD, confirmation: PROBE_PASSWORD }),
  },
  {
    action: `${account}signOutEverywhereAction`,
    scope: "self",
    fuzzAs: "anonymous",
    schema: acc.signOutEverywhereSchema,
    operation: op((db, actor) => signOutEverywhere(db, actor)),
    input: () => ({}),
  },
  {
    action: `${account}acceptInvitationAction`,
    scope: "self",
    schema: acc.acceptInvitationSchema,
    operation: op(acceptInvitationAsUser),
    input: () => ({ token: UNKNOWN_TOKEN }),
  },
  // One's own notifications (every query filters on the caller's id).
  {
    action: "lib/notifications/actions.ts#markNotificationReadAction",
    scope: "self",
    schema: notif.markReadSchema,
    operation: op(markRead),
    input: () => ({ notificationId: ABSENT_ID }),
  },
  {
    action: "lib/notifications/actions.ts#markAllNotificationsReadAction",
    scope: "self",
    fuzzAs: "anonymous",
    schema: notif.markAllReadSchema,
    operation: op((db, actor) => markAllRead(db, actor)),
    input: () => ({}),
  },
  {
    action: "lib/notifications/actions.ts#saveNotificationPreferencesAction",
    scope: "self",
    fuzzAs: "anonymous",
    schema: notif.preferencesSchema,
    operation: op(savePreferences),
    input: () => ({
      FICHES: "DIGEST",
      MEETINGS: "IMMEDIATE",
      DECISIONS: "APP_ONLY",
      CONVENTIONS: "IMMEDIATE",
      digestHour: 7,
    }),
  },
  // Anonymous callers with a secret token (or an address that has no account).
  {
    action: `${account}acceptInvitationWithAccountAction`,
    scope: "public",
    schema: acc.acceptInvitationWithAccountSchema,
    operation: op((db, _actor, input: acc.AcceptInvitationWithAccountData) => acceptInvitationWithAccount(db, input)),
    input: () => ({
      token: UNKNOWN_TOKEN,
      name: "Nouvelle personne",
      password: PROBE_PASSWORD,
      confirmation: PROBE_PASSWORD,
    }),
  },
  {
    action: `${account}requestPasswordResetAction`,
    scope: "public",
    schema: acc.requestPasswordResetSchema,
    operation: op((db, _actor, input: { email: string }) => requestPasswordReset(db, input, "matrix")),
    input: () => ({ email: "aucun-compte@exemple.fr" }),
  },
  {
    action: `${account}resetPasswordAction`,
    scope: "public",
    schema: acc.resetPasswordSchema,
    operation: op((db, _actor, input: acc.ResetPasswordData) => resetPassword(db, input)),
    input: () => ({ token: UNKNOWN_TOKEN, password: PROBE_PASSWORD, confirmation: PROBE_PASSWORD }),
  },
];

/** Ids that exist in no territory, for records a territory lacks. */
export const ABSENT_ID = "cl_absent_00000000000000";
