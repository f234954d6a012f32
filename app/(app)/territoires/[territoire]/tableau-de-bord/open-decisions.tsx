import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { decisionStatusLabels } from "@/lib/labels";
import { isOverdue, ownerLabel } from "@/lib/meetings/decision-rules";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";

export function OpenDecisions({ d, base }: { d: TerritoryDashboard; base: string }) {
  return (
    <section aria-labelledby="decisions-ouvertes" className="mt-8">
      <h2 id="decisions-ouvertes" className="text-xl font-semibold">
        Décisions ouvertes ({d.openDecisionCount})
      </h2>
      {d.openDecisions.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune décision ouverte.</p>
      ) : (
        <Table caption="Décisions des comités encore ouvertes, et leurs responsables" className="mt-3">
          <THead>
            <Th>Décision</Th>
            <Th>Responsable</Th>
            <Th>Échéance</Th>
            <Th>Statut</Th>
            <Th>Prise le</Th>
          </THead>
          <tbody>
            {d.openDecisions.map((x) => (
              <Tr key={x.id}>
                <Td>{x.text}</Td>
                <Td>{ownerLabel(x)}</Td>
                <Td>
                  {x.dueDate ? formatDate(x.dueDate) : "—"}{" "}
                  {isOverdue(x, d.today) ? <Badge tone="danger">Échéance dépassée</Badge> : null}
                </Td>
                <Td>{decisionStatusLabels[x.status]}</Td>
                <Td>
                  <a href={`${base}/reunions/${x.meeting.id}`} className={link}>
                    {formatDate(x.meeting.startsAt)}
                  </a>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="mt-2 text-sm">
        <a href={`${base}/decisions`} className={link}>
          Toutes les décisions
        </a>
      </p>
    </section>
  );
}
