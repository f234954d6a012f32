import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { formatMonth } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link, type FichesLink } from "./links";

export function LateFiches({ d, base, fiches }: { d: TerritoryDashboard; base: string; fiches: FichesLink }) {
  return (
    <section aria-labelledby="retards" className="mt-8">
      <h2 id="retards" className="text-xl font-semibold">
        Fiches-action en retard ({d.fiches.late.length})
      </h2>
      {d.fiches.late.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune fiche en retard.</p>
      ) : (
        <>
          <table className="mt-3 w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Fiches-action dont la fin prévue est passée</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Fiche-action
                </th>
                <th scope="col" className="p-2">
                  Fin prévue
                </th>
                <th scope="col" className="p-2">
                  Statut
                </th>
                <th scope="col" className="p-2">
                  Pilote
                </th>
              </tr>
            </thead>
            <tbody>
              {d.fiches.late.slice(0, 10).map((f) => {
                const full = d.ficheList.find((x) => x.id === f.id);
                return (
                  <tr key={f.id} className="border-b border-slate-200">
                    <td className="p-2">
                      <a href={`${base}/fiches-action/${f.id}`} className={link}>
                        {f.number} — {f.title}
                      </a>
                    </td>
                    <td className="p-2">{formatMonth(f.endMonth)}</td>
                    <td className="p-2">
                      <FicheStatusBadge status={f.status} />
                    </td>
                    <td className="p-2">
                      {full?.pilotOrganisation?.shortName ?? full?.pilotOrganisation?.name ?? "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="mt-2 text-sm">
            <a href={fiches({ retard: "1" })} className={link}>
              Voir les {d.fiches.late.length} fiches en retard
            </a>
          </p>
        </>
      )}
    </section>
  );
}
