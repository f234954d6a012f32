import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { formatDate, formatEuros, formatNumber, formatPercent } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";

export function ConventionSummary({ d, base }: { d: TerritoryDashboard; base: string }) {
  const c = d.convention;
  return (
    <>
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
    </>
  );
}
