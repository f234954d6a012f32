import type { FicheStatus } from "@/lib/db/generated/enums";
import { ficheStatusLabels } from "@/lib/labels";

const ORDER: FicheStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "POSTPONED", "BLOCKED", "ABANDONED"];

export function FicheStatusSummary({ counts }: { counts: Partial<Record<FicheStatus, number>> }) {
  const total = ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  return (
    <table className="mt-3 w-full max-w-md border-collapse bg-white text-sm">
      <caption className="sr-only">Nombre de fiches-action par statut</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="p-2">
            Statut
          </th>
          <th scope="col" className="p-2 text-right">
            Fiches
          </th>
        </tr>
      </thead>
      <tbody>
        {ORDER.map((status) => (
          <tr key={status} className="border-b border-slate-200">
            <th scope="row" className="p-2 text-left font-normal">
              {ficheStatusLabels[status]}
            </th>
            <td className="p-2 text-right">{counts[status] ?? 0}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="p-2 text-left">
            Total
          </th>
          <td className="p-2 text-right font-semibold">{total}</td>
        </tr>
      </tfoot>
    </table>
  );
}
