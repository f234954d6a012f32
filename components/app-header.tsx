import Link from "next/link";
import { LogoutButton } from "./logout-button";

export function AppHeader({ userName }: { userName: string }) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-6 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900">
          CTG <span className="font-normal text-slate-700">— conventions territoriales globales</span>
        </Link>
        <div className="flex items-center gap-4">
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
