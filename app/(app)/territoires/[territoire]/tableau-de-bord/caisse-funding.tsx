import { BarChartFigure } from "@/components/charts/bar-chart";
import { formatEuros } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

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
      <Table caption="Engagement de la caisse et financement des équipements" showCaption className="mt-3">
        <THead>
          <Th>Année</Th>
          <Th align="right">Engagement annuel (convention)</Th>
          <Th align="right">Équipements financés</Th>
          <Th align="right">Financement des équipements</Th>
        </THead>
        <tbody>
          {d.fundingByYear.map((f) => (
            <Tr key={f.year}>
              <RowHeader>{f.year}</RowHeader>
              <Td align="right">
                {f.engagement === null ? "—" : `${formatEuros(f.engagement)} (CTG n° ${f.edition})`}
              </Td>
              <Td align="right">
                <a href={`${base}/equipements`} className={link}>
                  {f.facilityCount}
                </a>
              </Td>
              <Td align="right">
                <a href={`${base}/equipements`} className={link}>
                  {formatEuros(f.facilities)}
                </a>
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
