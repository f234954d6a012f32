import type { Metadata } from "next";
import Link from "next/link";
import { listTerritoryAuditEvents } from "@/lib/audit/queries";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AuditTable } from "@/components/audit-table";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Journal des modifications" };

type Props = { params: Promise<{ territoire: string }>; searchParams: Promise<{ page?: string }> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire, "audit.read");
  const pageNumber = Math.max(1, Math.min(10_000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const { events, total, pageCount } = await listTerritoryAuditEvents(getDb(), scope, pageNumber);
  const base = `/territoires/${scope.territory.slug}/journal`;
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/" className="text-brand-700 underline">
          Mes territoires
        </Link>{" "}
        /{" "}
        <Link href={`/territoires/${scope.territory.slug}`} className="text-brand-700 underline">
          {scope.territory.name}
        </Link>{" "}
        / <span aria-current="page">Journal</span>
      </nav>
      <h1 className="mt-2 text-2xl font-semibold">Journal des modifications</h1>
      <p className="mt-1 text-slate-700">
        {countOf(total, "événement enregistré", "événements enregistrés")} pour {scope.territory.name}.
      </p>
      {events.length === 0 ? (
        <p className="mt-6 text-slate-700">Aucune modification enregistrée pour l&apos;instant.</p>
      ) : (
        <AuditTable events={events} caption={`Modifications enregistrées pour ${scope.territory.name}`} />
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="mt-4 flex gap-4 text-sm">
          {pageNumber > 1 ? (
            <Link href={`${base}?page=${pageNumber - 1}`} className="text-brand-700 underline">
              Page précédente
            </Link>
          ) : null}
          <span>
            Page {pageNumber} sur {pageCount}
          </span>
          {pageNumber < pageCount ? (
            <Link href={`${base}?page=${pageNumber + 1}`} className="text-brand-700 underline">
              Page suivante
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
