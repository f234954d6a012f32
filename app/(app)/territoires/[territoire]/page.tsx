import type { Metadata } from "next";
import Link from "next/link";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { FicheStatusSummary } from "@/components/fiche-status-summary";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime, formatEuros } from "@/lib/format";
import { meetingKindLabels } from "@/lib/labels";
import { getTerritoryHome } from "@/lib/territories/queries";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { countOf } from "@/lib/typography";

type Props = { params: Promise<{ territoire: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  return { title: scope.territory.name };
}

export default async function TerritoryHomePage({ params }: Props) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const home = await getTerritoryHome(getDb(), scope);
  const { territory } = home;
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/" className="text-brand-700 underline">
          Mes territoires
        </Link>{" "}
        / <span aria-current="page">{territory.name}</span>
      </nav>
      <h1 className="mt-2 text-2xl font-semibold">{territory.name}</h1>
      <p className="mt-1 text-slate-700">
        {territory.caisse.shortName}
        {territory.siren ? <> · SIREN {territory.siren}</> : null}
        {territory.population != null ? <> · {countOf(territory.population, "habitant")}</> : null}
        {territory.communes.length ? <> · {countOf(territory.communes.length, "commune")}</> : null}
      </p>
      <ul className="mt-3 flex flex-wrap gap-4 text-sm">
        <li>
          <Link href={`/territoires/${territory.slug}/tableau-de-bord`} className="text-brand-700 underline">
            Tableau de bord
          </Link>
        </li>
        <li>
          <Link href={`/territoires/${territory.slug}/conventions`} className="text-brand-700 underline">
            Conventions
          </Link>
        </li>
        <li>
          <Link href={`/territoires/${territory.slug}/fiches-action`} className="text-brand-700 underline">
            Fiches-action
          </Link>
        </li>
        <li>
          <Link href={`/territoires/${territory.slug}/reunions`} className="text-brand-700 underline">
            Réunions et décisions
          </Link>
        </li>
        <li>
          <Link href={`/territoires/${territory.slug}/equipements`} className="text-brand-700 underline">
            Équipements financés
          </Link>
        </li>
        <li>
          <Link href={`/territoires/${territory.slug}/verifier`} className="text-brand-700 underline">
            Vérifier un document signé
          </Link>
        </li>
        {scope.can("territory.edit") ? (
          <li>
            <Link href={`/territoires/${territory.slug}/parametres`} className="text-brand-700 underline">
              Paramètres du territoire
            </Link>
          </li>
        ) : null}
        {scope.can("audit.read") ? (
          <li>
            <Link href={`/territoires/${territory.slug}/journal`} className="text-brand-700 underline">
              Journal des modifications
            </Link>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="conventions" className="mt-8">
        <h2 id="conventions" className="text-xl font-semibold">
          Conventions
        </h2>
        {home.conventions.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucune convention pour ce territoire.</p>
        ) : (
          <Table className="mt-3">
            <THead>
              <Th>Convention</Th>
              <Th>Période</Th>
              <Th>Statut</Th>
              <Th align="right">Signataires</Th>
              <Th align="right">Fiches-action</Th>
              <Th align="right">Engagement annuel de la caisse</Th>
            </THead>
            <tbody>
              {home.conventions.map((convention) => (
                <Tr key={convention.id}>
                  <Td>
                    <Link
                      href={`/territoires/${territory.slug}/conventions/${convention.id}`}
                      className="text-brand-700 underline"
                    >
                      {convention.title} (CTG n°&nbsp;{convention.edition})
                    </Link>
                  </Td>
                  <Td>
                    du {formatDate(convention.startDate)} au {formatDate(convention.endDate)}
                  </Td>
                  <Td>
                    <ConventionStatusBadge status={convention.status} />
                  </Td>
                  <Td align="right">{convention._count.signatories}</Td>
                  <Td align="right">{convention._count.fiches}</Td>
                  <Td align="right">{convention.annualFunding ? formatEuros(convention.annualFunding) : "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="fiches" className="mt-8">
        <h2 id="fiches" className="text-xl font-semibold">
          Fiches-action par statut
        </h2>
        <FicheStatusSummary counts={home.ficheCounts} />
      </section>

      <section aria-labelledby="reunions" className="mt-8">
        <h2 id="reunions" className="text-xl font-semibold">
          Comités
        </h2>
        <dl className="mt-3 grid gap-2 text-sm md:grid-cols-2">
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="font-medium">Prochaine réunion</dt>
            <dd className="mt-1">
              {home.nextMeeting ? (
                <Link
                  href={`/territoires/${territory.slug}/reunions/${home.nextMeeting.id}`}
                  className="text-brand-700 underline"
                >
                  {`${meetingKindLabels[home.nextMeeting.kind]} — ${formatDateTime(home.nextMeeting.startsAt)}${home.nextMeeting.place ? `, ${home.nextMeeting.place}` : ""}`}
                </Link>
              ) : (
                "Aucune réunion prévue."
              )}
            </dd>
          </div>
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="font-medium">Dernière réunion</dt>
            <dd className="mt-1">
              {home.lastMeeting ? (
                <Link
                  href={`/territoires/${territory.slug}/reunions/${home.lastMeeting.id}`}
                  className="text-brand-700 underline"
                >
                  {`${meetingKindLabels[home.lastMeeting.kind]} — ${formatDateTime(home.lastMeeting.startsAt)}${home.lastMeeting.place ? `, ${home.lastMeeting.place}` : ""}`}
                </Link>
              ) : (
                "Aucune réunion tenue."
              )}
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
