"use client";
// The link of a notification to its object: following it marks the notification read.
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
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
  const { execute } = useAction(markNotificationReadAction);
  return (
    <Link
      href={href}
      className="text-brand-700 underline"
      onClick={() => {
        if (unread) execute({ notificationId: id });
      }}
    >
      {children}
    </Link>
  );
}
