import { BarChartFigure } from "@/components/charts/bar-chart";
import { STATUS_ORDER } from "@/lib/dashboard/compute";
import { formatPercent } from "@/lib/format";
import { ficheStatusLabels, themeLabels } from "@/lib/labels";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link, type FichesLink } from "./links";

export function FicheProgress({ d, fiches }: { d: TerritoryDashboard; fiches: FichesLink }) {
  const statusesShown = STATUS_ORDER.filter((s) => d.fiches.byStatus[s] > 0 || s === "DONE");
  const themes = [...d.fiches.byTheme.keys()].sort((a, b) => themeLabels[a].localeCompare(themeLabels[b], "fr"));
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
  );
}
