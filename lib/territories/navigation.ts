// The navigation inside a territory (app/(app)/territoires/[territoire]/layout.tsx): its sections, those the caller's
// permissions open. The same list of operations names the variants of a page shared by the readers of a territory
// (lib/dashboard/cached-dashboard.ts): two readers see the same navigation exactly when they agree on these.
import type { Operation } from "../auth/permissions";

export type TerritoryNavItem = { label: string; href: string; /** Other paths of the same section. */ also?: string[] };

/** The operations that add a section to the navigation (everything else is open to every reader). */
export const TERRITORY_NAV_OPERATIONS = ["audit.read", "territory.edit"] as const satisfies readonly Operation[];

export function territoryNavigation(slug: string, can: (operation: Operation) => boolean): TerritoryNavItem[] {
  const base = `/territoires/${slug}`;
  const items: (TerritoryNavItem | false)[] = [
    { label: "Accueil", href: base },
    { label: "Diagnostic", href: `${base}/diagnostic` },
    { label: "Conventions", href: `${base}/conventions`, also: [`${base}/verifier`] },
    { label: "Plan d'actions", href: `${base}/fiches-action` },
    { label: "Réunions et décisions", href: `${base}/reunions`, also: [`${base}/decisions`] },
    { label: "Équipements", href: `${base}/equipements` },
    { label: "Tableau de bord", href: `${base}/tableau-de-bord` },
    can("audit.read") && { label: "Journal", href: `${base}/journal` },
    can("territory.edit") && { label: "Paramètres", href: `${base}/parametres` },
  ];
  return items.filter((item) => item !== false);
}

/** "10", "00"…: which of TERRITORY_NAV_OPERATIONS the caller may do, as a key. */
export function territoryNavVariant(can: (operation: Operation) => boolean): string {
  return TERRITORY_NAV_OPERATIONS.map((operation) => (can(operation) ? "1" : "0")).join("");
}
