import { TerritoryNav } from "@/components/territory-nav";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { territoryNavigation } from "@/lib/territories/navigation";

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
  return (
    <>
      <TerritoryNav
        territoryName={scope.territory.name}
        items={territoryNavigation(scope.territory.slug, (operation) => scope.can(operation))}
      />
      {children}
    </>
  );
}
