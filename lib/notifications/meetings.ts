// Copil / cotech invitations: a meeting scheduled, moved or cancelled sends every invited member a convocation
// email, with the convocation PDF (rendered by the worker at send time: lib/meetings/convocation-file.ts) and an
// iCalendar invitation (same UID for the meeting's whole life, SEQUENCE raised at each move, METHOD:CANCEL when it
// is cancelled). A member is reached at the email recorded on the invitation (partners' representatives without
// an account: no link into the app), or else through the people of their organisation on the territory.
import { appUrl } from "../auth/tokens";
import type { Tx } from "../db/client";
import type { AttachmentSpec } from "../email/attachments";
import { queueEmail } from "../email/outbox";
import { DEFAULT_EMAIL_FROM } from "../email/defaults";
import { formatDateTime } from "../format";
import { meetingKindLabels } from "../labels";
import { convocationEmail, type ConvocationEvent } from "./emails";
import { writeIcs } from "./ics";
import { loadTerritory, notify, paths } from "./notify";
import { accountsByEmail, accessWhere, type NotifiedTerritory } from "./recipients";

/** A meeting lasts two hours in agendas (the app records no end time). */
export const MEETING_DURATION_MS = 2 * 60 * 60 * 1000;

export type MeetingMail = { email: string; name: string; userId: string | null };

/** Who an invitation reaches: one entry per address; userId when it is an account with access to the territory. */
export async function attendeeRecipients(
  tx: Tx,
  territory: NotifiedTerritory,
  meetingId: string,
  attendeeIds?: string[],
): Promise<{ mails: MeetingMail[]; userIds: string[] }> {
  const attendees = await tx.meetingAttendee.findMany({
    where: { meetingId, ...(attendeeIds ? { id: { in: attendeeIds } } : {}) },
    select: { name: true, email: true, organisationId: true },
  });
  const emails = attendees.flatMap((a) => (a.email ? [a.email.toLowerCase()] : []));
  const accounts = await accountsByEmail(tx, territory, emails);
  const mails = new Map<string, MeetingMail>();
  for (const a of attendees) {
    if (a.email) {
      const email = a.email.toLowerCase();
      if (!mails.has(email)) mails.set(email, { email, name: a.name, userId: accounts.get(email) ?? null });
    }
  }
  const byOrganisation = attendees.filter((a) => !a.email && a.organisationId).map((a) => a.organisationId!);
  if (byOrganisation.length) {
    const members = await tx.membership.findMany({
      where: { AND: [accessWhere(territory), { territoryId: territory.id, organisationId: { in: byOrganisation } }] },
      select: { user: { select: { id: true, email: true, name: true } } },
    });
    for (const { user } of members)
      if (!mails.has(user.email)) mails.set(user.email, { email: user.email, name: user.name, userId: user.id });
  }
  const list = [...mails.values()];
  return { mails: list, userIds: list.flatMap((m) => (m.userId ? [m.userId] : [])) };
}

function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@${new URL(appUrl("/")).hostname}`;
}

/**
 * The invitations of one change of a meeting. "moved" and "cancelled" raise the meeting's SEQUENCE first;
 * `attendeeIds`: only these newly invited members (the current SEQUENCE).
 */
export async function meetingChanged(
  tx: Tx,
  actorId: string | null,
  meetingId: string,
  event: ConvocationEvent,
  attendeeIds?: string[],
): Promise<{ emails: number }> {
  if (event !== "scheduled")
    await tx.meeting.update({ where: { id: meetingId }, data: { icsSequence: { increment: 1 } } });
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, kind: true, startsAt: true, place: true, icsSequence: true, territoryId: true },
  });
  const territory = await loadTerritory(tx, meeting.territoryId);
  const caisse = await tx.caisse.findUniqueOrThrow({
    where: { id: territory.caisseId },
    select: { shortName: true },
  });
  const { mails, userIds } = await attendeeRecipients(tx, territory, meetingId, attendeeIds);
  const meetingLabel = meetingKindLabels[meeting.kind];
  const dateLabel = formatDateTime(meeting.startsAt);
  const place = meeting.place ?? "lieu à préciser";
  const path = paths.meeting(territory, meeting.id);
  const organizer = { name: caisse.shortName, email: addressOf(process.env.EMAIL_FROM || DEFAULT_EMAIL_FROM) };
  let emails = 0;
  for (const mail of mails) {
    const ics = writeIcs({
      method: event === "cancelled" ? "CANCEL" : "REQUEST",
      uid: meetingUid(meeting.id),
      sequence: meeting.icsSequence,
      start: meeting.startsAt,
      end: new Date(meeting.startsAt.getTime() + MEETING_DURATION_MS),
      summary: `${meetingLabel} — ${territory.name}`,
      location: place,
      description: `${meetingLabel} de la convention territoriale globale, territoire ${territory.name}.`,
      organizer,
      attendees: [{ name: mail.name, email: mail.email }],
      stamp: new Date(),
    });
    const attachments: AttachmentSpec[] = [
      {
        kind: "inline",
        filename: event === "cancelled" ? "annulation.ics" : "invitation.ics",
        contentType: `text/calendar; charset=utf-8; method=${event === "cancelled" ? "CANCEL" : "REQUEST"}`,
        content: ics,
      },
      ...(event === "cancelled" ? [] : [{ kind: "convocation" as const, meetingId: meeting.id }]),
    ];
    const queued = await queueEmail(tx, {
      to: mail.email,
      dedupKey: `convocation:${meeting.id}:${meeting.icsSequence}:${event}:${mail.email}`,
      email: convocationEmail({
        event,
        territoryName: territory.name,
        meetingLabel,
        dateLabel,
        place,
        path: mail.userId ? path : null,
      }),
      attachments,
    });
    if (queued.created) emails++;
  }
  const verbs: Record<ConvocationEvent, string> = { scheduled: "prévu", moved: "déplacé", cancelled: "annulé" };
  await notify(tx, {
    territory,
    family: "MEETINGS",
    kind: `meeting.${event}`,
    objectType: "Meeting",
    objectId: meeting.id,
    occurrence: String(meeting.icsSequence),
    title: `${meetingLabel} ${verbs[event]} : ${dateLabel}`,
    body: `${meetingLabel} ${verbs[event]} le ${dateLabel}, lieu : ${place}.`,
    path,
    recipients: userIds,
    // The convocation email above carries it.
    emailSentElsewhere: true,
  });
  return { emails };
}
