import { auditFieldLabels, auditValueLabel } from "@/lib/labels";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(vide)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The `changes` of an audit event: "Field : old → new" for edits (coded values as their French label), "Field : value" for other details. */
export function AuditChanges({ changes, action }: { changes: unknown; action: string }) {
  const entries = Object.entries((changes ?? {}) as Record<string, unknown>);
  return (
    <ul>
      {entries.map(([field, change]) => (
        <li key={field}>
          <span className="font-medium">{auditFieldLabels[field] ?? field}</span> :{" "}
          {change && typeof change === "object" && "new" in change
            ? `${show(auditValueLabel(action, field, (change as { old?: unknown }).old))} → ${show(auditValueLabel(action, field, (change as { new?: unknown }).new))}`
            : show(auditValueLabel(action, field, change))}
        </li>
      ))}
    </ul>
  );
}
