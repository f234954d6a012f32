import { TerritoryNav, type TerritoryNavItem } from "@/components/territory-nav";
import { requireTerritoryForPage } from "@/lib/auth/session";

/** Every page of a territory: its navigation above the page (the sections the caller may open). */
export default async function TerritoryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ territoire: string }>;
}) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const base = `/territoires/${scope.territory.slug}`;
  const items: (TerritoryNavItem | false)[] = [
    { label: "Accueil", href: base },
    { label: "Conventions", href: `${base}/conventions`, also: [`${base}/verifier`] },
    { label: "Plan d'actions", href: `${base}/fiches-action` },
    { label: "Réunions et décisions", href: `${base}/reunions`, also: [`${base}/decisions`] },
    { label: "Équipements", href: `${base}/equipements` },
    { label: "Tableau de bord", href: `${base}/tableau-de-bord` },
    scope.can("audit.read") && { label: "Journal", href: `${base}/journal` },
    scope.can("territory.edit") && { label: "Paramètres", href: `${base}/parametres` },
  ];
  return (
    <>
      <TerritoryNav territoryName={scope.territory.name} items={items.filter((item) => item !== false)} />
      {children}
    </>
  );
}
