import { BarChartFigure } from "@/components/charts/bar-chart";
import { Badge } from "@/components/ui/badge";
import { formatNumber, formatPercent } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

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
          <Table caption="Indicateurs : valeur de départ, dernière valeur et cible" showCaption className="mt-3">
            <THead>
              <Th>Indicateur</Th>
              <Th align="right">Départ</Th>
              <Th align="right">Dernière valeur</Th>
              <Th align="right">Cible</Th>
              <Th align="right">Progression</Th>
            </THead>
            <tbody>
              {d.indicators.map((i) => (
                <Tr key={i.id}>
                  <RowHeader>
                    <a href={`${base}/fiches-action/${i.ficheId}`} className={link}>
                      {i.ficheNumber} — {i.name}
                    </a>
                  </RowHeader>
                  <Td align="right">{i.baselineValue !== null ? formatNumber(i.baselineValue) : "—"}</Td>
                  <Td align="right">
                    {i.latest ? `${formatNumber(i.latest.value)}${i.unit ? ` ${i.unit}` : ""} (${i.latest.year})` : "—"}
                  </Td>
                  <Td align="right">
                    {i.targetValue !== null
                      ? `${formatNumber(i.targetValue)}${i.unit ? ` ${i.unit}` : ""}${i.targetYear ? ` (${i.targetYear})` : ""}`
                      : "—"}
                  </Td>
                  <Td align="right">
                    {formatPercent(i.progress)} {i.reached ? <Badge tone="success">Atteinte</Badge> : null}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
