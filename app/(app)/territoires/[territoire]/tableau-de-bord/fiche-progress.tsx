import { BarChartFigure } from "@/components/charts/bar-chart";
import { STATUS_ORDER } from "@/lib/dashboard/compute";
import { formatPercent } from "@/lib/format";
import { ficheStatusLabels, themeLabels } from "@/lib/labels";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link, type FichesLink } from "./links";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { countOf } from "@/lib/typography";
import { compareFrench } from "@/lib/sort";

export function FicheProgress({ d, fiches }: { d: TerritoryDashboard; fiches: FichesLink }) {
  const statusesShown = STATUS_ORDER.filter((s) => d.fiches.byStatus[s] > 0 || s === "DONE");
  const themes = [...d.fiches.byTheme.keys()].sort((a, b) => compareFrench(themeLabels[a], themeLabels[b]));
  return (
    <section aria-labelledby="statuts" className="mt-8">
      <h2 id="statuts" className="text-xl font-semibold">
        Avancement des fiches-action
      </h2>
      <BarChartFigure
        summary={`Fiches-action par statut : ${statusesShown.map((s) => `${ficheStatusLabels[s]} ${d.fiches.byStatus[s]}`).join(", ")}.`}
        data={statusesShown.map((s) => ({ label: ficheStatusLabels[s], fiches: d.fiches.byStatus[s] }))}
        series={[{ key: "fiches", name: "Fiches-action", fill: "solid" }]}
      />
      <Table
        caption="Fiches-action par thématique et statut (une fiche peut relever de plusieurs thématiques)"
        showCaption
        className="mt-3"
      >
        <THead>
          <Th>Thématique</Th>
          {statusesShown.map((s) => (
            <Th key={s} align="right">
              {ficheStatusLabels[s]}
            </Th>
          ))}
        </THead>
        <tbody>
          {themes.map((theme) => (
            <Tr key={theme}>
              <RowHeader>{themeLabels[theme]}</RowHeader>
              {statusesShown.map((s) => {
                const n = d.fiches.byTheme.get(theme)![s];
                return (
                  <Td key={s} align="right">
                    {n ? (
                      <a
                        href={fiches({ theme, statut: s })}
                        className={link}
                        aria-label={`${countOf(n, "fiche")} ${themeLabels[theme]}, ${ficheStatusLabels[s]}`}
                      >
                        {n}
                      </a>
                    ) : (
                      0
                    )}
                  </Td>
                );
              })}
            </Tr>
          ))}
          <tr className="border-t-2 border-slate-400 font-semibold">
            <RowHeader bold>Toutes thématiques (fiches)</RowHeader>
            {statusesShown.map((s) => (
              <Td key={s} align="right">
                {d.fiches.byStatus[s] ? (
                  <a href={fiches({ statut: s })} className={link}>
                    {d.fiches.byStatus[s]}
                  </a>
                ) : (
                  0
                )}
              </Td>
            ))}
          </tr>
        </tbody>
      </Table>
      <Table caption="Fiches-action par axe" showCaption className="mt-4">
        <THead>
          <Th>Axe</Th>
          <Th align="right">Fiches</Th>
          <Th align="right">Réalisées</Th>
          <Th align="right">Part réalisée</Th>
          <Th align="right">En cours</Th>
          <Th align="right">Bloquées</Th>
        </THead>
        <tbody>
          {d.axes.map((axis) => {
            const row = d.fiches.byAxis.get(axis.id);
            const total = row ? Object.values(row).reduce((a, b) => a + b, 0) : 0;
            return (
              <Tr key={axis.id}>
                <RowHeader>
                  {axis.position}. {axis.title}
                </RowHeader>
                <Td align="right">
                  <a href={fiches({ axe: axis.id })} className={link}>
                    {total}
                  </a>
                </Td>
                <Td align="right">
                  <a href={fiches({ axe: axis.id, statut: "DONE" })} className={link}>
                    {row?.DONE ?? 0}
                  </a>
                </Td>
                <Td align="right">{formatPercent(total ? (row?.DONE ?? 0) / total : null)}</Td>
                <Td align="right">
                  <a href={fiches({ axe: axis.id, statut: "IN_PROGRESS" })} className={link}>
                    {row?.IN_PROGRESS ?? 0}
                  </a>
                </Td>
                <Td align="right">
                  <a href={fiches({ axe: axis.id, statut: "BLOCKED" })} className={link}>
                    {row?.BLOCKED ?? 0}
                  </a>
                </Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
