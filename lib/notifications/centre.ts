// The notification centre of the signed-in person: their own notifications only (every query filters on the
// actor's id), read state and preferences.
import { auditAccount } from "../account/audit";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { NotificationDelivery, NotificationFamily } from "../db/generated/enums";
import { AppError } from "../errors";
import { DEFAULT_DIGEST_HOUR, FAMILIES } from "./families";
import type { PreferencesData } from "./schemas";

export function unreadCount(db: Db, actor: Pick<Actor, "id">): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The newest notifications first (200 at most). */
export function listNotifications(db: Db, actor: Pick<Actor, "id">, take = 200) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true, family: true },
  });
}

export async function markRead(db: Db, actor: Actor, input: { notificationId: string }) {
  const updated = await db.notification.updateMany({
    where: { id: input.notificationId, userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  if (
    updated.count === 0 &&
    !(await db.notification.findFirst({ where: { id: input.notificationId, userId: actor.id } }))
  )
    throw new AppError("NOT_FOUND", "Notification introuvable.");
  return { ok: true };
}

export async function markAllRead(db: Db, actor: Actor) {
  const updated = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { count: updated.count };
}

export async function getPreferences(db: Db, actor: Pick<Actor, "id">) {
  const [rows, settings] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: actor.id } }),
    db.notificationSettings.findUnique({ where: { userId: actor.id } }),
  ]);
  const deliveries = Object.fromEntries(FAMILIES.map((f) => [f, "IMMEDIATE"])) as Record<
    NotificationFamily,
    NotificationDelivery
  >;
  for (const row of rows) deliveries[row.family] = row.delivery;
  return { deliveries, digestHour: settings?.digestHour ?? DEFAULT_DIGEST_HOUR };
}

export async function savePreferences(db: Db, actor: Actor, input: PreferencesData) {
  await db.$transaction(async (tx) => {
    for (const family of FAMILIES) {
      await tx.notificationPreference.upsert({
        where: { userId_family: { userId: actor.id, family } },
        create: { userId: actor.id, family, delivery: input[family] },
        update: { delivery: input[family] },
      });
    }
    await tx.notificationSettings.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, digestHour: input.digestHour },
      update: { digestHour: input.digestHour },
    });
    await auditAccount(tx, actor.id, actor.id, "user.notifications");
  });
  return { ok: true };
}
