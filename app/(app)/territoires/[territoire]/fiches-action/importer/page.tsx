import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Importer un plan d'actions" };

export default async function ImportPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire, "fiche.edit");
  const base = `/territoires/${scope.territory.slug}/fiches-action`;
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Fiches-action", href: base },
          { label: "Importer" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Importer un plan d&apos;actions depuis Excel</h1>
      <p className="mt-2 text-slate-700">
        Partez du{" "}
        <a className="text-brand-700 underline" href={`${base}/modele`}>
          modèle Excel
        </a>{" "}
        ou de l&apos;
        <a className="text-brand-700 underline" href={`${base}/export`}>
          export du plan actuel
        </a>
        . Les fiches sont reconnues par leur numéro : un nouvel import les met à jour au lieu de les dupliquer. Si une
        seule ligne est invalide, rien n&apos;est enregistré et toutes les erreurs sont listées.
      </p>
      <ImportForm action={`${base}/importer/fichier`} planHref={base} />
    </>
  );
}
