import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { VerifyForm } from "./verify-form";

export const metadata: Metadata = { title: "Vérifier un document signé" };

export default async function VerifyPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Vérifier un document" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Vérifier une convention ou un avenant signé</h1>
      <p className="mt-1 text-slate-700">
        Déposez le PDF reçu ou collez son empreinte SHA-256 : la plateforme indique s&apos;il s&apos;agit, à
        l&apos;octet près, d&apos;un document signé de vos territoires. Le fichier n&apos;est pas envoyé : son empreinte
        est calculée dans votre navigateur.
      </p>
      <VerifyForm territoryId={scope.territory.id} />
    </>
  );
}
