// Loading a meeting (or a decision) for a write, and locking the meeting's row. SECURITY INVARIANT: a meeting is
// reached only through its territory's scope; a foreign meeting or decision answers exactly like a missing one.
// Shared by the write operations of lib/meetings/ (one file each).
import type { Actor } from "../auth/actor";
import { requireTerritoryOfRecord, type TerritoryScope } from "../auth/scope";
import type { Db, Tx } from "../db/client";
import { AppError } from "../errors";
import { CLOSED_DECISION_STATUSES } from "./schemas";

export const MEETING_NOT_FOUND = "Réunion introuvable.";
export const DECISION_NOT_FOUND = "Décision introuvable.";
const CONFLICT =
  "Cette réunion a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour voir la dernière version.";

export type LockedMeeting = {
  id: string;
  territoryId: string;
  startsAt: Date;
  status: "PLANNED" | "HELD" | "CANCELLED";
  version: number;
};

/** A meeting of a territory the caller may edit meetings on; foreign meetings read as missing. */
export async function requireMeetingForEdit(
  db: Db | Tx,
  actor: Actor,
  meetingId: string,
): Promise<{ scope: TerritoryScope; meeting: LockedMeeting }> {
  const found = await db.meeting.findUnique({ where: { id: meetingId }, select: { territoryId: true } });
  if (!found) throw new AppError("NOT_FOUND", MEETING_NOT_FOUND);
  const scope = await requireTerritoryOfRecord(db as Db, actor, found.territoryId, "meeting.edit", MEETING_NOT_FOUND);
  const meeting = await db.meeting.findFirstOrThrow({
    where: { id: meetingId, territoryId: scope.territory.id },
    select: { id: true, territoryId: true, startsAt: true, status: true, version: true },
  });
  return { scope, meeting };
}

/** Locks the meeting's row for the rest of the transaction and returns its current state (checks run on it). */
export async function lockMeeting(tx: Tx, meeting: { id: string; territoryId: string }): Promise<LockedMeeting> {
  const rows = await tx.$queryRaw<LockedMeeting[]>`
    SELECT id, "territoryId", "startsAt", status::text AS status, version FROM "Meeting"
    WHERE id = ${meeting.id} AND "territoryId" = ${meeting.territoryId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", MEETING_NOT_FOUND);
  return { ...rows[0], startsAt: new Date(rows[0].startsAt) };
}

/** What was recorded at a meeting: once anything is, its date is fixed and it can no longer be cancelled. */
export async function recordedAt(tx: Tx, meetingId: string): Promise<number> {
  const [decisions, followUps, reviews, attendance, minutes] = [
    await tx.decision.count({ where: { meetingId } }),
    await tx.decisionFollowUp.count({ where: { meetingId } }),
    await tx.meetingFicheReview.count({ where: { meetingId } }),
    await tx.meetingAttendee.count({ where: { meetingId, attendance: { not: "INVITED" } } }),
    await tx.meeting.count({ where: { id: meetingId, minutes: { not: null } } }),
  ];
  return decisions + followUps + reviews + attendance + minutes;
}

export async function bumpVersion(
  tx: Tx,
  meeting: { id: string },
  version: number,
  data: Record<string, unknown> = {},
) {
  const updated = await tx.meeting.updateMany({
    where: { id: meeting.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", CONFLICT);
}

export async function requireDecisionForEdit(db: Db, actor: Actor, decisionId: string) {
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

/** A decision's owner organisation must be in the territory's caisse directory. */
export async function checkOwner(tx: Tx, scope: TerritoryScope, ownerOrganisationId: string | null) {
  if (
    ownerOrganisationId &&
    !(await tx.organisation.findFirst({ where: { id: ownerOrganisationId, caisseId: scope.territory.caisseId } }))
  )
    throw new AppError("NOT_FOUND", "Organisation introuvable.");
}
