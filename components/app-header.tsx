import Link from "next/link";
import { LogoutButton } from "./logout-button";
import { SearchForm } from "./search-form";

export function AppHeader({
  userName,
  isPlatformOperator,
  unreadNotifications = 0,
}: {
  userName: string;
  isPlatformOperator?: boolean;
  unreadNotifications?: number;
}) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-slate-900">
          CTG <span className="hidden font-normal text-slate-700 sm:inline">— conventions territoriales globales</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <SearchForm compact />
          {isPlatformOperator ? (
            <nav aria-label="Administration">
              <Link href="/plateforme" className="text-sm text-brand-700 underline">
                Plateforme
              </Link>
            </nav>
          ) : null}
          <Link href="/notifications" className="text-sm text-brand-700 underline" data-testid="notifications-link">
            Notifications
            {unreadNotifications > 0 ? (
              <>
                {" "}
                <span className="rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                  {unreadNotifications}
                  <span className="sr-only"> non lue{unreadNotifications > 1 ? "s" : ""}</span>
                </span>
              </>
            ) : null}
          </Link>
          <Link href="/aide" className="text-sm text-brand-700 underline">
            Aide
          </Link>
          <Link href="/compte" className="text-sm text-brand-700 underline">
            <span className="sr-only">Mon compte : </span>
            {userName}
          </Link>
          <LogoutButton variant="secondary" />
        </div>
      </div>
    </header>
  );
}
