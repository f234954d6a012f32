import { BarChartFigure } from "@/components/charts/bar-chart";
import { formatEuros } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link, type FichesLink } from "./links";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

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
          <Table caption="Budget prévu / réalisé par financeur et par année" showCaption className="mt-3">
            <THead>
              <Th>Financeur</Th>
              {budgetYears.map((y) => (
                <Th key={y} align="right">
                  {y}
                </Th>
              ))}
            </THead>
            <tbody>
              {[...d.budget.byFunderYear].map(([funderId, years]) => (
                <Tr key={funderId}>
                  <RowHeader>
                    <a href={fiches({ financeur: funderId })} className={link}>
                      {d.funders.get(funderId)?.name ?? "—"}
                    </a>
                  </RowHeader>
                  {budgetYears.map((y) => {
                    const t = years.get(y);
                    return (
                      <Td key={y} align="right">
                        {t ? (
                          <a href={fiches({ financeur: funderId, annee: y })} className={link}>
                            {formatEuros(t.planned)} / {formatEuros(t.actual)}
                          </a>
                        ) : (
                          "—"
                        )}
                      </Td>
                    );
                  })}
                </Tr>
              ))}
              <tr className="border-t-2 border-slate-400 font-semibold">
                <RowHeader bold>Total (prévu / réalisé)</RowHeader>
                {budgetYears.map((y) => (
                  <Td key={y} align="right">
                    <a href={fiches({ annee: y })} className={link}>
                      {formatEuros(d.budget.byYear.get(y)!.planned)} / {formatEuros(d.budget.byYear.get(y)!.actual)}
                    </a>
                  </Td>
                ))}
              </tr>
            </tbody>
          </Table>
        </>
      ) : (
        <p className="mt-2 text-slate-700">Aucune ligne budgétaire.</p>
      )}
    </section>
  );
}
