import { describe, expect, it } from "vitest";
import { updateTerritoryAction } from "../../lib/territories/actions";
import { updateTerritory } from "../../lib/territories/update-territory";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();
const run = (actor: Parameters<typeof updateTerritory>[1], raw: unknown) => invoke(updateTerritoryAction, actor, raw);

describe("updateTerritory", () => {
  it("saves, bumps the version and writes the audit event in the same transaction", async () => {
    const { territoryA, actors } = await createTenants(db);
    const result = await run(actors.COOPERATION_OFFICER, {
      territoryId: territoryA.id,
      version: 1,
      name: "Aubrac Lot Causses Tarn",
      siren: "200069268",
      population: "12000",
    });
    expect(result).toEqual({ data: { version: 2 } });
    const saved = await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } });
    expect(saved).toMatchObject({ name: "Aubrac Lot Causses Tarn", siren: "200069268", population: 12000, version: 2 });
    const events = await db.auditEvent.findMany({ where: { territoryId: territoryA.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: actors.COOPERATION_OFFICER.id,
      caisseId: territoryA.caisseId,
      entity: "Territory",
      entityId: territoryA.id,
      action: "territory.update",
      changes: {
        name: { old: territoryA.name, new: "Aubrac Lot Causses Tarn" },
        siren: { old: null, new: "200069268" },
        population: { old: null, new: 12000 },
      },
    });
  });

  it("refuses a save based on a stale version and keeps the other person's text", async () => {
    const { territoryA, actors } = await createTenants(db);
    expect(
      (
        await run(actors.CAISSE_ADMIN, {
          territoryId: territoryA.id,
          version: 1,
          name: "Premier",
          siren: "",
          population: "",
        })
      ).data,
    ).toBeTruthy();
    const stale = await run(actors.COOPERATION_OFFICER, {
      territoryId: territoryA.id,
      version: 1,
      name: "Second",
      siren: "",
      population: "",
    });
    expect(stale).toMatchObject({
      code: "CONFLICT",
      serverError: expect.stringContaining("modifié par quelqu'un d'autre"),
    });
    expect((await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } })).name).toBe("Premier");
    expect(await db.auditEvent.count({ where: { territoryId: territoryA.id } })).toBe(1);
  });

  it("lets only one of two concurrent saves of the same version win", async () => {
    const { territoryA, actors } = await createTenants(db);
    const results = await Promise.all(
      ["Un", "Deux", "Trois"].map((name) =>
        run(actors.COOPERATION_OFFICER, {
          territoryId: territoryA.id,
          version: 1,
          name: `Nom ${name}`,
          siren: "",
          population: "",
        }),
      ),
    );
    expect(results.filter((r) => r.data)).toHaveLength(1);
    expect(results.filter((r) => r.code === "CONFLICT")).toHaveLength(2);
    expect((await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } })).version).toBe(2);
  });

  it("answers FORBIDDEN to territory roles that may only read, and writes nothing", async () => {
    const { territoryA, actors } = await createTenants(db);
    for (const role of ["EPCI_STAFF", "PILOT_CONTRIBUTOR", "COPIL_MEMBER"] as const) {
      const result = await run(actors[role], {
        territoryId: territoryA.id,
        version: 1,
        name: "Interdit",
        siren: "",
        population: "",
      });
      expect(result).toMatchObject({
        code: "FORBIDDEN",
        serverError: "Vous n'avez pas les droits nécessaires pour cette opération.",
      });
    }
    expect((await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } })).name).toBe(territoryA.name);
    expect(await db.auditEvent.count({ where: { territoryId: territoryA.id } })).toBe(0);
  });

  it("rejects wrong types, missing fields and oversized values with French field errors, writing nothing", async () => {
    const { territoryA, actors } = await createTenants(db);
    const cases: [unknown, string][] = [
      [{ territoryId: territoryA.id, version: "abc", name: "Nom", siren: "", population: "" }, "version"],
      [{ territoryId: territoryA.id, version: 1, siren: "", population: "" }, "name"],
      [{ territoryId: territoryA.id, version: 1, name: "x".repeat(201), siren: "", population: "" }, "name"],
      [{ territoryId: territoryA.id, version: 1, name: "Nom", siren: "123456789", population: "" }, "siren"],
      [{ territoryId: territoryA.id, version: 1, name: "Nom", siren: "", population: "beaucoup" }, "population"],
      [{ territoryId: 12, version: 1, name: "Nom", siren: "", population: "" }, "territoryId"],
    ];
    for (const [raw, field] of cases) {
      const result = await run(actors.COOPERATION_OFFICER, raw);
      expect(result.fieldErrors?.[field]?.[0], JSON.stringify(raw)).toMatch(/[a-zé]/i);
    }
    const missing = await run(actors.COOPERATION_OFFICER, {
      territoryId: territoryA.id,
      version: 1,
      siren: "",
      population: "",
    });
    expect(missing.fieldErrors?.name?.[0]).toMatch(/attendu|chaîne|Entrée/i);
    expect(await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } })).toMatchObject({
      name: territoryA.name,
      version: 1,
    });
    expect(await db.auditEvent.count({ where: { territoryId: territoryA.id } })).toBe(0);
  });
});
