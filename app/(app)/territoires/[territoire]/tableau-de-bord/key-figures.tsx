import { formatDate, formatDateTime, formatNumber, formatPercent } from "@/lib/format";
import { meetingKindLabels } from "@/lib/labels";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link, type FichesLink } from "./links";

export function KeyFigures({ d, base, fiches }: { d: TerritoryDashboard; base: string; fiches: FichesLink }) {
  return (
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
  );
}
