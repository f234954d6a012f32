import Link from "next/link";
import { LogoutButton } from "./logout-button";
import { SearchForm } from "./search-form";

export function AppHeader({ userName, isPlatformOperator }: { userName: string; isPlatformOperator?: boolean }) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900">
          CTG <span className="font-normal text-slate-700">— conventions territoriales globales</span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <SearchForm compact />
          {isPlatformOperator ? (
            <nav aria-label="Administration">
              <Link href="/plateforme" className="text-sm text-brand-700 underline">
                Plateforme
              </Link>
            </nav>
          ) : null}
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
