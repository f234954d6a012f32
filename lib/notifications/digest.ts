// The daily digest (pg-boss cron, every hour): the people whose digest hour (Paris time) is the current hour get
// one email with their DIGEST notifications not yet emailed (those of the past day, or more when a digest was missed),
// grouped by territory. Per person, one
// transaction locks those rows (FOR UPDATE: a second worker waits, then finds them emailed), queues the email under
// the key "digest:<user>:<day>" and marks them.
import type { Db } from "../db/client";
import { parisDay, parisParts } from "../dates";
import { queueEmail } from "../email/outbox";
import { formatDate } from "../format";
import { DEFAULT_DIGEST_HOUR } from "./families";
import { digestEmail, type DigestGroup } from "./emails";

/** The hour (0–23) of `now` in Paris. */
export function parisHour(now: Date): number {
  return Number(parisParts(now).time.slice(0, 2));
}

export async function runDigest(db: Db, now = new Date()): Promise<{ emails: number; notifications: number }> {
  const hour = parisHour(now);
  // The people with pending digest notifications whose hour it is (no settings row: the default hour).
  const pending = await db.notification.groupBy({
    by: ["userId"],
    where: { delivery: "DIGEST", emailedAt: null, createdAt: { lte: now } },
  });
  if (!pending.length) return { emails: 0, notifications: 0 };
  const settings = await db.notificationSettings.findMany({
    where: { userId: { in: pending.map((p) => p.userId) } },
    select: { userId: true, digestHour: true },
  });
  const hourOf = new Map(settings.map((s) => [s.userId, s.digestHour]));
  const due = pending.map((p) => p.userId).filter((id) => (hourOf.get(id) ?? DEFAULT_DIGEST_HOUR) === hour);
  const day = parisDay(now);
  let emails = 0;
  let notifications = 0;
  for (const userId of due) {
    await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notification"
         WHERE "userId" = ${userId} AND delivery = 'DIGEST' AND "emailedAt" IS NULL
           AND "createdAt" <= ${now}
         FOR UPDATE`;
      if (!locked.length) return;
      const [user, rows] = await Promise.all([
        tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, isActive: true } }),
        tx.notification.findMany({
          where: { id: { in: locked.map((l) => l.id) } },
          orderBy: { createdAt: "asc" },
          select: { id: true, territoryId: true, title: true, body: true, link: true },
        }),
      ]);
      const territoryIds = [...new Set(rows.map((r) => r.territoryId).filter((id): id is string => !!id))];
      const territories = await tx.territory.findMany({
        where: { id: { in: territoryIds } },
        select: { id: true, name: true },
      });
      const nameOf = new Map(territories.map((t) => [t.id, t.name]));
      const groups = new Map<string, DigestGroup>();
      for (const row of rows) {
        const name = (row.territoryId && nameOf.get(row.territoryId)) || "Autres";
        if (!groups.has(name)) groups.set(name, { territoryName: name, items: [] });
        groups.get(name)!.items.push({ title: row.title, body: row.body, path: row.link });
      }
      if (user.isActive) {
        const queued = await queueEmail(tx, {
          to: user.email,
          dedupKey: `digest:${userId}:${day}`,
          email: digestEmail({
            name: user.name,
            day: formatDate(`${day}T12:00:00Z`),
            groups: [...groups.values()].sort((a, b) => a.territoryName.localeCompare(b.territoryName, "fr")),
          }),
        });
        if (queued.created) emails++;
      }
      await tx.notification.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { emailedAt: now } });
      notifications += rows.length;
    });
  }
  return { emails, notifications };
}
