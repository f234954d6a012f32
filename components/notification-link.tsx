"use client";
// The link of a notification to its object: following it marks the notification read, then loads the object's
// page in full (so that the header's unread count is current).
import { useAction } from "next-safe-action/hooks";
import { markNotificationReadAction } from "@/lib/notifications/actions";

export function NotificationLink({
  id,
  href,
  unread,
  children,
}: {
  id: string;
  href: string;
  unread: boolean;
  children: React.ReactNode;
}) {
  const { executeAsync } = useAction(markNotificationReadAction);
  return (
    <a
      href={href}
      className="text-brand-700 underline"
      onClick={async (event) => {
        if (!unread || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        await executeAsync({ notificationId: id }).catch(() => undefined);
        window.location.assign(href);
      }}
    >
      {children}
    </a>
  );
}
