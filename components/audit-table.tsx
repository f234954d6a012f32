import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { auditActionLabel } from "@/lib/labels";
import { AuditChanges } from "./audit-changes";

type AuditRow = { id: string; createdAt: Date; action: string; changes: unknown; actor: { name: string } | null };

/** Audit events as a table: date, author, operation, changes. */
export function AuditTable({ events, caption }: { events: AuditRow[]; caption: string }) {
  return (
    <Table caption={caption} className="mt-3">
      <THead>
        <Th>Date</Th>
        <Th>Auteur</Th>
        <Th>Opération</Th>
        <Th>Changements</Th>
      </THead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} className="border-b border-slate-200 align-top">
            <Td className="whitespace-nowrap">{formatDateTime(event.createdAt)}</Td>
            <Td>{event.actor?.name ?? "Système"}</Td>
            <Td>{auditActionLabel(event.action)}</Td>
            <Td>
              <AuditChanges changes={event.changes} action={event.action} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
