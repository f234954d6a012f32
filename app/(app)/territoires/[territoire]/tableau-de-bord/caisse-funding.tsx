import { BarChartFigure } from "@/components/charts/bar-chart";
import { formatEuros } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";

export function CaisseFunding({ d, base }: { d: TerritoryDashboard; base: string }) {
  return (
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
        <caption className="p-2 text-left font-medium">Engagement de la caisse et financement des équipements</caption>
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
  );
}
