import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { ThemeSection } from "@/components/diagnostic/theme-section";
import { Alert } from "@/components/ui/alert";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadDiagnosticPage } from "@/lib/diagnostic/page-data";

export const metadata: Metadata = { title: "Diagnostic partagé" };

const link = "text-brand-700 underline";

/** The territory's shared diagnostic: open data of the Cnaf by theme, the caisse's findings, partners' contributions. */
export default async function DiagnosticPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { actor, scope } = await requireTerritoryForPage(territoire);
  const d = await loadDiagnosticPage(getDb(), actor, scope);
  const base = `/territoires/${scope.territory.slug}`;
  const importLink = scope.can("diagnostic.import") ? (
    <>
      {" "}
      <Link href={`/caisses/${d.caisseId}/diagnostic`} className={link}>
        Importer les données ouvertes de la Cnaf
      </Link>
      .
    </>
  ) : null;

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: base },
          { label: "Diagnostic" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Diagnostic partagé — {scope.territory.name}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Les données ouvertes de la Cnaf pour l&apos;EPCI, comparées à son département et à la France, par thème ; les
        constats de la caisse et les contributions des partenaires. Ce diagnostic nourrit l&apos;annexe 3 de la
        convention.
      </p>

      <div className="mt-4 flex max-w-3xl flex-col gap-2">
        {!d.siren ? (
          <Alert tone="info">
            Ce territoire n&apos;a pas de numéro SIREN d&apos;EPCI : ses propres valeurs ne peuvent pas être rapprochées
            des données ouvertes de la Cnaf.
            {scope.can("territory.edit") ? (
              <>
                {" "}
                <Link href={`${base}/parametres`} className={link}>
                  Renseigner le SIREN dans les paramètres
                </Link>
                .
              </>
            ) : null}
          </Alert>
        ) : null}
        {!d.hasData ? (
          <Alert tone="info">Aucune donnée ouverte n&apos;a encore été importée pour ce territoire.{importLink}</Alert>
        ) : d.siren && !d.hasEpciData ? (
          <Alert tone="info">
            Les données importées ne comprennent pas encore de valeurs de l&apos;EPCI (SIREN {d.siren}) : seuls le
            département et la France sont présentés.{importLink}
          </Alert>
        ) : null}
      </div>

      <nav aria-label="Thèmes du diagnostic" className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {d.themes.map((t) => (
            <li key={t.theme}>
              <a href={`#theme-${t.theme.toLowerCase().replace(/_/g, "-")}`} className={link}>
                {t.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {d.themes.map((view) => (
        <ThemeSection
          key={view.theme}
          territoryId={scope.territory.id}
          view={view}
          canEdit={d.canEdit}
          canContribute={d.canContribute}
        />
      ))}
    </>
  );
}
