// The events of the app that notify, each called by the server-side operation that makes the change, inside its
// transaction. Recipients: the people of the territory only (lib/notifications/recipients.ts).
import type { Tx } from "../db/client";
import type { FicheStatus } from "../db/generated/enums";
import { ficheStatusLabels, meetingKindLabels } from "../labels";
import { formatDate } from "../format";
import { loadTerritory, notify, paths } from "./notify";
import { organisationMembers } from "./recipients";
import { attendeeRecipients } from "./meetings";

/** A fiche handed to a pilot organisation (created with it, or changed to it): the people of that organisation. */
export async function ficheAssigned(
  tx: Tx,
  actorId: string,
  fiche: { id: string; territoryId: string; number: string; title: string; pilotOrganisationId: string | null },
) {
  if (!fiche.pilotOrganisationId) return;
  const territory = await loadTerritory(tx, fiche.territoryId);
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: fiche.pilotOrganisationId },
    select: { name: true },
  });
  await notify(tx, {
    territory,
    family: "FICHES",
    kind: "fiche.assigned",
    objectType: "FicheAction",
    objectId: fiche.id,
    occurrence: fiche.pilotOrganisationId,
    title: `Fiche-action ${fiche.number} confiée à ${organisation.name}`,
    body: `La fiche-action ${fiche.number} « ${fiche.title} » a pour pilote ${organisation.name}.`,
    path: paths.fiche(territory, fiche.id),
    recipients: await organisationMembers(tx, territory, fiche.pilotOrganisationId),
    actorId,
  });
}

/** A fiche's status changed by someone (the pilot's people are told, unless they made the change). */
export async function ficheStatusChanged(
  tx: Tx,
  actorId: string,
  change: { id: string; ficheId: string; to: FicheStatus },
) {
  const fiche = await tx.ficheAction.findUniqueOrThrow({
    where: { id: change.ficheId },
    select: { id: true, territoryId: true, number: true, title: true, pilotOrganisationId: true },
  });
  if (!fiche.pilotOrganisationId) return;
  const territory = await loadTerritory(tx, fiche.territoryId);
  await notify(tx, {
    territory,
    family: "FICHES",
    kind: "fiche.status",
    objectType: "FicheAction",
    objectId: fiche.id,
    occurrence: change.id,
    title: `Fiche-action ${fiche.number} : ${ficheStatusLabels[change.to].toLowerCase()}`,
    body: `Le statut de la fiche-action ${fiche.number} « ${fiche.title} » est désormais « ${ficheStatusLabels[change.to]} ».`,
    path: paths.fiche(territory, fiche.id),
    recipients: await organisationMembers(tx, territory, fiche.pilotOrganisationId),
    actorId,
  });
}

/** A decision given to an owner organisation: its people. */
export async function decisionAssigned(
  tx: Tx,
  actorId: string,
  decision: { id: string; territoryId: string; text: string; ownerOrganisationId: string | null; dueDate: Date | null },
) {
  if (!decision.ownerOrganisationId) return;
  const territory = await loadTerritory(tx, decision.territoryId);
  await notify(tx, {
    territory,
    family: "DECISIONS",
    kind: "decision.assigned",
    objectType: "Decision",
    objectId: decision.id,
    occurrence: decision.ownerOrganisationId,
    title: "Une décision vous est confiée",
    body: `« ${shorten(decision.text)} »${decision.dueDate ? `, échéance le ${formatDate(decision.dueDate)}` : ""}.`,
    path: paths.decisions(territory),
    recipients: await organisationMembers(tx, territory, decision.ownerOrganisationId),
    actorId,
  });
}

/** The minutes of a meeting published (first saved): the attendees that have an account. */
export async function minutesPublished(tx: Tx, actorId: string, meetingId: string) {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, kind: true, startsAt: true, territoryId: true },
  });
  const territory = await loadTerritory(tx, meeting.territoryId);
  const { userIds } = await attendeeRecipients(tx, territory, meetingId);
  await notify(tx, {
    territory,
    family: "MEETINGS",
    kind: "meeting.minutes",
    objectType: "Meeting",
    objectId: meeting.id,
    occurrence: "1",
    title: `Compte rendu du ${meetingKindLabels[meeting.kind].toLowerCase()} du ${formatDate(meeting.startsAt)}`,
    body: `Le compte rendu du ${meetingKindLabels[meeting.kind].toLowerCase()} du ${formatDate(meeting.startsAt)} est disponible.`,
    path: paths.meeting(territory, meeting.id),
    recipients: userIds,
    actorId,
  });
}

export function shorten(text: string, max = 160): string {
  const plain = text.replace(/\s+/g, " ").trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
