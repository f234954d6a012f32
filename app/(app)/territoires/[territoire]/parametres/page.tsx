import type { Metadata } from "next";
import Link from "next/link";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getTerritoryHome } from "@/lib/territories/queries";
import { TerritoryForm } from "./territory-form";

export const metadata: Metadata = { title: "Paramètres du territoire" };

export default async function TerritorySettingsPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire, "territory.edit");
  const { territory } = await getTerritoryHome(getDb(), scope);
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/" className="text-brand-700 underline">
          Mes territoires
        </Link>{" "}
        /{" "}
        <Link href={`/territoires/${territory.slug}`} className="text-brand-700 underline">
          {territory.name}
        </Link>{" "}
        / <span aria-current="page">Paramètres</span>
      </nav>
      <h1 className="mt-2 text-2xl font-semibold">Paramètres du territoire</h1>
      <TerritoryForm
        territory={{
          id: territory.id,
          version: territory.version,
          name: territory.name,
          siren: territory.siren ?? "",
          population: territory.population?.toString() ?? "",
        }}
      />
    </>
  );
}
