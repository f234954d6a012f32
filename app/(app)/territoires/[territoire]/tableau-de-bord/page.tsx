// Plain anchors rather than next/link: the dashboard has a hundred drill-down links, and next/link would prefetch
// every list in view on each visit.
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { BarChartFigure } from "@/components/charts/bar-chart";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { STATUS_ORDER } from "@/lib/dashboard/compute";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime, formatEuros, formatMonth, formatNumber, formatPercent } from "@/lib/format";
import { decisionStatusLabels, ficheStatusLabels, meetingKindLabels, themeLabels } from "@/lib/labels";
import { isOverdue, ownerLabel } from "@/lib/meetings/decision-rules";
import { z } from "@/lib/zod-fr";

export const metadata: Metadata = { title: "Tableau de bord" };

const querySchema = z.object({ annee: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });
const link = "text-brand-700 underline";

type Props = {
  params: Promise<{ territoire: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DashboardPage({ params, searchParams }: Props) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const raw = await searchParams;
  const { annee: year } = querySchema.parse({ annee: Array.isArray(raw.annee) ? raw.annee[0] : raw.annee });
  const d = await getTerritoryDashboard(getDb(), scope, { year });
  const base = `/territoires/${scope.territory.slug}`;
  const c = d.convention;
  const fiches = (params: Record<string, string | number | undefined>) => {
    const query = new URLSearchParams(
      Object.entries({ convention: c?.id, ...params })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return `${base}/fiches-action?${query.toString()}`;
  };
  const thisYear = d.today.getUTCFullYear();
  const yearChoices = c
    ? Array.from(
        { length: c.endDate.getUTCFullYear() - c.startDate.getUTCFullYear() + 1 },
        (_, i) => c.startDate.getUTCFullYear() + i,
      ).filter((y) => y <= thisYear)
    : [];
  const bilanYear = year ?? Math.min(thisYear, c?.endDate.getUTCFullYear() ?? thisYear);
  const statusesShown = STATUS_ORDER.filter((s) => d.fiches.byStatus[s] > 0 || s === "DONE");
  const themes = [...d.fiches.byTheme.keys()].sort((a, b) => themeLabels[a].localeCompare(themeLabels[b], "fr"));
  const budgetYears = [...d.budget.byYear.keys()];

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: base },
          { label: "Tableau de bord" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">
        Tableau de bord{year ? ` ${year}` : ""} — {scope.territory.name}
      </h1>

      <form method="get" aria-label="Période" className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          Année
          <select
            name="annee"
            defaultValue={year ?? ""}
            className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
          >
            <option value="">Toute la convention</option>
            {yearChoices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          Afficher
        </Button>
        <a href={`${base}/tableau-de-bord/bilan?annee=${bilanYear}`} className={`${link} text-sm`}>
          Bilan annuel {bilanYear} (PDF)
        </a>
      </form>

      {year ? (
        <p className="mt-2 text-sm text-slate-700">
          Budget, indicateurs, réunions et décisions de {year} ; les statuts des fiches et les retards sont ceux
          d&apos;aujourd&apos;hui.
        </p>
      ) : null}
      {c ? (
        <section aria-labelledby="convention" className="mt-6 rounded border border-slate-300 bg-white p-4">
          <h2 id="convention" className="text-lg font-semibold">
            <a href={`${base}/conventions/${c.id}`} className={link}>
              {c.title} n° {c.edition}
            </a>
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            du {formatDate(c.startDate)} au {formatDate(c.endDate)} <ConventionStatusBadge status={c.status} />
            {c.annualFunding !== null ? (
              <span>· engagement annuel de la caisse : {formatEuros(c.annualFunding)}</span>
            ) : null}
          </p>
          <div className="mt-3">
            <p id="periode-label" className="text-sm">
              Période écoulée : <strong>{formatPercent(c.period.ratio)}</strong> — {formatNumber(c.period.daysLeft)}{" "}
              jours restants sur {formatNumber(c.period.totalDays)}
            </p>
            <progress
              aria-labelledby="periode-label"
              max={1}
              value={c.period.ratio}
              className="mt-1 h-3 w-full max-w-xl"
            />
          </div>
        </section>
      ) : (
        <p className="mt-6 text-slate-700">Aucune convention pour ce territoire.</p>
      )}

      <section aria-labelledby="chiffres" className="mt-6">
        <h2 id="chiffres" className="sr-only">
          Chiffres clés
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="text-sm text-slate-700">Fiches-action</dt>
            <dd className="text-2xl font-semibold">
              <a href={fiches({})} className={link}>
                {formatNumber(d.fiches.total)}
              </a>
            </dd>
          </div>
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="text-sm text-slate-700">Réalisées</dt>
            <dd className="text-2xl font-semibold">
              <a href={fiches({ statut: "DONE" })} className={link}>
                {formatNumber(d.fiches.done)} ({formatPercent(d.fiches.shareDone)})
              </a>
            </dd>
          </div>
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="text-sm text-slate-700">En retard</dt>
            <dd className="text-2xl font-semibold">
              <a href={fiches({ retard: "1" })} className={link}>
                {formatNumber(d.fiches.late.length)}
              </a>
            </dd>
          </div>
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="text-sm text-slate-700">Décisions ouvertes</dt>
            <dd className="text-2xl font-semibold">
              <a href={`${base}/decisions`} className={link}>
                {formatNumber(d.openDecisionCount)}
              </a>
            </dd>
          </div>
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="text-sm text-slate-700">Prochaine réunion</dt>
            <dd className="mt-1">
              {d.nextMeeting ? (
                <a href={`${base}/reunions/${d.nextMeeting.id}`} className={link}>
                  {meetingKindLabels[d.nextMeeting.kind]} — {formatDateTime(d.nextMeeting.startsAt)}
                </a>
              ) : (
                "Aucune réunion prévue."
              )}
            </dd>
          </div>
          <div className="rounded border border-slate-300 bg-white p-4">
            <dt className="text-sm text-slate-700">Dernière réunion</dt>
            <dd className="mt-1">
              {d.lastMeeting ? (
                <a href={`${base}/reunions/${d.lastMeeting.id}`} className={link}>
                  {meetingKindLabels[d.lastMeeting.kind]} du {formatDate(d.lastMeeting.startsAt)} — compte rendu
                </a>
              ) : (
                "Aucune réunion tenue."
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="statuts" className="mt-8">
        <h2 id="statuts" className="text-xl font-semibold">
          Avancement des fiches-action
        </h2>
        <BarChartFigure
          summary={`Fiches-action par statut : ${statusesShown.map((s) => `${ficheStatusLabels[s]} ${d.fiches.byStatus[s]}`).join(", ")}.`}
          data={statusesShown.map((s) => ({ label: ficheStatusLabels[s], fiches: d.fiches.byStatus[s] }))}
          series={[{ key: "fiches", name: "Fiches-action", fill: "solid" }]}
        />
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="p-2 text-left font-medium">
              Fiches-action par thématique et statut (une fiche peut relever de plusieurs thématiques)
            </caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Thématique
                </th>
                {statusesShown.map((s) => (
                  <th key={s} scope="col" className="p-2 text-right">
                    {ficheStatusLabels[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {themes.map((theme) => (
                <tr key={theme} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-left font-normal">
                    {themeLabels[theme]}
                  </th>
                  {statusesShown.map((s) => {
                    const n = d.fiches.byTheme.get(theme)![s];
                    return (
                      <td key={s} className="p-2 text-right">
                        {n ? (
                          <a
                            href={fiches({ theme, statut: s })}
                            className={link}
                            aria-label={`${n} fiches ${themeLabels[theme]}, ${ficheStatusLabels[s]}`}
                          >
                            {n}
                          </a>
                        ) : (
                          0
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr className="border-t-2 border-slate-400 font-semibold">
                <th scope="row" className="p-2 text-left">
                  Toutes thématiques (fiches)
                </th>
                {statusesShown.map((s) => (
                  <td key={s} className="p-2 text-right">
                    {d.fiches.byStatus[s] ? (
                      <a href={fiches({ statut: s })} className={link}>
                        {d.fiches.byStatus[s]}
                      </a>
                    ) : (
                      0
                    )}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="p-2 text-left font-medium">Fiches-action par axe</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Axe
                </th>
                <th scope="col" className="p-2 text-right">
                  Fiches
                </th>
                <th scope="col" className="p-2 text-right">
                  Réalisées
                </th>
                <th scope="col" className="p-2 text-right">
                  Part réalisée
                </th>
                <th scope="col" className="p-2 text-right">
                  En cours
                </th>
                <th scope="col" className="p-2 text-right">
                  Bloquées
                </th>
              </tr>
            </thead>
            <tbody>
              {d.axes.map((axis) => {
                const row = d.fiches.byAxis.get(axis.id);
                const total = row ? Object.values(row).reduce((a, b) => a + b, 0) : 0;
                return (
                  <tr key={axis.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      {axis.position}. {axis.title}
                    </th>
                    <td className="p-2 text-right">
                      <a href={fiches({ axe: axis.id })} className={link}>
                        {total}
                      </a>
                    </td>
                    <td className="p-2 text-right">
                      <a href={fiches({ axe: axis.id, statut: "DONE" })} className={link}>
                        {row?.DONE ?? 0}
                      </a>
                    </td>
                    <td className="p-2 text-right">{formatPercent(total ? (row?.DONE ?? 0) / total : null)}</td>
                    <td className="p-2 text-right">
                      <a href={fiches({ axe: axis.id, statut: "IN_PROGRESS" })} className={link}>
                        {row?.IN_PROGRESS ?? 0}
                      </a>
                    </td>
                    <td className="p-2 text-right">
                      <a href={fiches({ axe: axis.id, statut: "BLOCKED" })} className={link}>
                        {row?.BLOCKED ?? 0}
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="retards" className="mt-8">
        <h2 id="retards" className="text-xl font-semibold">
          Fiches-action en retard ({d.fiches.late.length})
        </h2>
        {d.fiches.late.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucune fiche en retard.</p>
        ) : (
          <>
            <table className="mt-3 w-full border-collapse bg-white text-sm">
              <caption className="sr-only">Fiches-action dont la fin prévue est passée</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-2">
                    Fiche-action
                  </th>
                  <th scope="col" className="p-2">
                    Fin prévue
                  </th>
                  <th scope="col" className="p-2">
                    Statut
                  </th>
                  <th scope="col" className="p-2">
                    Pilote
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.fiches.late.slice(0, 10).map((f) => {
                  const full = d.ficheList.find((x) => x.id === f.id);
                  return (
                    <tr key={f.id} className="border-b border-slate-200">
                      <td className="p-2">
                        <a href={`${base}/fiches-action/${f.id}`} className={link}>
                          {f.number} — {f.title}
                        </a>
                      </td>
                      <td className="p-2">{formatMonth(f.endMonth)}</td>
                      <td className="p-2">
                        <FicheStatusBadge status={f.status} />
                      </td>
                      <td className="p-2">
                        {full?.pilotOrganisation?.shortName ?? full?.pilotOrganisation?.name ?? "—"}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="mt-2 text-sm">
              <a href={fiches({ retard: "1" })} className={link}>
                Voir les {d.fiches.late.length} fiches en retard
              </a>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="indicateurs" className="mt-8">
        <h2 id="indicateurs" className="text-xl font-semibold">
          Indicateurs et cibles
        </h2>
        {d.indicators.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucun indicateur chiffré.</p>
        ) : (
          <>
            {d.indicators.some((i) => i.progress !== null) ? (
              <BarChartFigure
                summary={`Progression vers la cible : ${d.indicators
                  .filter((i) => i.progress !== null)
                  .map((i) => `${i.ficheNumber} ${i.name} ${formatPercent(i.progress)}`)
                  .join(", ")}.`}
                data={d.indicators
                  .filter((i) => i.progress !== null)
                  .slice(0, 20)
                  .map((i) => ({
                    label: `${i.ficheNumber} ${i.name.length > 28 ? `${i.name.slice(0, 27)}…` : i.name}`,
                    progression: i.progress,
                  }))}
                series={[{ key: "progression", name: "Progression vers la cible", fill: "solid" }]}
                format="percent"
                horizontal
                reference={{ value: 1, label: "Cible" }}
              />
            ) : null}
            <table className="mt-3 w-full border-collapse bg-white text-sm">
              <caption className="p-2 text-left font-medium">
                Indicateurs : valeur de départ, dernière valeur et cible
              </caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-2">
                    Indicateur
                  </th>
                  <th scope="col" className="p-2 text-right">
                    Départ
                  </th>
                  <th scope="col" className="p-2 text-right">
                    Dernière valeur
                  </th>
                  <th scope="col" className="p-2 text-right">
                    Cible
                  </th>
                  <th scope="col" className="p-2 text-right">
                    Progression
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.indicators.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      <a href={`${base}/fiches-action/${i.ficheId}`} className={link}>
                        {i.ficheNumber} — {i.name}
                      </a>
                    </th>
                    <td className="p-2 text-right">{i.baselineValue !== null ? formatNumber(i.baselineValue) : "—"}</td>
                    <td className="p-2 text-right">
                      {i.latest
                        ? `${formatNumber(i.latest.value)}${i.unit ? ` ${i.unit}` : ""} (${i.latest.year})`
                        : "—"}
                    </td>
                    <td className="p-2 text-right">
                      {i.targetValue !== null
                        ? `${formatNumber(i.targetValue)}${i.unit ? ` ${i.unit}` : ""}${i.targetYear ? ` (${i.targetYear})` : ""}`
                        : "—"}
                    </td>
                    <td className="p-2 text-right">
                      {formatPercent(i.progress)} {i.reached ? <Badge tone="success">Atteinte</Badge> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="budget" className="mt-8">
        <h2 id="budget" className="text-xl font-semibold">
          Budget du plan d&apos;actions : prévu et réalisé
        </h2>
        <p className="mt-1 text-sm">
          Total : {formatEuros(d.budget.total.planned)} prévus, {formatEuros(d.budget.total.actual)} réalisés.
        </p>
        {budgetYears.length ? (
          <>
            <BarChartFigure
              summary={`Budget par année : ${budgetYears.map((y) => `${y} prévu ${formatEuros(d.budget.byYear.get(y)!.planned)}, réalisé ${formatEuros(d.budget.byYear.get(y)!.actual)}`).join(" ; ")}.`}
              data={budgetYears.map((y) => ({
                label: String(y),
                prevu: d.budget.byYear.get(y)!.planned,
                realise: d.budget.byYear.get(y)!.actual,
              }))}
              series={[
                { key: "prevu", name: "Prévu", fill: "solid" },
                { key: "realise", name: "Réalisé", fill: "hatched" },
              ]}
              format="euros"
            />
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse bg-white text-sm">
                <caption className="p-2 text-left font-medium">
                  Budget prévu / réalisé par financeur et par année
                </caption>
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="p-2">
                      Financeur
                    </th>
                    {budgetYears.map((y) => (
                      <th key={y} scope="col" className="p-2 text-right">
                        {y}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...d.budget.byFunderYear].map(([funderId, years]) => (
                    <tr key={funderId} className="border-b border-slate-200">
                      <th scope="row" className="p-2 text-left font-normal">
                        <a href={fiches({ financeur: funderId })} className={link}>
                          {d.funders.get(funderId)?.name ?? "—"}
                        </a>
                      </th>
                      {budgetYears.map((y) => {
                        const t = years.get(y);
                        return (
                          <td key={y} className="p-2 text-right">
                            {t ? (
                              <a href={fiches({ financeur: funderId, annee: y })} className={link}>
                                {formatEuros(t.planned)} / {formatEuros(t.actual)}
                              </a>
                            ) : (
                              "—"
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                  <tr className="border-t-2 border-slate-400 font-semibold">
                    <th scope="row" className="p-2 text-left">
                      Total (prévu / réalisé)
                    </th>
                    {budgetYears.map((y) => (
                      <td key={y} className="p-2 text-right">
                        <a href={fiches({ annee: y })} className={link}>
                          {formatEuros(d.budget.byYear.get(y)!.planned)} / {formatEuros(d.budget.byYear.get(y)!.actual)}
                        </a>
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="mt-2 text-slate-700">Aucune ligne budgétaire.</p>
        )}
      </section>

      <section aria-labelledby="financements" className="mt-8">
        <h2 id="financements" className="text-xl font-semibold">
          Financements de la caisse par année
        </h2>
        <BarChartFigure
          summary={`Par année, engagement annuel de la caisse et financement des équipements : ${d.fundingByYear.map((f) => `${f.year} : ${f.engagement === null ? "pas d'engagement" : formatEuros(f.engagement)}, équipements ${formatEuros(f.facilities)}`).join(" ; ")}.`}
          data={d.fundingByYear.map((f) => ({
            label: String(f.year),
            engagement: f.engagement,
            equipements: f.facilities,
          }))}
          series={[
            { key: "engagement", name: "Engagement annuel (convention)", fill: "solid" },
            { key: "equipements", name: "Équipements financés (annexe 5)", fill: "dotted" },
          ]}
          format="euros"
        />
        <table className="mt-3 w-full border-collapse bg-white text-sm">
          <caption className="p-2 text-left font-medium">
            Engagement de la caisse et financement des équipements
          </caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Année
              </th>
              <th scope="col" className="p-2 text-right">
                Engagement annuel (convention)
              </th>
              <th scope="col" className="p-2 text-right">
                Équipements financés
              </th>
              <th scope="col" className="p-2 text-right">
                Financement des équipements
              </th>
            </tr>
          </thead>
          <tbody>
            {d.fundingByYear.map((f) => (
              <tr key={f.year} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">
                  {f.year}
                </th>
                <td className="p-2 text-right">
                  {f.engagement === null ? "—" : `${formatEuros(f.engagement)} (CTG n° ${f.edition})`}
                </td>
                <td className="p-2 text-right">
                  <a href={`${base}/equipements`} className={link}>
                    {f.facilityCount}
                  </a>
                </td>
                <td className="p-2 text-right">
                  <a href={`${base}/equipements`} className={link}>
                    {formatEuros(f.facilities)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="decisions-ouvertes" className="mt-8">
        <h2 id="decisions-ouvertes" className="text-xl font-semibold">
          Décisions ouvertes ({d.openDecisionCount})
        </h2>
        {d.openDecisions.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucune décision ouverte.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Décisions des comités encore ouvertes, et leurs responsables</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Décision
                </th>
                <th scope="col" className="p-2">
                  Responsable
                </th>
                <th scope="col" className="p-2">
                  Échéance
                </th>
                <th scope="col" className="p-2">
                  Statut
                </th>
                <th scope="col" className="p-2">
                  Prise le
                </th>
              </tr>
            </thead>
            <tbody>
              {d.openDecisions.map((x) => (
                <tr key={x.id} className="border-b border-slate-200">
                  <td className="p-2">{x.text}</td>
                  <td className="p-2">{ownerLabel(x)}</td>
                  <td className="p-2">
                    {x.dueDate ? formatDate(x.dueDate) : "—"}{" "}
                    {isOverdue(x, d.today) ? <Badge tone="danger">Échéance dépassée</Badge> : null}
                  </td>
                  <td className="p-2">{decisionStatusLabels[x.status]}</td>
                  <td className="p-2">
                    <a href={`${base}/reunions/${x.meeting.id}`} className={link}>
                      {formatDate(x.meeting.startsAt)}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-2 text-sm">
          <a href={`${base}/decisions`} className={link}>
            Toutes les décisions
          </a>
        </p>
      </section>
    </>
  );
}
