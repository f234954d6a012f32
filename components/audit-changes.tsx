import { formatDateTime } from "@/lib/format";
import { auditActionLabel, auditFieldLabels } from "@/lib/labels";

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
    <table className="mt-3 w-full border-collapse bg-white text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="p-2">
            Date
          </th>
          <th scope="col" className="p-2">
            Auteur
          </th>
          <th scope="col" className="p-2">
            Opération
          </th>
          <th scope="col" className="p-2">
            Changements
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} className="border-b border-slate-200 align-top">
            <td className="whitespace-nowrap p-2">{formatDateTime(event.createdAt)}</td>
            <td className="p-2">{event.actor?.name ?? "Système"}</td>
            <td className="p-2">{auditActionLabel(event.action)}</td>
            <td className="p-2">
              <AuditChanges changes={event.changes} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
