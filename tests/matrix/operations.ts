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
import { updateTerritorySchema } from "../../lib/territories/schemas";
import { addNote } from "../../lib/fiches-action/add-note";
import { changeFicheStatus } from "../../lib/fiches-action/change-fiche-status";
import { changeStatusInBulk } from "../../lib/fiches-action/change-status-in-bulk";
import { createFiche } from "../../lib/fiches-action/create-fiche";
import { removeBudgetLine } from "../../lib/fiches-action/remove-budget-line";
import { saveBudgetLine } from "../../lib/fiches-action/save-budget-line";
import { saveIndicator } from "../../lib/fiches-action/save-indicator";
import { saveIndicatorValue } from "../../lib/fiches-action/save-indicator-value";
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
  meetingId: string;
  meetingVersion: number;
  attendeeId: string;
  reviewId: string;
  decisionId: string;
  decisionVersion: number;
  /** A later meeting of the same territory, where decisions are followed up. */
  laterMeetingId: string;
};

export type MatrixEntry = {
  /** "<file>#<export>" of the server action. */
  action: string;
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

export const operationMatrix: MatrixEntry[] = [
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
];

/** Ids that exist in no territory, for records a territory lacks. */
export const ABSENT_ID = "cl_absent_00000000000000";
