// Tenant scoping, in one place. SECURITY INVARIANT: every read or write of territory data goes through
// `requireTerritory` (which resolves the caller's roles on that territory) and then loads child records with
// the territory in the WHERE clause (`{ id, territoryId }`), never by id alone. A territory the caller has
// no role on answers NOT_FOUND, exactly like one that does not exist.
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { CAISSE_ROLES, can, type Operation } from "./permissions";

export type TerritoryRef = { id: string; caisseId: string };

/** The caller's roles on a territory: caisse-wide roles of its caisse, plus roles held on the territory itself. */
export function rolesOn(actor: Actor, territory: TerritoryRef): Role[] {
  const roles = actor.memberships
    .filter((m) =>
      m.territoryId === null
        ? m.caisseId === territory.caisseId && CAISSE_ROLES.includes(m.role)
        : m.territoryId === territory.id && m.caisseId === territory.caisseId,
    )
    .map((m) => m.role);
  return [...new Set(roles)];
}

/** The organisations the caller works for on a territory (used for pilot-contributor restrictions). */
export function organisationsOn(actor: Actor, territory: TerritoryRef): string[] {
  return actor.memberships
    .filter((m) => m.territoryId === territory.id && m.organisationId)
    .map((m) => m.organisationId!);
}

/** WHERE clause of the territories the caller may see at all. */
export function visibleTerritoriesWhere(actor: Actor): Prisma.TerritoryWhereInput {
  const caisseIds = actor.memberships
    .filter((m) => m.territoryId === null && CAISSE_ROLES.includes(m.role))
    .map((m) => m.caisseId);
  const territoryIds = actor.memberships.filter((m) => m.territoryId !== null).map((m) => m.territoryId!);
  return { OR: [{ caisseId: { in: caisseIds } }, { id: { in: territoryIds } }] };
}

export type TerritoryScope = {
  territory: { id: string; caisseId: string; slug: string; name: string };
  roles: Role[];
  can(operation: Operation): boolean;
};

/**
 * The caller's scope on a territory already loaded, or null when the caller holds no role there. The one decision
 * behind `requireTerritory` (pages, actions) and the dashboard served from the cache (lib/dashboard/cached-dashboard.ts).
 */
export function territoryScope(actor: Actor, territory: TerritoryScope["territory"]): TerritoryScope | null {
  const roles = rolesOn(actor, territory);
  if (roles.length === 0) return null;
  return { territory, roles, can: (op) => can(roles, op) };
}

/**
 * Loads a territory (by slug or id) for the caller and checks one operation on it.
 * NOT_FOUND when it does not exist or the caller has no role on it; FORBIDDEN when the caller may see it but not
 * perform the operation.
 */
export async function requireTerritory(
  db: Db,
  actor: Actor,
  ref: { slug: string } | { id: string },
  operation: Operation,
): Promise<TerritoryScope> {
  const territory = await db.territory.findUnique({
    where: "slug" in ref ? { slug: ref.slug } : { id: ref.id },
    select: { id: true, caisseId: true, slug: true, name: true },
  });
  const scope = territory ? territoryScope(actor, territory) : null;
  if (!scope) throw new AppError("NOT_FOUND", "Territoire introuvable.");
  if (!scope.can(operation)) throw new AppError("FORBIDDEN");
  return scope;
}

/**
 * For a record found by id (a convention, a fiche…): its territory's scope, where "territory not found" becomes
 * the record's own not-found message, so that a foreign record reads exactly like a missing one.
 */
export async function requireTerritoryOfRecord(
  db: Db,
  actor: Actor,
  territoryId: string,
  operation: Operation,
  notFoundMessage: string,
): Promise<TerritoryScope> {
  try {
    return await requireTerritory(db, actor, { id: territoryId }, operation);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", notFoundMessage);
    throw error;
  }
}

/** Caisse-level check (caisse admin pages): NOT_FOUND unless the caller holds a caisse role on it. */
export function requireCaisse(actor: Actor, caisseId: string, operation: Operation): Role[] {
  const roles = actor.memberships.filter((m) => m.territoryId === null && m.caisseId === caisseId).map((m) => m.role);
  if (roles.length === 0) throw new AppError("NOT_FOUND");
  if (!can(roles, operation)) throw new AppError("FORBIDDEN");
  return roles;
}

/**
 * Platform operator pages and actions (`/plateforme`: opening caisses, the email outbox). Anybody else gets
 * NOT_FOUND, exactly like a page that does not exist.
 */
export function requireOperator(actor: Actor): void {
  if (!actor.isPlatformOperator) throw new AppError("NOT_FOUND");
}
