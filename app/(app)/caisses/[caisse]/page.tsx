import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireCaisseForPage } from "@/lib/auth/session";
import { getCaisseOverview, overviewFiltersSchema, type OverviewFilters } from "@/lib/dashboard/overview";
import { getDb } from "@/lib/db/client";
import { formatSeriesValue } from "@/lib/diagnostic/annex-text";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import { conventionStatusLabels } from "@/lib/labels";
import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Vue d'ensemble de la caisse" };

type Props = {
  params: Promise<{ caisse: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const link = "text-brand-700 underline";
const formatCoverage = (value: number) => formatSeriesValue(value, "PERCENT");

export default async function CaisseOverviewPage({ params, searchParams }: Props) {
  const { caisse: caisseId } = await params;
  const { actor, roles } = await requireCaisseForPage(caisseId, "caisse.overview");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = overviewFiltersSchema.parse(raw);
  const overview = await orNotFound(getCaisseOverview(getDb(), actor, caisseId, filters));
  const base = `/caisses/${caisseId}`;
  const sortLink = (key: NonNullable<OverviewFilters["tri"]>) => {
    const next = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
    next.set("tri", key);
    next.set("ordre", (filters.tri ?? "nom") === key && filters.ordre !== "desc" ? "desc" : "asc");
    return `${base}?${next.toString()}`;
  };
  const sortHeader = (key: NonNullable<OverviewFilters["tri"]>, label: string, right = false) => {
    const active = (filters.tri ?? "nom") === key;
    return (
      <Th
        align={right ? "right" : undefined}
        aria-sort={active ? (filters.ordre === "desc" ? "descending" : "ascending") : "none"}
      >
        <Link href={sortLink(key)} className={link}>
          {label}
          {active ? (filters.ordre === "desc" ? " ↓" : " ↑") : ""}
        </Link>
      </Th>
    );
  };
  const alerts = overview.rows.filter((r) => r.alert).length;
  return (
    <>
      <Breadcrumb
        items={[{ label: "Mes territoires", href: "/" }, { label: `Vue d'ensemble — ${overview.caisse.shortName}` }]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Vue d&apos;ensemble — {overview.caisse.shortName}</h1>
      <p className="mt-1 text-slate-700">
        {countOf(overview.totalTerritories, "territoire")} ·{" "}
        {countOf(alerts, "convention à renouveler", "conventions à renouveler")} dans les 12 mois sans projet de
        renouvellement (affichage filtré)
      </p>
      {can(roles, "territory.create") ||
      can(roles, "organisation.manage") ||
      can(roles, "user.manage") ||
      can(roles, "diagnostic.import") ? (
        <nav aria-label="Administration de la caisse" className="mt-3 flex flex-wrap gap-4 text-sm">
          {can(roles, "territory.create") ? (
            <Link href={`${base}/territoires/nouveau`} className={link}>
              Nouveau territoire (liste officielle des EPCI)
            </Link>
          ) : null}
          {can(roles, "user.manage") ? (
            <Link href={`${base}/utilisateurs`} className={link}>
              Utilisateurs
            </Link>
          ) : null}
          {can(roles, "organisation.manage") ? (
            <Link href={`${base}/partenaires`} className={link}>
              Partenaires de la caisse
            </Link>
          ) : null}
          {can(roles, "diagnostic.import") ? (
            <Link href={`${base}/diagnostic`} className={link}>
              Données du diagnostic (data.caf.fr)
            </Link>
          ) : null}
        </nav>
      ) : null}
      <form
        // Keyed by the filters of the URL: "Effacer les filtres" (a link to the bare page) remounts the form, so its
        // controls show the URL's filters rather than the last ones typed.
        key={JSON.stringify(filters)}
        method="get"
        aria-label="Filtres"
        className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-3"
      >
        <label className="flex flex-col text-sm">
          Statut de la convention
          <select
            name="statut"
            defaultValue={filters.statut ?? ""}
            className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
          >
            <option value="">Tous</option>
            {(["DRAFT", "CONSULTATION", "VALIDATED", "SIGNED", "EXPIRED", "TERMINATED"] as const).map((s) => (
              <option key={s} value={s}>
                {conventionStatusLabels[s]}
              </option>
            ))}
            <option value="AUCUNE">Sans convention</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="alerte" value="1" defaultChecked={!!filters.alerte} className="h-4 w-4" /> À
          renouveler dans les 12 mois seulement
        </label>
        <label className="flex flex-col text-sm">
          Territoire
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            maxLength={100}
            className="mt-1 rounded border border-slate-500 px-2 py-2"
          />
        </label>
        {filters.tri ? <input type="hidden" name="tri" value={filters.tri} /> : null}
        {filters.ordre ? <input type="hidden" name="ordre" value={filters.ordre} /> : null}
        <Button type="submit" variant="secondary">
          Filtrer
        </Button>
        <Link href={base} className={`${link} text-sm`}>
          Effacer les filtres
        </Link>
      </form>
      <p className="mt-4 text-sm text-slate-700" aria-live="polite">
        {countOf(overview.rows.length, "territoire")}
      </p>
      <Table caption="Territoires de la caisse, triables par colonne" className="mt-2">
        <THead>
          {sortHeader("nom", "Territoire")}
          {sortHeader("convention", "Convention")}
          {sortHeader("couverture", "Taux de couverture", true)}
          {sortHeader("fin", "Fin de la convention")}
          {sortHeader("realisees", "Fiches réalisées", true)}
          {sortHeader("retard", "Fiches en retard", true)}
          {sortHeader("reunion", "Dernière réunion")}
        </THead>
        <tbody>
          {overview.rows.map((r) => {
            const t = `/territoires/${r.territory.slug}`;
            return (
              <tr key={r.territory.id} className={`border-b border-slate-200 ${r.alert ? "bg-amber-50" : ""}`}>
                <RowHeader>
                  <Link href={`${t}/tableau-de-bord`} className={link}>
                    {r.territory.name}
                  </Link>
                </RowHeader>
                <Td>
                  {r.convention ? (
                    <span className="flex flex-wrap items-center gap-1">
                      <Link href={`${t}/conventions/${r.convention.id}`} className={link}>
                        CTG n° {r.convention.edition}
                      </Link>
                      <ConventionStatusBadge status={r.convention.status} />
                      {r.renewal ? (
                        <Badge tone="info">
                          Renouvellement : {conventionStatusLabels[r.renewal.status].toLowerCase()}
                        </Badge>
                      ) : null}
                    </span>
                  ) : (
                    "Aucune"
                  )}
                </Td>
                <Td align="right">
                  {r.coverage ? (
                    <>
                      {formatCoverage(r.coverage.value)} <span className="text-slate-700">({r.coverage.year})</span>
                    </>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>
                  {r.convention ? formatDate(r.convention.endDate) : "—"}{" "}
                  {r.alert ? <Badge tone="warning">Fin dans moins de 12 mois, sans renouvellement</Badge> : null}
                </Td>
                <Td align="right">
                  {r.fiches ? (
                    <Link href={`${t}/fiches-action?convention=${r.convention?.id}&statut=DONE`} className={link}>
                      {formatNumber(r.done)} / {formatNumber(r.fiches)} ({formatPercent(r.shareDone)})
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td align="right">
                  {r.late ? (
                    <Link href={`${t}/fiches-action?convention=${r.convention?.id}&retard=1`} className={link}>
                      {formatNumber(r.late)}
                    </Link>
                  ) : (
                    0
                  )}
                </Td>
                <Td>
                  {r.lastMeeting ? (
                    <Link href={`${t}/reunions`} className={link}>
                      {formatDate(r.lastMeeting)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <p className="mt-2 text-sm text-slate-700">
        Taux de couverture : places d&apos;accueil du jeune enfant pour 100 enfants de moins de 3 ans dans l&apos;EPCI
        du territoire, dernière année publiée (données ouvertes de la Cnaf importées par la caisse) ; « — » : aucune
        donnée importée.
      </p>
    </>
  );
}
