// Audit events are written in the same transaction as the change they describe, with the render jobs of the
// stored PDFs the change makes stale (lib/pdf-store/enqueue.ts). The same transaction publishes the change on the
// cache channel (lib/cache/events.ts): PostgreSQL delivers the NOTIFY at commit only, to every app instance, which
// drops its cached dashboards of that territory (or of the whole caisse for a caisse-level event).
import { CACHE_CHANNEL } from "../cache/events";
import type { Tx } from "../db/client";
import type { AuditAction, AuditEntity } from "./events";
import type { Prisma } from "../db/generated/client";
import { enqueueAffectedRenders } from "../pdf-store/enqueue";

export type FieldChanges = Record<string, { old: unknown; new: unknown }>;

/** The fields whose value differs between two snapshots, as { field: { old, new } }. */
export function diffFields(before: object, after: object): FieldChanges {
  const previous = before as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  const changes: FieldChanges = {};
  for (const key of Object.keys(next)) {
    const oldValue = previous[key];
    const newValue = next[key];
    if (JSON.stringify(normalise(oldValue)) !== JSON.stringify(normalise(newValue))) {
      changes[key] = { old: normalise(oldValue), new: normalise(newValue) };
    }
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object" && "toFixed" in value) return Number(String(value)); // Prisma.Decimal, compared with numbers
  return value ?? null;
}

type AuditChanges = FieldChanges | Record<string, unknown>;

async function recordAudit(
  tx: Tx,
  event: {
    actorId: string | null;
    caisseId: string;
    territoryId: string | null;
    entity: AuditEntity;
    entityId: string;
    action: AuditAction;
    changes?: AuditChanges;
  },
): Promise<void> {
  await tx.auditEvent.create({
    data: { ...event, changes: (event.changes ?? undefined) as Prisma.InputJsonValue | undefined },
  });
  // The stored draft PDFs this write makes stale are rendered again by the worker, once the write has committed.
  await enqueueAffectedRenders(tx, event);
  // Identical notifications of one transaction are delivered once.
  const payload = JSON.stringify({ territoryId: event.territoryId, caisseId: event.caisseId });
  await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${payload})`;
}

export type AuditWriter = ReturnType<typeof auditFor>;

/**
 * The audit writer of one operation: bound to its transaction, its actor and its territory, so that each event
 * only names what changed: `const audit = auditFor(tx, actor, scope); await audit("Meeting", id, "meeting.minutes")`.
 */
export function auditFor(tx: Tx, actor: { id: string } | null, scope: { territory: { id: string; caisseId: string } }) {
  return (entity: AuditEntity, entityId: string, action: AuditAction, changes?: AuditChanges) =>
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      caisseId: scope.territory.caisseId,
      territoryId: scope.territory.id,
      entity,
      entityId,
      action,
      changes,
    });
}

/** The audit writer of a caisse-level operation (people, partners, territories): no territory. */
export function auditForCaisse(tx: Tx, actor: { id: string } | null, caisseId: string) {
  return (entity: AuditEntity, entityId: string, action: AuditAction, changes?: AuditChanges) =>
    recordAudit(tx, { actorId: actor?.id ?? null, caisseId, territoryId: null, entity, entityId, action, changes });
}

/**
 * The audit writer of a change made by the platform itself (a scheduled job of the worker, no user behind it):
 * `actorId` is null, which the journal shows as "Système".
 */
export function systemAuditFor(tx: Tx, scope: { territory: { id: string; caisseId: string } }) {
  return auditFor(tx, null, scope);
}
