import { BarChartFigure } from "@/components/charts/bar-chart";
import { formatEuros } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link, type FichesLink } from "./links";

export function Budget({ d, fiches }: { d: TerritoryDashboard; fiches: FichesLink }) {
  const budgetYears = [...d.budget.byYear.keys()];
  return (
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
              <caption className="p-2 text-left font-medium">Budget prévu / réalisé par financeur et par année</caption>
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
  );
}
