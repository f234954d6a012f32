import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { requireActorForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { unreadCount } from "@/lib/notifications/centre";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorForPage();
  const unread = await unreadCount(getDb(), actor);
  return (
    <>
      <AppHeader userName={actor.name} isPlatformOperator={actor.isPlatformOperator} unreadNotifications={unread} />
      <main id="contenu" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-6 pb-8 text-sm">
        <Link href="/accessibilite" className="text-brand-700 underline">
          Accessibilité
        </Link>
      </footer>
    </>
  );
}
