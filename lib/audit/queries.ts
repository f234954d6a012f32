import "server-only";
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";

export const AUDIT_PAGE_SIZE = 50;

/** Audit events of one territory, newest first. Callers must have checked "audit.read" on the scope. */
export async function listTerritoryAuditEvents(db: Db, scope: TerritoryScope, page = 1) {
  const where = { territoryId: scope.territory.id };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        entity: true,
        entityId: true,
        action: true,
        changes: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
