import Link from "next/link";
import { headers } from "next/headers";
import { AppHeader } from "@/components/app-header";
import { requireActorForPage } from "@/lib/auth/session";
import { SHARED_PAGE_HEADER, USER_NAME_PLACEHOLDER } from "@/lib/dashboard/shared-page";
import { getDb } from "@/lib/db/client";
import { unreadCount } from "@/lib/notifications/centre";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorForPage();
  // A page rendered to be shared by every reader of a territory (lib/dashboard/cached-dashboard.ts): the name is
  // filled in per request, and the unread count (one person's) is left out. Only lib/cli/serve.ts sets this header
  // (it removes it from requests from outside).
  const shared = (await headers()).get(SHARED_PAGE_HEADER) === "1";
  const unread = shared ? 0 : await unreadCount(getDb(), actor);
  return (
    <>
      <AppHeader
        userName={shared ? USER_NAME_PLACEHOLDER : actor.name}
        isPlatformOperator={actor.isPlatformOperator}
        unreadNotifications={unread}
      />
      <main id="contenu" className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm sm:px-6">
        <Link href="/accessibilite" className="text-brand-700 underline">
          Accessibilité
        </Link>
      </footer>
    </>
  );
}
