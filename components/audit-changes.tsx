import { formatDateTime } from "@/lib/format";
import { auditActionLabel, auditFieldLabels } from "@/lib/labels";
import { Table, Td, Th, THead } from "@/components/ui/table";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(vide)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The `changes` of an audit event: "Field : old → new" for edits, "Field : value" for other details. */
export function AuditChanges({ changes }: { changes: unknown }) {
  const entries = Object.entries((changes ?? {}) as Record<string, unknown>);
  return (
    <ul>
      {entries.map(([field, change]) => (
        <li key={field}>
          <span className="font-medium">{auditFieldLabels[field] ?? field}</span> :{" "}
          {change && typeof change === "object" && "new" in change
            ? `${show((change as { old?: unknown }).old)} → ${show((change as { new?: unknown }).new)}`
            : show(change)}
        </li>
      ))}
    </ul>
  );
}

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
              <AuditChanges changes={event.changes} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
