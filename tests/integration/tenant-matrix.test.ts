// Every operation, every role, against another territory of the same caisse and another caisse's territory:
// the answer is NOT_FOUND (indistinguishable from a missing id) and nothing is written.
import { describe, expect, it } from "vitest";
import type { Role } from "../../lib/db/generated/enums";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";
import { operationMatrix } from "../matrix/operations";

const db = requireTestDatabase();
const ROLES: Role[] = ["CAISSE_ADMIN", "COOPERATION_OFFICER", "EPCI_STAFF", "PILOT_CONTRIBUTOR", "COPIL_MEMBER"];

async function snapshot() {
  const [territories, audit] = await Promise.all([
    db.territory.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, version: true, siren: true, population: true } }),
    db.auditEvent.count(),
  ]);
  return { territories, audit };
}

describe.each(operationMatrix)("$action", (entry) => {
  it("answers NOT_FOUND to every role for foreign and missing territories, and writes nothing", async () => {
    const tenants = await createTenants(db);
    const before = await snapshot();
    const targets = {
      "another caisse's territory": tenants.territoryB.id,
      "a missing territory": "cl_inexistant_000000000",
    } as Record<string, string>;
    for (const role of ROLES) {
      // Territory roles are held on territory A only: territory A2 of the same caisse is foreign to them.
      if (!["CAISSE_ADMIN", "COOPERATION_OFFICER"].includes(role)) targets["another territory of the same caisse"] = tenants.territoryA2.id;
      else delete targets["another territory of the same caisse"];
      for (const [label, territoryId] of Object.entries(targets)) {
        const result = await invoke(entry.schema, entry.operation as never, db, tenants.actors[role], entry.input({ territoryId, territoryVersion: 1 }));
        expect(result.code, `${role} on ${label}`).toBe("NOT_FOUND");
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
