"use client";
// The navigation inside a territory: its sections, the current one marked (aria-current), in one row that scrolls
// sideways on a phone rather than widening the page. The items come from the server, already filtered by the
// caller's permissions (app/(app)/territoires/[territoire]/layout.tsx).
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { TerritoryNavItem } from "@/lib/territories/navigation";

export function TerritoryNav({ territoryName, items }: { territoryName: string; items: TerritoryNavItem[] }) {
  const pathname = usePathname();
  const [home, ...sections] = items;
  const isCurrent = (item: TerritoryNavItem) =>
    item === home
      ? pathname === home.href
      : [item.href, ...(item.also ?? [])].some((href) => pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav
      id="navigation-territoire"
      aria-label={`Territoire ${territoryName}`}
      tabIndex={-1}
      className="-mx-2 mb-6 overflow-x-auto border-b border-slate-300"
    >
      <ul className="flex min-w-max gap-1 px-2">
        {[home, ...sections].map((item) => {
          const current = isCurrent(item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block border-b-4 px-3 py-2 text-sm whitespace-nowrap ${
                  current
                    ? "border-brand-700 font-semibold text-slate-900"
                    : "border-transparent text-brand-700 hover:border-slate-400"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
