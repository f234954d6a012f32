import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { defaultPeriodEnd, renewalStart } from "@/lib/conventions/in-force";
import { listConventions } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { countOf, ofName } from "@/lib/typography";
import { NewConventionForm } from "./new-convention-form";

export const metadata: Metadata = { title: "Conventions" };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export default async function ConventionsPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const conventions = await listConventions(getDb(), scope);
  const base = `/territoires/${scope.territory.slug}`;
  const renewable = conventions.filter((c) => !c.nextEdition);
  const nextYear = new Date().getUTCFullYear() + 1;
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: base },
          { label: "Conventions" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Conventions {ofName(scope.territory.name)}</h1>
      {conventions.length === 0 ? <p className="mt-4 text-slate-700">Aucune convention pour ce territoire.</p> : null}
      <ul className="mt-4 space-y-3">
        {conventions.map((convention) => (
          <li key={convention.id} className="rounded border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-medium">
              <Link href={`${base}/conventions/${convention.id}`} className="text-brand-700 underline">
                {convention.title} — CTG n° {convention.edition}
              </Link>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span>
                du {formatDate(convention.startDate)} au {formatDate(convention.endDate)}
              </span>
              <ConventionStatusBadge status={convention.status} />
              <span>· {countOf(convention._count.signatories, "signataire")}</span>
            </p>
          </li>
        ))}
      </ul>
      {scope.can("convention.edit") ? (
        <section aria-labelledby="nouvelle" className="mt-10 rounded border border-slate-300 bg-white p-4">
          <h2 id="nouvelle" className="text-xl font-semibold">
            Nouvelle convention
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-700">
            Partir du modèle (articles et visas de la convention de référence, caisse et EPCI comme signataires) ou
            renouveler une convention existante (signataires, articles, annexes, axes et fiches-action repris dans un
            nouveau brouillon). Une convention rédigée ailleurs (Word, PDF, texte) peut aussi être{" "}
            <Link href={`${base}/conventions/importer`} className="text-brand-700 underline">
              importée
            </Link>
            .
          </p>
          <NewConventionForm
            territoryId={scope.territory.id}
            renewable={renewable.map((c) => {
              const startDate = renewalStart(c);
              return {
                id: c.id,
                label: `CTG n° ${c.edition} (${c.startDate.getUTCFullYear()}-${c.endDate.getUTCFullYear()})`,
                startDate: isoDay(startDate),
                endDate: isoDay(defaultPeriodEnd(startDate)),
              };
            })}
            model={{
              startDate: `${nextYear}-01-01`,
              endDate: isoDay(defaultPeriodEnd(new Date(Date.UTC(nextYear, 0, 1)))),
            }}
          />
        </section>
      ) : null}
    </>
  );
}
