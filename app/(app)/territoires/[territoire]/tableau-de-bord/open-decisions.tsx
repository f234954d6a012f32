import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { decisionStatusLabels } from "@/lib/labels";
import { isOverdue } from "@/lib/meetings/operations";
import { ownerLabel } from "@/lib/meetings/pdf-data";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";

export function OpenDecisions({ d, base }: { d: TerritoryDashboard; base: string }) {
  return (
    <section aria-labelledby="decisions-ouvertes" className="mt-8">
      <h2 id="decisions-ouvertes" className="text-xl font-semibold">
        Décisions ouvertes ({d.openDecisionCount})
      </h2>
      {d.openDecisions.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune décision ouverte.</p>
      ) : (
        <table className="mt-3 w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Décisions des comités encore ouvertes, et leurs responsables</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Décision
              </th>
              <th scope="col" className="p-2">
                Responsable
              </th>
              <th scope="col" className="p-2">
                Échéance
              </th>
              <th scope="col" className="p-2">
                Statut
              </th>
              <th scope="col" className="p-2">
                Prise le
              </th>
            </tr>
          </thead>
          <tbody>
            {d.openDecisions.map((x) => (
              <tr key={x.id} className="border-b border-slate-200">
                <td className="p-2">{x.text}</td>
                <td className="p-2">{ownerLabel(x)}</td>
                <td className="p-2">
                  {x.dueDate ? formatDate(x.dueDate) : "—"}{" "}
                  {isOverdue(x, d.today) ? <Badge tone="danger">Échéance dépassée</Badge> : null}
                </td>
                <td className="p-2">{decisionStatusLabels[x.status]}</td>
                <td className="p-2">
                  <a href={`${base}/reunions/${x.meeting.id}`} className={link}>
                    {formatDate(x.meeting.startsAt)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-2 text-sm">
        <a href={`${base}/decisions`} className={link}>
          Toutes les décisions
        </a>
      </p>
    </section>
  );
}
