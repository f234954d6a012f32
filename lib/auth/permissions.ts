// The one map from roles to operations. Pages, route handlers and actions ask `can(roles, op)` through
// lib/auth/scope.ts; nothing else decides who may do what.
import type { Role } from "../db/generated/enums";

const CAISSE: Role[] = ["CAISSE_ADMIN", "COOPERATION_OFFICER"];
const EDITORS: Role[] = [...CAISSE, "EPCI_STAFF"];
const EVERYONE: Role[] = [...EDITORS, "PILOT_CONTRIBUTOR", "COPIL_MEMBER"];

export const permissions = {
  "territory.read": EVERYONE,
  "territory.edit": CAISSE,
  "audit.read": CAISSE,
  "convention.edit": CAISSE,
  "convention.sign": CAISSE,
  "fiche.edit": EDITORS,
  /** Pilot contributors edit only the fiches their organisation pilots: checked with the fiche at hand. */
  "fiche.editPiloted": [...EDITORS, "PILOT_CONTRIBUTOR"],
  "meeting.edit": EDITORS,
  /** The overview of every territory of a caisse. */
  "caisse.overview": CAISSE,
  /** People of a caisse: invitations, roles, deactivation (caisse admins only). */
  "user.manage": ["CAISSE_ADMIN"],
  /** New territories of a caisse, from the official list of EPCI. */
  "territory.create": ["CAISSE_ADMIN"],
  /** The caisse's directory of partner organisations. */
  "organisation.manage": CAISSE,
  /** Imports of open-data files into the caisse's diagnostic series (caisse-level). */
  "diagnostic.import": CAISSE,
  /** The caisse's written findings of a territory's diagnostic. */
  "diagnostic.edit": CAISSE,
  /** Partners' contributions to a territory's diagnostic: everyone who sees the territory may contribute. */
  "diagnostic.contribute": EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof permissions;

export function can(roles: readonly Role[], operation: Operation): boolean {
  const allowed: readonly Role[] = permissions[operation];
  return roles.some((role) => allowed.includes(role));
}

/** Roles that hold on every territory of their caisse rather than on one territory. */
export const CAISSE_ROLES: readonly Role[] = CAISSE;
