import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { ImportReview } from "./import-review";

export const metadata: Metadata = { title: "Importer une convention" };

export default async function ImportConventionPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire, "convention.edit");
  const base = `/territoires/${scope.territory.slug}/conventions`;
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Conventions", href: base },
          { label: "Importer" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Importer une convention existante</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Depuis un document Word (.docx), un PDF contenant du texte, ou du texte collé. Le titre, la période, le lieu,
        les parties, les visas, le préambule, les articles et la liste des annexes sont reconnus ; vous les vérifiez à
        côté du texte source avant de créer la convention. Rien n&apos;est perdu : le texte non reconnu est gardé dans
        une partie « à placer ».
      </p>
      <ImportReview
        analyseAction={`${base}/importer/analyse`}
        createAction={`${base}/importer/creer`}
        canSign={scope.can("convention.sign")}
      />
    </>
  );
}
