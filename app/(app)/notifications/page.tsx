import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Breadcrumb } from "@/components/breadcrumb";
import { NotificationLink } from "@/components/notification-link";
import { Badge } from "@/components/ui/badge";
import { requireActorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/centre";
import { familyLabels } from "@/lib/notifications/families";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireActorForPage();
  const notifications = await listNotifications(getDb(), actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <Breadcrumb items={[{ label: "Mes territoires", href: "/" }, { label: "Notifications" }]} />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        <div className="flex flex-wrap items-center gap-4">
          {unread ? (
            <ActionButton action={markAllNotificationsReadAction} input={{}} label="Tout marquer comme lu" />
          ) : null}
          <Link href="/notifications/preferences" className="text-brand-700 underline">
            Préférences de notification
          </Link>
        </div>
      </div>
      <p className="mt-1 text-slate-700" aria-live="polite">
        {unread === 0
          ? "Aucune notification non lue."
          : `${unread} notification${unread > 1 ? "s" : ""} non lue${unread > 1 ? "s" : ""}.`}
      </p>
      {notifications.length === 0 ? (
        <p className="mt-6">Vous n&apos;avez encore reçu aucune notification.</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-3" aria-label="Liste des notifications">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`rounded border p-4 ${n.readAt ? "border-slate-300 bg-white" : "border-brand-700 bg-blue-50"}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="text-sm text-slate-700">
                    {familyLabels[n.family]} · {formatDateTime(n.createdAt)}{" "}
                    {n.readAt ? null : <Badge tone="info">Non lue</Badge>}
                  </p>
                  <h2 className="mt-1 text-lg font-semibold">
                    <NotificationLink id={n.id} href={n.link} unread={!n.readAt}>
                      {n.title}
                    </NotificationLink>
                  </h2>
                  <p className="mt-1">{n.body}</p>
                </div>
                {n.readAt ? null : (
                  <ActionButton
                    action={markNotificationReadAction}
                    input={{ notificationId: n.id }}
                    label="Marquer comme lue"
                    ariaLabel={`Marquer comme lue : ${n.title}`}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
