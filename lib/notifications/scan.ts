// The daily scan of due dates (pg-boss cron, 06:30 in Paris: lib/jobs/queues.ts). Each reminder is a notification
// whose dedupeKey names the object and the occurrence (the end month, the due date…), so that running the scan
// again, or two workers running it at once, adds nothing: notify() inserts with ON CONFLICT DO NOTHING and only
// emails the rows it created.
import type { Db } from "../db/client";
import { parisDay } from "../dates";
import { formatDate, formatMonth } from "../format";
import { CLOSED_STATUSES } from "../fiches-action/late";
import { notify, paths, type NotificationEvent } from "./notify";
import { cooperationOfficers, type NotifiedTerritory } from "./recipients";
import { shorten } from "./events";

/** A validated convention waits for deliberations or signatures: reminder after this many days. */
export const AWAITED_DAYS = 30;

export type ScanCounts = { notifications: number; emails: number; byKind: Record<string, number> };

const DAY_MS = 24 * 60 * 60 * 1000;
const dateOnly = (day: string) => new Date(`${day}T00:00:00Z`);
const addDays = (day: string, days: number) => new Date(dateOnly(day).getTime() + days * DAY_MS);
const monthStart = (day: string, offset: number) => {
  const d = dateOnly(day);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Runs every scan for the day of `now` in Paris. */
export async function runDailyScan(db: Db, now = new Date()): Promise<ScanCounts> {
  const today = parisDay(now);
  const counts: ScanCounts = { notifications: 0, emails: 0, byKind: {} };
  const territories = new Map<string, NotifiedTerritory>();
  const members = new Map<string, string[]>();

  // Recipients are resolved first (from memory, or once per caisse): an object nobody is to hear about costs no
  // query. Then one small transaction per notified object: a failure does not undo the day, a re-run
  // completes it.
  // The territories, and the people of each organisation on each territory (the membership rule of
  // recipients.ts: a role held on the territory, not suspended, active account), read once for the whole scan.
  for (const t of await db.territory.findMany({ select: { id: true, caisseId: true, slug: true, name: true } }))
    territories.set(t.id, t);
  const memberRows = await db.membership.findMany({
    where: { suspendedAt: null, territoryId: { not: null }, organisationId: { not: null }, user: { isActive: true } },
    select: { userId: true, caisseId: true, territoryId: true, organisationId: true },
  });
  for (const m of memberRows) {
    if (territories.get(m.territoryId!)?.caisseId !== m.caisseId) continue;
    const key = `${m.territoryId}:${m.organisationId}`;
    const ids = members.get(key) ?? [];
    if (!ids.includes(m.userId)) ids.push(m.userId);
    members.set(key, ids);
  }

  async function send(
    territoryId: string,
    recipients: (territory: NotifiedTerritory) => Promise<string[]>,
    build: (territory: NotifiedTerritory, recipients: string[]) => NotificationEvent,
  ) {
    const territory = territories.get(territoryId);
    if (!territory) return;
    const ids = await recipients(territory);
    if (!ids.length) return;
    const event = build(territory, ids);
    const result = await db.$transaction((tx) => notify(tx, event));
    counts.notifications += result.created;
    counts.emails += result.emailed;
    counts.byKind[event.kind] = (counts.byKind[event.kind] ?? 0) + result.created;
  }
  async function orgMembers(territory: NotifiedTerritory, organisationId: string) {
    return members.get(`${territory.id}:${organisationId}`) ?? [];
  }
  async function officers(territory: NotifiedTerritory) {
    const key = `officers:${territory.caisseId}`;
    let ids = members.get(key);
    if (!ids) members.set(key, (ids = await cooperationOfficers(db, territory)));
    return ids;
  }

  // Fiches whose end month is next month, and fiches that became late (their end month was last month).
  const nextMonth = monthStart(today, 1);
  const lastMonth = monthStart(today, -1);
  const fiches = await db.ficheAction.findMany({
    where: {
      status: { notIn: CLOSED_STATUSES },
      pilotOrganisationId: { not: null },
      endMonth: { in: [nextMonth, lastMonth] },
    },
    select: { id: true, territoryId: true, number: true, title: true, endMonth: true, pilotOrganisationId: true },
  });
  for (const fiche of fiches) {
    const ending = fiche.endMonth!.getTime() === nextMonth.getTime();
    await send(
      fiche.territoryId,
      (t) => orgMembers(t, fiche.pilotOrganisationId!),
      (territory, recipients) => ({
        territory,
        family: "FICHES",
        kind: ending ? "fiche.ending" : "fiche.late",
        objectType: "FicheAction",
        objectId: fiche.id,
        occurrence: iso(fiche.endMonth!),
        title: ending
          ? `Fiche-action ${fiche.number} : fin prévue en ${formatMonth(fiche.endMonth)}`
          : `Fiche-action ${fiche.number} en retard`,
        body: ending
          ? `La fiche-action ${fiche.number} « ${fiche.title} » doit s'achever en ${formatMonth(fiche.endMonth)}.`
          : `La fiche-action ${fiche.number} « ${fiche.title} » devait s'achever en ${formatMonth(fiche.endMonth)} et n'est ni réalisée ni abandonnée.`,
        path: paths.fiche(territory, fiche.id),
        recipients,
      }),
    );
  }

  // Open decisions due within 7 days (once per due date), and overdue ones (once per due date).
  const decisions = await db.decision.findMany({
    where: {
      status: { in: ["OPEN", "IN_PROGRESS"] },
      ownerOrganisationId: { not: null },
      dueDate: { not: null, lte: addDays(today, 7) },
    },
    select: { id: true, territoryId: true, text: true, dueDate: true, ownerOrganisationId: true },
  });
  for (const decision of decisions) {
    const overdue = iso(decision.dueDate!) < today;
    await send(
      decision.territoryId,
      (t) => orgMembers(t, decision.ownerOrganisationId!),
      (territory, recipients) => ({
        territory,
        family: "DECISIONS",
        kind: overdue ? "decision.overdue" : "decision.due",
        objectType: "Decision",
        objectId: decision.id,
        occurrence: iso(decision.dueDate!),
        title: overdue
          ? `Décision en retard (échéance le ${formatDate(decision.dueDate)})`
          : `Décision à échéance le ${formatDate(decision.dueDate)}`,
        body: `« ${shorten(decision.text)} »`,
        path: paths.decisions(territory),
        recipients,
      }),
    );
  }

  // Signed conventions ending within 12 months with no renewal draft: the caisse's chargé(e)s de coopération.
  const ending = await db.convention.findMany({
    where: {
      status: "SIGNED",
      endDate: { gte: dateOnly(today), lte: monthStart(today, 12) },
      nextEdition: null,
    },
    select: { id: true, territoryId: true, title: true, edition: true, endDate: true },
  });
  for (const convention of ending) {
    await send(convention.territoryId, officers, (territory, recipients) => ({
      territory,
      family: "CONVENTIONS",
      kind: "convention.renewal",
      objectType: "Convention",
      objectId: convention.id,
      occurrence: iso(convention.endDate),
      title: `Convention à renouveler : fin le ${formatDate(convention.endDate)}`,
      body: `La convention « ${convention.title} » n° ${convention.edition} de ${territory.name} s'achève le ${formatDate(convention.endDate)} et aucun renouvellement n'est en préparation.`,
      path: paths.convention(territory, convention.id),
      recipients,
    }));
  }

  // Validated conventions waiting for deliberations or signatures for more than AWAITED_DAYS days.
  const validated = await db.convention.findMany({
    where: { status: "VALIDATED" },
    select: {
      id: true,
      territoryId: true,
      title: true,
      signatories: {
        select: {
          mustDeliberate: true,
          signedAt: true,
          deliberations: { where: { avenantId: null }, select: { id: true } },
        },
      },
    },
  });
  if (validated.length) {
    const validations = await db.auditEvent.findMany({
      where: { entity: "Convention", entityId: { in: validated.map((c) => c.id) }, action: "convention.status" },
      orderBy: { createdAt: "desc" },
      select: { entityId: true, createdAt: true, changes: true },
    });
    const validatedAt = new Map<string, Date>();
    for (const v of validations) {
      const to = (v.changes as { status?: { new?: string } } | null)?.status?.new;
      if (to === "VALIDATED" && !validatedAt.has(v.entityId)) validatedAt.set(v.entityId, v.createdAt);
    }
    for (const convention of validated) {
      const since = validatedAt.get(convention.id);
      if (!since || now.getTime() - since.getTime() < AWAITED_DAYS * DAY_MS) continue;
      const deliberations = convention.signatories.filter((s) => s.mustDeliberate && !s.deliberations.length).length;
      const signatures = convention.signatories.filter((s) => !s.signedAt).length;
      if (!deliberations && !signatures) continue;
      const awaited = [
        deliberations ? `${deliberations} délibération${deliberations > 1 ? "s" : ""}` : null,
        signatures ? `${signatures} signature${signatures > 1 ? "s" : ""}` : null,
      ]
        .filter(Boolean)
        .join(" et ");
      await send(convention.territoryId, officers, (territory, recipients) => ({
        territory,
        family: "CONVENTIONS",
        kind: "convention.awaited",
        objectType: "Convention",
        objectId: convention.id,
        occurrence: since.toISOString(),
        title: `Convention validée : ${awaited} en attente`,
        body: `La convention « ${convention.title} » de ${territory.name}, validée le ${formatDate(since)}, attend encore ${awaited} depuis plus de ${AWAITED_DAYS} jours.`,
        path: paths.convention(territory, convention.id),
        recipients,
      }));
    }
  }
  return counts;
}
