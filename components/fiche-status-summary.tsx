import type { FicheStatus } from "@/lib/db/generated/enums";
import { ficheStatusLabels } from "@/lib/labels";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

const ORDER: FicheStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "POSTPONED", "BLOCKED", "ABANDONED"];

export function FicheStatusSummary({ counts }: { counts: Partial<Record<FicheStatus, number>> }) {
  const total = ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  return (
    <Table caption="Nombre de fiches-action par statut" className="mt-3" tableClassName="max-w-md">
      <THead>
        <Th>Statut</Th>
        <Th align="right">Fiches</Th>
      </THead>
      <tbody>
        {ORDER.map((status) => (
          <Tr key={status}>
            <RowHeader>{ficheStatusLabels[status]}</RowHeader>
            <Td align="right">{counts[status] ?? 0}</Td>
          </Tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <RowHeader bold>Total</RowHeader>
          <Td align="right" className="font-semibold">
            {total}
          </Td>
        </tr>
      </tfoot>
    </Table>
  );
}
