import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireCaisseForPage } from "@/lib/auth/session";
import { getCaisse } from "@/lib/caisses/queries";
import { getDb } from "@/lib/db/client";
import { formatNumber } from "@/lib/format";
import { findDepartement, findEpci, searchEpci } from "@/lib/geo/decoupage";
import { epciNames, ofPlace } from "@/lib/geo/names";
import { CreateTerritoryForm } from "./create-territory-form";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Nouveau territoire" };

type Props = {
  params: Promise<{ caisse: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 100);
const departementNames = (codes: string[]) =>
  codes.map((code) => `${findDepartement(code)?.nom ?? code} (${code})`).join(", ");

export default async function NewTerritoryPage({ params, searchParams }: Props) {
  const { caisse: caisseId } = await params;
  await requireCaisseForPage(caisseId, "territory.create");
  const db = getDb();
  const caisse = await getCaisse(db, caisseId);
  if (!caisse) notFound();
  const query = await searchParams;
  const q = single(query.q)?.trim() ?? "";
  const chosen = /^\d{9}$/.test(single(query.epci) ?? "") ? findEpci(single(query.epci)!) : null;
  const search = q ? searchEpci(q, caisse.departement) : null;
  const existing = chosen
    ? await db.territory.findFirst({ where: { caisseId, siren: chosen.siren }, select: { name: true, slug: true } })
    : null;
  const base = `/caisses/${caisseId}/territoires/nouveau`;
  const departement = findDepartement(caisse.departement);
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: `Vue d'ensemble — ${caisse.shortName}`, href: `/caisses/${caisseId}` },
          { label: "Nouveau territoire" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Nouveau territoire</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Un territoire est une intercommunalité (EPCI) de la liste officielle de la DGCL : son nom, son SIREN, ses
        communes et sa population en sont repris.
        {departement ? ` Celles ${ofPlace(departement.nom, departement.typeLiaison)} sont proposées en premier.` : ""}
      </p>
      <form method="get" action={base} role="search" aria-label="Chercher une intercommunalité" className="mt-6">
        <label htmlFor="recherche-epci" className="text-sm font-medium">
          Intercommunalité (nom ou SIREN)
        </label>
        <p id="recherche-epci-aide" className="text-sm text-slate-700">
          Par exemple « Cœur de Lozère » ou « 244800405 ».
        </p>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="recherche-epci"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={100}
            aria-describedby="recherche-epci-aide"
            className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 sm:max-w-md"
          />
          <Button type="submit">Rechercher</Button>
        </div>
      </form>
      {search ? (
        <section aria-labelledby="resultats" className="mt-6">
          <h2 id="resultats" className="text-lg font-semibold">
            {search.total === 0
              ? "Aucune intercommunalité ne correspond"
              : search.total > search.results.length
                ? `${search.results.length} premiers résultats sur ${formatNumber(search.total)} : précisez la recherche`
                : countOf(search.total, "résultat")}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {search.results.map((epci) => {
              const local = epci.departements.includes(caisse.departement);
              return (
                <li key={epci.siren} className="rounded border border-slate-300 bg-white p-3">
                  <a
                    href={`${base}?${new URLSearchParams({ q, epci: epci.siren })}#choix`}
                    className="font-medium text-brand-700 underline"
                  >
                    {epci.name}
                  </a>
                  <p className="text-sm text-slate-700">
                    SIREN {epci.siren} · {countOf(epci.members.length, "commune")} ·{" "}
                    {departementNames(epci.departements)}
                    {local ? "" : " · hors de votre département"}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {chosen ? (
        <section id="choix" aria-labelledby="choix-titre" className="mt-8 rounded border border-slate-400 bg-white p-4">
          <h2 id="choix-titre" className="text-lg font-semibold">
            {chosen.name}
          </h2>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">SIREN</dt>
            <dd>{chosen.siren}</dd>
            <dt className="font-medium">Population municipale</dt>
            <dd>{chosen.population === null ? "inconnue" : formatNumber(chosen.population)}</dd>
            <dt className="font-medium">Département{chosen.departements.length > 1 ? "s" : ""}</dt>
            <dd>{departementNames(chosen.departements)}</dd>
            <dt className="font-medium">Communes ({chosen.members.length})</dt>
            <dd>{chosen.members.map((m) => `${m.name} (${m.code})`).join(", ")}</dd>
          </dl>
          {existing ? (
            <div className="mt-4">
              <Alert>
                Cette intercommunalité est déjà un territoire de la caisse :{" "}
                <a href={`/territoires/${existing.slug}`} className="underline">
                  {existing.name}
                </a>
                .
              </Alert>
            </div>
          ) : (
            <CreateTerritoryForm
              caisseId={caisseId}
              epciSiren={chosen.siren}
              defaultName={epciNames(chosen).territoryName}
              outside={!chosen.departements.includes(caisse.departement)}
              departementName={departement ? ofPlace(departement.nom, departement.typeLiaison) : caisse.departement}
              communes={chosen.members.length}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
