// Writes to the steering meetings (copil, cotech) and their decisions. Each: the meeting reached through the
// caller's territory scope (foreign = missing), the meeting's version where a form edits it, the change and
// its audit event in one transaction.
//
// Rules:
// - attendance (present, excused, represented, absent), fiche reviews and decisions are recorded once the
//   meeting's day has come, never on a cancelled meeting; a meeting can be marked held only from its day on;
// - a fiche review keeps the fiche's status at the time it is recorded (the snapshot never changes);
// - a decision stays open until a follow-up at a LATER meeting closes it (done or abandoned); a closed decision
//   is no longer edited nor followed up.
import type { Actor } from "../auth/actor";
import { requireTerritory, requireTerritoryOfRecord, type TerritoryScope } from "../auth/scope";
import { diffFields, recordAudit } from "../audit/record";
import { sanitizeRichText } from "../conventions/rich-text";
import type { Db, Tx } from "../db/client";
import { AppError } from "../errors";
import { currentPlanConvention } from "../fiches-action/plan";
import {
  CLOSED_DECISION_STATUSES,
  parisParts,
  type AddAttendeeData,
  type AddDecisionData,
  type ChangeMeetingStatusData,
  type CreateMeetingData,
  type FollowUpDecisionData,
  type RecordAttendanceData,
  type ReviewFicheData,
  type SaveMinutesData,
  type UpdateDecisionData,
  type UpdateMeetingData,
} from "./schemas";

export const MEETING_NOT_FOUND = "Réunion introuvable.";
export const DECISION_NOT_FOUND = "Décision introuvable.";
const CONFLICT =
  "Cette réunion a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour voir la dernière version.";

type Meeting = {
  id: string;
  territoryId: string;
  startsAt: Date;
  status: "PLANNED" | "HELD" | "CANCELLED";
  version: number;
};

const auditOf =
  (actor: Actor, scope: TerritoryScope) =>
  (tx: Tx, entity: string, entityId: string, action: string, changes?: Record<string, unknown>) =>
    recordAudit(tx, {
      actorId: actor.id,
      caisseId: scope.territory.caisseId,
      territoryId: scope.territory.id,
      entity,
      entityId,
      action,
      changes,
    });

/** A meeting of a territory the caller may edit meetings on; foreign meetings read as missing. */
export async function requireMeetingForEdit(
  db: Db | Tx,
  actor: Actor,
  meetingId: string,
): Promise<{ scope: TerritoryScope; meeting: Meeting }> {
  const found = await db.meeting.findUnique({ where: { id: meetingId }, select: { territoryId: true } });
  if (!found) throw new AppError("NOT_FOUND", MEETING_NOT_FOUND);
  const scope = await requireTerritoryOfRecord(db as Db, actor, found.territoryId, "meeting.edit", MEETING_NOT_FOUND);
  const meeting = await db.meeting.findFirstOrThrow({
    where: { id: meetingId, territoryId: scope.territory.id },
    select: { id: true, territoryId: true, startsAt: true, status: true, version: true },
  });
  return { scope, meeting };
}

/** The day of the meeting (Paris) has come: what happened at it can be recorded. */
export function meetingHasBegun(meeting: { startsAt: Date }, now = new Date()): boolean {
  return parisParts(meeting.startsAt).date <= parisParts(now).date;
}

/** A decision still open whose due date is before today (Paris): due dates are days, stored at UTC midnight. */
export function isOverdue(decision: { dueDate: Date | null; status: string }, now = new Date()): boolean {
  if (!decision.dueDate || decision.status === "DONE" || decision.status === "CANCELLED") return false;
  return decision.dueDate.toISOString().slice(0, 10) < parisParts(now).date;
}

function assertRecordable(meeting: Meeting, now: Date, what: string) {
  if (meeting.status === "CANCELLED")
    throw new AppError("INVALID_STATE", `Réunion annulée : impossible d'enregistrer ${what}.`);
  if (!meetingHasBegun(meeting, now))
    throw new AppError(
      "INVALID_STATE",
      `La réunion n'a pas encore eu lieu : ${what} s'enregistre à partir du jour de la réunion.`,
    );
}

/** Locks the meeting's row for the rest of the transaction and returns its current state (checks run on it). */
async function lockMeeting(tx: Tx, meeting: { id: string; territoryId: string }): Promise<Meeting> {
  const rows = await tx.$queryRaw<Meeting[]>`
    SELECT id, "territoryId", "startsAt", status::text AS status, version FROM "Meeting"
    WHERE id = ${meeting.id} AND "territoryId" = ${meeting.territoryId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", MEETING_NOT_FOUND);
  return { ...rows[0], startsAt: new Date(rows[0].startsAt) };
}

/** What was recorded at a meeting: once anything is, its date is fixed and it can no longer be cancelled. */
async function recordedAt(tx: Tx, meetingId: string): Promise<number> {
  const [decisions, followUps, reviews, attendance, minutes] = [
    await tx.decision.count({ where: { meetingId } }),
    await tx.decisionFollowUp.count({ where: { meetingId } }),
    await tx.meetingFicheReview.count({ where: { meetingId } }),
    await tx.meetingAttendee.count({ where: { meetingId, attendance: { not: "INVITED" } } }),
    await tx.meeting.count({ where: { id: meetingId, minutes: { not: null } } }),
  ];
  return decisions + followUps + reviews + attendance + minutes;
}

async function bumpVersion(tx: Tx, meeting: { id: string }, version: number, data: Record<string, unknown> = {}) {
  const updated = await tx.meeting.updateMany({
    where: { id: meeting.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT);
}

export async function createMeeting(db: Db, actor: Actor, input: CreateMeetingData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "meeting.edit");
  const convention = await currentPlanConvention(db, scope);
  const signatories =
    input.inviteSignatories && convention
      ? await db.signatory.findMany({
          where: { conventionId: convention.id },
          orderBy: { position: "asc" },
          select: { organisationId: true, representativeName: true, representativeTitle: true },
        })
      : [];
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        territoryId: scope.territory.id,
        conventionId: convention?.id ?? null,
        kind: input.kind,
        startsAt: input.startsAt,
        place: input.place,
        agendaItems: { create: input.agenda.map((title, index) => ({ position: index + 1, title })) },
        attendees: {
          create: signatories.map((s) => ({
            organisationId: s.organisationId,
            name: s.representativeName,
            title: s.representativeTitle,
          })),
        },
      },
    });
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.create", {
      kind: input.kind,
      startsAt: input.startsAt.toISOString(),
      place: input.place,
    });
    return { meetingId: meeting.id };
  });
}

export async function updateMeeting(db: Db, actor: Actor, input: UpdateMeetingData) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting);
    const before = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      include: { agendaItems: { orderBy: { position: "asc" } } },
    });
    if (before.startsAt.getTime() !== input.startsAt.getTime() && (await recordedAt(tx, meeting.id)) > 0) {
      throw new AppError(
        "INVALID_STATE",
        "Des présences, un compte rendu, des examens de fiches ou des décisions sont enregistrés à cette réunion : sa date ne peut plus changer.",
      );
    }
    if (before.status === "HELD" && !meetingHasBegun({ startsAt: input.startsAt }))
      throw new AppError("INVALID_STATE", "Une réunion tenue ne peut pas être déplacée dans le futur.");
    await bumpVersion(tx, meeting, input.version, { kind: input.kind, startsAt: input.startsAt, place: input.place });
    const agendaBefore = before.agendaItems.map((a) => a.title);
    if (JSON.stringify(agendaBefore) !== JSON.stringify(input.agenda)) {
      await tx.meetingAgendaItem.deleteMany({ where: { meetingId: meeting.id } });
      await tx.meetingAgendaItem.createMany({
        data: input.agenda.map((title, index) => ({ meetingId: meeting.id, position: index + 1, title })),
      });
    }
    const changes = {
      ...diffFields(
        { kind: before.kind, startsAt: before.startsAt, place: before.place },
        { kind: input.kind, startsAt: input.startsAt, place: input.place },
      ),
      ...(JSON.stringify(agendaBefore) !== JSON.stringify(input.agenda)
        ? { agenda: { old: agendaBefore, new: input.agenda } }
        : {}),
    };
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.update", changes);
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}

export async function changeMeetingStatus(db: Db, actor: Actor, input: ChangeMeetingStatusData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    if (meeting.status === input.status) throw new AppError("INVALID_STATE", "La réunion a déjà ce statut.");
    if (input.status === "HELD" && !meetingHasBegun(meeting, now))
      throw new AppError("INVALID_STATE", "Une réunion ne peut être déclarée tenue qu'à partir de son jour.");
    if (input.status === "CANCELLED" && (await recordedAt(tx, meeting.id)) > 0) {
      throw new AppError(
        "INVALID_STATE",
        "Des présences, un compte rendu, des examens de fiches ou des décisions sont enregistrés à cette réunion : elle ne peut plus être annulée.",
      );
    }
    if (
      input.status === "PLANNED" &&
      meeting.status === "HELD" &&
      (await tx.decision.count({ where: { meetingId: meeting.id } })) +
        (await tx.decisionFollowUp.count({ where: { meetingId: meeting.id } })) >
        0
    ) {
      throw new AppError(
        "INVALID_STATE",
        "Des décisions ont été enregistrées à cette réunion : elle ne peut plus redevenir « prévue ».",
      );
    }
    await bumpVersion(tx, meeting, input.version, { status: input.status });
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.status", {
      status: { old: meeting.status, new: input.status },
    });
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}

export async function addAttendee(db: Db, actor: Actor, input: AddAttendeeData) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    if ((await lockMeeting(tx, meeting)).status === "CANCELLED")
      throw new AppError("INVALID_STATE", "Réunion annulée : impossible d'ajouter un membre.");
    if (
      input.organisationId &&
      !(await tx.organisation.findFirst({ where: { id: input.organisationId, caisseId: scope.territory.caisseId } }))
    )
      throw new AppError("NOT_FOUND", "Organisation introuvable.");
    const attendee = await tx.meetingAttendee.create({
      data: {
        meetingId: meeting.id,
        organisationId: input.organisationId,
        name: input.name,
        title: input.title,
        isAdviser: input.isAdviser,
      },
    });
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.invite", {
      name: input.name,
      isAdviser: input.isAdviser,
    });
    return { attendeeId: attendee.id };
  });
}

export async function removeAttendee(db: Db, actor: Actor, input: { meetingId: string; attendeeId: string }) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting);
    const attendee = await tx.meetingAttendee.findFirst({ where: { id: input.attendeeId, meetingId: meeting.id } });
    if (!attendee) throw new AppError("NOT_FOUND", "Membre introuvable.");
    if (attendee.attendance !== "INVITED")
      throw new AppError(
        "INVALID_STATE",
        `La présence de ${attendee.name} est enregistrée : remettez-la à « Invité » avant de le retirer.`,
      );
    await tx.meetingAttendee.delete({ where: { id: attendee.id } });
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.uninvite", { name: attendee.name });
    return { meetingId: meeting.id };
  });
}

export async function recordAttendance(db: Db, actor: Actor, input: RecordAttendanceData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    if (meeting.status === "CANCELLED" || input.entries.some((e) => e.attendance !== "INVITED"))
      assertRecordable(meeting, now, "la présence");
    const attendees = await tx.meetingAttendee.findMany({ where: { meetingId: meeting.id } });
    const byId = new Map(attendees.map((a) => [a.id, a]));
    if (input.entries.some((e) => !byId.has(e.attendeeId))) throw new AppError("NOT_FOUND", "Membre introuvable.");
    await bumpVersion(tx, meeting, input.version);
    const changes: Record<string, unknown> = {};
    for (const entry of input.entries) {
      const before = byId.get(entry.attendeeId)!;
      if (before.attendance === entry.attendance && before.representedBy === entry.representedBy) continue;
      await tx.meetingAttendee.update({
        where: { id: entry.attendeeId },
        data: { attendance: entry.attendance, representedBy: entry.representedBy },
      });
      changes[before.name] = { old: before.attendance, new: entry.attendance };
    }
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.attendance", changes);
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}

export async function saveMinutes(db: Db, actor: Actor, input: SaveMinutesData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  const minutes = sanitizeRichText(input.minutes) || null;
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    assertRecordable(meeting, now, "le compte rendu");
    await bumpVersion(tx, meeting, input.version, { minutes });
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.minutes");
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}

export async function reviewFiche(db: Db, actor: Actor, input: ReviewFicheData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    assertRecordable(meeting, now, "l'examen d'une fiche");
    const fiche = await tx.ficheAction.findFirst({
      where: { id: input.ficheId, territoryId: scope.territory.id },
      select: { id: true, number: true, status: true },
    });
    if (!fiche) throw new AppError("NOT_FOUND", "Fiche-action introuvable.");
    if (
      await tx.meetingFicheReview.findUnique({
        where: { meetingId_ficheId: { meetingId: meeting.id, ficheId: fiche.id } },
      })
    )
      throw new AppError("CONFLICT", `La fiche ${fiche.number} a déjà été examinée à cette réunion.`);
    const review = await tx.meetingFicheReview.create({
      data: { meetingId: meeting.id, ficheId: fiche.id, statusSnapshot: fiche.status, comment: input.comment },
    });
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.review", {
      fiche: fiche.number,
      status: fiche.status,
    });
    return { reviewId: review.id };
  });
}

export async function removeFicheReview(db: Db, actor: Actor, input: { meetingId: string; reviewId: string }) {
  const { scope, meeting } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    await lockMeeting(tx, meeting);
    const review = await tx.meetingFicheReview.findFirst({
      where: { id: input.reviewId, meetingId: meeting.id },
      include: { fiche: { select: { number: true } } },
    });
    if (!review) throw new AppError("NOT_FOUND", "Examen introuvable.");
    await tx.meetingFicheReview.delete({ where: { id: review.id } });
    await auditOf(actor, scope)(tx, "Meeting", meeting.id, "meeting.unreview", { fiche: review.fiche.number });
    return { meetingId: meeting.id };
  });
}

async function checkOwner(tx: Tx, scope: TerritoryScope, ownerOrganisationId: string | null) {
  if (
    ownerOrganisationId &&
    !(await tx.organisation.findFirst({ where: { id: ownerOrganisationId, caisseId: scope.territory.caisseId } }))
  )
    throw new AppError("NOT_FOUND", "Organisation introuvable.");
}

export async function addDecision(db: Db, actor: Actor, input: AddDecisionData, now = new Date()) {
  const { scope, meeting: found } = await requireMeetingForEdit(db, actor, input.meetingId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, found);
    assertRecordable(meeting, now, "une décision");
    await checkOwner(tx, scope, input.ownerOrganisationId);
    const decision = await tx.decision.create({
      data: {
        territoryId: scope.territory.id,
        meetingId: meeting.id,
        text: input.text,
        ownerName: input.ownerName,
        ownerOrganisationId: input.ownerOrganisationId,
        dueDate: input.dueDate,
      },
    });
    await auditOf(actor, scope)(tx, "Decision", decision.id, "decision.create", { text: input.text });
    return { decisionId: decision.id };
  });
}

async function requireDecisionForEdit(db: Db, actor: Actor, decisionId: string) {
  const found = await db.decision.findUnique({ where: { id: decisionId }, select: { territoryId: true } });
  if (!found) throw new AppError("NOT_FOUND", DECISION_NOT_FOUND);
  const scope = await requireTerritoryOfRecord(db, actor, found.territoryId, "meeting.edit", DECISION_NOT_FOUND);
  const decision = await db.decision.findFirstOrThrow({
    where: { id: decisionId, territoryId: scope.territory.id },
    include: { meeting: { select: { startsAt: true } } },
  });
  if ((CLOSED_DECISION_STATUSES as readonly string[]).includes(decision.status))
    throw new AppError("INVALID_STATE", "Cette décision est close : elle ne peut plus être modifiée.");
  return { scope, decision };
}

export async function updateDecision(db: Db, actor: Actor, input: UpdateDecisionData) {
  const { scope, decision } = await requireDecisionForEdit(db, actor, input.decisionId);
  return db.$transaction(async (tx) => {
    await checkOwner(tx, scope, input.ownerOrganisationId);
    const data = {
      text: input.text,
      ownerName: input.ownerName,
      ownerOrganisationId: input.ownerOrganisationId,
      dueDate: input.dueDate,
    };
    const updated = await tx.decision.updateMany({
      where: { id: decision.id, version: input.version, status: { notIn: [...CLOSED_DECISION_STATUSES] } },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Cette décision a été modifiée par quelqu'un d'autre entre-temps : rechargez la page.",
      );
    await auditOf(actor, scope)(tx, "Decision", decision.id, "decision.update", diffFields(decision, data));
    return { decisionId: decision.id, version: input.version + 1 };
  });
}

/** The follow-up of an open decision at a later meeting; a closing status closes it. */
export async function followUpDecision(db: Db, actor: Actor, input: FollowUpDecisionData, now = new Date()) {
  const { scope, decision } = await requireDecisionForEdit(db, actor, input.decisionId);
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, { id: input.meetingId, territoryId: scope.territory.id });
    assertRecordable(meeting, now, "le suivi d'une décision");
    if (meeting.startsAt <= decision.meeting.startsAt)
      throw new AppError("INVALID_STATE", "Une décision se suit lors d'une réunion postérieure à celle qui l'a prise.");
    if (await tx.decisionFollowUp.findFirst({ where: { decisionId: decision.id, meetingId: meeting.id } }))
      throw new AppError("CONFLICT", "Le suivi de cette décision a déjà été enregistré à cette réunion.");
    // Follow-ups are recorded in the order of the meetings: the decision's status is always the latest meeting's.
    if (
      await tx.decisionFollowUp.findFirst({
        where: { decisionId: decision.id, meeting: { startsAt: { gt: meeting.startsAt } } },
      })
    ) {
      throw new AppError(
        "INVALID_STATE",
        "Cette décision a déjà été suivie lors d'une réunion postérieure : son suivi ne peut plus être enregistré à celle-ci.",
      );
    }
    const closing = (CLOSED_DECISION_STATUSES as readonly string[]).includes(input.statusAfter);
    const updated = await tx.decision.updateMany({
      where: { id: decision.id, version: input.version, status: { notIn: [...CLOSED_DECISION_STATUSES] } },
      data: { status: input.statusAfter, closedAt: closing ? meeting.startsAt : null, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Cette décision a été modifiée par quelqu'un d'autre entre-temps : rechargez la page.",
      );
    await tx.decisionFollowUp.create({
      data: { decisionId: decision.id, meetingId: meeting.id, statusAfter: input.statusAfter, comment: input.comment },
    });
    await auditOf(actor, scope)(tx, "Decision", decision.id, "decision.followUp", {
      status: { old: decision.status, new: input.statusAfter },
    });
    return { decisionId: decision.id, version: input.version + 1 };
  });
}
