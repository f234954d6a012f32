import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { DiagnosticImportForm } from "@/components/diagnostic/import-form";
import { ImportHistory } from "@/components/diagnostic/import-history";
import { requireCaisseForPage } from "@/lib/auth/session";
import { getCaisse } from "@/lib/caisses/queries";
import { getDb } from "@/lib/db/client";
import { DATASETS } from "@/lib/diagnostic/catalogue";
import { caisseAreas, listImports } from "@/lib/diagnostic/import";
import { openDataPortalUrl } from "@/lib/env";

export const metadata: Metadata = { title: "Données du diagnostic partagé" };

function portalConfigured(): boolean {
  try {
    return openDataPortalUrl() !== null;
  } catch {
    return false;
  }
}

export default async function DiagnosticImportPage({ params }: { params: Promise<{ caisse: string }> }) {
  const { caisse: caisseId } = await params;
  const { actor } = await requireCaisseForPage(caisseId, "diagnostic.import");
  const db = getDb();
  const [caisse, imports, areas] = await Promise.all([
    getCaisse(db, caisseId),
    listImports(db, actor, caisseId),
    caisseAreas(db, caisseId),
  ]);
  if (!caisse) notFound();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: `Vue d'ensemble — ${caisse.shortName}`, href: `/caisses/${caisseId}` },
          { label: "Données du diagnostic" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Données du diagnostic partagé — {caisse.shortName}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Importez les jeux de données ouverts de la Cnaf (data.caf.fr, Licence Ouverte) : taux de couverture et places
        d&apos;accueil du jeune enfant, foyers allocataires par prestation, par EPCI, département et France. Un aperçu
        montre ce qui change avant d&apos;importer ; un fichier dont une valeur est invalide n&apos;est pas importé du
        tout.
      </p>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">
        Territoires reconnus par leur SIREN :{" "}
        {areas.territories.map((t) => (t.siren ? `${t.name} (${t.siren})` : `${t.name} (sans SIREN)`)).join(", ") ||
          "aucun territoire"}{" "}
        · départements : {[...areas.departements].sort().join(", ")}.
      </p>
      <DiagnosticImportForm
        caisseId={caisseId}
        today={today}
        portalDatasets={portalConfigured() ? DATASETS.map((d) => ({ id: d.id, title: d.title })) : []}
      />
      <section aria-labelledby="historique" className="mt-8">
        <h2 id="historique" className="text-xl font-semibold">
          Historique des imports
        </h2>
        <ImportHistory imports={imports} />
      </section>
    </>
  );
}
