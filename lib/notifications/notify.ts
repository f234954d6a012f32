// notify(): writes the notifications of one event in the caller's transaction (the same as the change that
// causes it), one per recipient, and queues the email of those who want it at once. Idempotent: each row carries
// a dedupeKey "<kind>:<objectId>:<occurrence>:<userId>" (unique), inserted with ON CONFLICT DO NOTHING, so a
// retried action, a scan run twice or two workers running the same scan write it (and email it) once.
import type { Tx } from "../db/client";
import type { NotificationDelivery, NotificationFamily } from "../db/generated/enums";
import { queueEmail } from "../email/outbox";
import { notificationEmail } from "./emails";
import { withAccess, type NotifiedTerritory } from "./recipients";

export type NotificationEvent = {
  territory: NotifiedTerritory;
  family: NotificationFamily;
  /** "fiche.assigned", "decision.overdue"… */
  kind: string;
  objectType: "FicheAction" | "Meeting" | "Decision" | "Convention";
  objectId: string;
  /** What makes this event happen again (a status change id, a due date, a sequence): part of the dedupeKey. */
  occurrence: string;
  title: string;
  body: string;
  /** In-app path of the object. */
  path: string;
  /** User ids; filtered to the people with access to the territory. */
  recipients: string[];
  /** The person who made the change: not told about their own action. */
  actorId?: string | null;
  /** The email is sent otherwise (a convocation carries it): the notification is only recorded. */
  emailSentElsewhere?: boolean;
};

export const dedupeKey = (e: Pick<NotificationEvent, "kind" | "objectId" | "occurrence">, userId: string) =>
  `${e.kind}:${e.objectId}:${e.occurrence}:${userId}`;

/** Answers how many notifications were created (0 when they existed already) and how many emails were queued. */
export async function notify(tx: Tx, event: NotificationEvent): Promise<{ created: number; emailed: number }> {
  const candidates = [...new Set(event.recipients)].filter((id) => id !== event.actorId);
  const userIds = await withAccess(tx, event.territory, candidates);
  if (!userIds.length) return { created: 0, emailed: 0 };
  const [users, preferences] = await Promise.all([
    tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }),
    tx.notificationPreference.findMany({
      where: { userId: { in: userIds }, family: event.family },
      select: { userId: true, delivery: true },
    }),
  ]);
  const deliveryOf = new Map<string, NotificationDelivery>(preferences.map((p) => [p.userId, p.delivery]));
  const created = await tx.notification.createManyAndReturn({
    data: users.map((user) => ({
      dedupeKey: dedupeKey(event, user.id),
      userId: user.id,
      caisseId: event.territory.caisseId,
      territoryId: event.territory.id,
      family: event.family,
      kind: event.kind,
      objectType: event.objectType,
      objectId: event.objectId,
      title: event.title,
      body: event.body,
      link: event.path,
      delivery: deliveryOf.get(user.id) ?? "IMMEDIATE",
      emailedAt: event.emailSentElsewhere ? new Date() : null,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, delivery: true },
  });
  let emailed = 0;
  if (!event.emailSentElsewhere) {
    const byId = new Map(users.map((u) => [u.id, u]));
    const immediate = created.filter((n) => n.delivery === "IMMEDIATE");
    for (const notification of immediate) {
      const user = byId.get(notification.userId)!;
      await queueEmail(tx, {
        to: user.email,
        dedupKey: `notification:${notification.id}`,
        email: notificationEmail({
          name: user.name,
          territoryName: event.territory.name,
          title: event.title,
          body: event.body,
          path: event.path,
        }),
      });
      emailed++;
    }
    if (immediate.length)
      await tx.notification.updateMany({
        where: { id: { in: immediate.map((n) => n.id) } },
        data: { emailedAt: new Date() },
      });
  }
  return { created: created.length, emailed };
}

/** The territory of a record, in the shape notify() wants. */
export function loadTerritory(tx: Tx, territoryId: string): Promise<NotifiedTerritory> {
  return tx.territory.findUniqueOrThrow({
    where: { id: territoryId },
    select: { id: true, caisseId: true, slug: true, name: true },
  });
}

export const paths = {
  fiche: (t: { slug: string }, id: string) => `/territoires/${t.slug}/fiches-action/${id}`,
  meeting: (t: { slug: string }, id: string) => `/territoires/${t.slug}/reunions/${id}`,
  decisions: (t: { slug: string }) => `/territoires/${t.slug}/decisions`,
  convention: (t: { slug: string }, id: string) => `/territoires/${t.slug}/conventions/${id}`,
};
