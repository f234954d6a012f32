import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { can, permissions } from "../../lib/auth/permissions";
import { rolesOn, visibleTerritoriesWhere } from "../../lib/auth/scope";

const actor = (memberships: Actor["memberships"]): Actor => ({
  id: "u",
  email: "u@x.fr",
  name: "U",
  isPlatformOperator: false,
  sessionId: "s",
  memberships,
});

describe("permissions", () => {
  it("lets only caisse roles edit conventions and read the audit log", () => {
    for (const op of ["convention.edit", "convention.sign", "audit.read", "territory.edit"] as const) {
      expect(can(["CAISSE_ADMIN"], op)).toBe(true);
      expect(can(["COOPERATION_OFFICER"], op)).toBe(true);
      expect(can(["EPCI_STAFF"], op)).toBe(false);
      expect(can(["PILOT_CONTRIBUTOR"], op)).toBe(false);
      expect(can(["COPIL_MEMBER"], op)).toBe(false);
    }
  });

  it("gives copil members read access only, and a voice in the shared diagnostic (partners' contributions)", () => {
    const allowed = (Object.keys(permissions) as (keyof typeof permissions)[]).filter((op) =>
      can(["COPIL_MEMBER"], op),
    );
    expect(allowed).toEqual(["territory.read", "diagnostic.contribute"]);
  });

  it("restricts pilot contributors to the fiches they pilot", () => {
    expect(can(["PILOT_CONTRIBUTOR"], "fiche.edit")).toBe(false);
    expect(can(["PILOT_CONTRIBUTOR"], "fiche.editPiloted")).toBe(true);
    expect(can(["EPCI_STAFF"], "fiche.edit")).toBe(true);
  });
});

describe("rolesOn", () => {
  const t1 = { id: "t1", caisseId: "c1" };
  const t2 = { id: "t2", caisseId: "c1" };
  const t3 = { id: "t3", caisseId: "c2" };

  it("applies caisse roles to every territory of that caisse and no other", () => {
    const officer = actor([{ role: "COOPERATION_OFFICER", caisseId: "c1", territoryId: null, organisationId: null }]);
    expect(rolesOn(officer, t1)).toEqual(["COOPERATION_OFFICER"]);
    expect(rolesOn(officer, t2)).toEqual(["COOPERATION_OFFICER"]);
    expect(rolesOn(officer, t3)).toEqual([]);
  });

  it("applies territory roles to that territory only", () => {
    const staff = actor([{ role: "EPCI_STAFF", caisseId: "c1", territoryId: "t1", organisationId: null }]);
    expect(rolesOn(staff, t1)).toEqual(["EPCI_STAFF"]);
    expect(rolesOn(staff, t2)).toEqual([]);
    expect(rolesOn(staff, t3)).toEqual([]);
  });

  it("does not turn a territory-level role into a caisse-wide one", () => {
    // A membership row with no territory but a territory role (bad data) must not open the whole caisse.
    const odd = actor([{ role: "EPCI_STAFF", caisseId: "c1", territoryId: null, organisationId: null }]);
    expect(rolesOn(odd, t1)).toEqual([]);
    expect(visibleTerritoriesWhere(odd)).toEqual({ OR: [{ caisseId: { in: [] } }, { id: { in: [] } }] });
  });
});
