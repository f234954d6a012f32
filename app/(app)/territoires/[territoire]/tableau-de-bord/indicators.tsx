import { BarChartFigure } from "@/components/charts/bar-chart";
import { Badge } from "@/components/ui/badge";
import { formatNumber, formatPercent } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";

export function Indicators({ d, base }: { d: TerritoryDashboard; base: string }) {
  return (
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
                    {i.latest ? `${formatNumber(i.latest.value)}${i.unit ? ` ${i.unit}` : ""} (${i.latest.year})` : "—"}
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
  );
}
