// Rules on a meeting's dates and state, shared by the write operations and the meeting page:
// - attendance (present, excused, represented, absent), minutes, fiche reviews and decisions are recorded once the
//   meeting's day has come (Paris), never on a cancelled meeting; a meeting can be marked held only from its day on;
// - once anything is recorded at a meeting, its date is fixed and it can no longer be cancelled (lib/meetings/
//   update-meeting.ts, change-meeting-status.ts);
// - a fiche review keeps the fiche's status at the time it is recorded (the snapshot never changes);
// - a decision stays open until a follow-up at a LATER meeting closes it (done or abandoned); a closed decision
//   is no longer edited nor followed up (lib/meetings/follow-up-decision.ts).
import { parisDay } from "../dates";
import { AppError } from "../errors";

/** The day of the meeting (Paris) has come: what happened at it can be recorded. */
export function meetingHasBegun(meeting: { startsAt: Date }, now = new Date()): boolean {
  return parisDay(meeting.startsAt) <= parisDay(now);
}

/** Throws unless `what` may be recorded at the meeting now: not cancelled, and its day (Paris) has come. */
export function assertRecordable(meeting: { status: string; startsAt: Date }, now: Date, what: string) {
  if (meeting.status === "CANCELLED")
    throw new AppError("INVALID_STATE", `Réunion annulée : impossible d'enregistrer ${what}.`);
  if (!meetingHasBegun(meeting, now))
    throw new AppError(
      "INVALID_STATE",
      `La réunion n'a pas encore eu lieu : ${what} s'enregistre à partir du jour de la réunion.`,
    );
}
