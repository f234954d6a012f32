// The error contract of lib/actions/client.ts, through a real action called as Next.js calls it, with the session
// cookie of tests/helpers/session.ts: what the caller receives and what the server logs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GENERIC_ERROR_MESSAGE } from "../../lib/errors";
import { updateTerritoryAction } from "../../lib/territories/actions";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { signInAs, signOut } from "../helpers/session";

const db = requireTestDatabase();

afterEach(() => {
  vi.restoreAllMocks();
  signOut();
});

describe("the server action wrapper", () => {
  it("hands an AppError's own message to the caller, and logs nothing", async () => {
    const { territoryA, actors } = await createTenants(db);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const input = { territoryId: territoryA.id, version: 1, name: "Nouveau nom", siren: "", population: "" };
    await signInAs(actors.COPIL_MEMBER.id);
    expect(await updateTerritoryAction(input)).toEqual({
      serverError: "Vous n'avez pas les droits nécessaires pour cette opération.",
    });
    signOut();
    expect(await updateTerritoryAction(input)).toEqual({ serverError: "Votre session a expiré : reconnectez-vous." });
    expect(log).not.toHaveBeenCalled();
  });

  it("replaces any other error by the generic French message and logs it with the action's name", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // A user id PostgreSQL refuses (a NUL byte): loading the actor fails with a driver error, not an AppError.
    await signInAs("\u0000");
    expect(
      await updateTerritoryAction({ territoryId: "x", version: 1, name: "Nom", siren: "", population: "" }),
    ).toEqual({
      serverError: GENERIC_ERROR_MESSAGE,
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toBe("[action] updateTerritoryAction failed:");
    expect(log.mock.calls[0][1]).toBeInstanceOf(Error);
  });

  it("refuses a NUL byte or a crafted reference anywhere in the input, writes nothing and logs nothing", async () => {
    const { territoryA, actors } = await createTenants(db);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await signInAs(actors.COOPERATION_OFFICER.id);
    const before = await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } });
    const base = { territoryId: territoryA.id, version: before.version, siren: "", population: "" };
    expect(await updateTerritoryAction({ ...base, name: "Nom\u0000caché" })).toEqual({
      serverError: "Le texte saisi contient des caractères non autorisés (caractères de contrôle).",
    });
    const reference = new Proxy(() => undefined, {
      get() {
        throw new Error("temporary reference");
      },
    });
    expect(await updateTerritoryAction({ ...base, name: reference } as never)).toEqual({
      serverError: "Les données envoyées sont illisibles : rechargez la page et recommencez.",
    });
    expect(await db.territory.findUniqueOrThrow({ where: { id: territoryA.id } })).toEqual(before);
    expect(log).not.toHaveBeenCalled();
  });

  it("answers invalid input with French field errors, before the operation runs", async () => {
    const { actors } = await createTenants(db);
    await signInAs(actors.COOPERATION_OFFICER.id);
    expect(await updateTerritoryAction({ territoryId: "", version: "deux", name: "A", siren: "123" } as never)).toEqual(
      {
        validationErrors: {
          formErrors: [],
          fieldErrors: {
            territoryId: ["Identifiant manquant."],
            version: ["Version invalide."],
            population: ["Entrée invalide"],
            name: ["Le nom doit comporter au moins 2 caractères."],
            siren: [expect.stringMatching(/SIREN/)],
          },
        },
      },
    );
  });

  it("names every action after its export, so that the log line is right", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    for (const file of ["conventions", "facilities", "fiches-action", "meetings", "territories"]) {
      const source = readFileSync(path.join(root, "lib", file, "actions.ts"), "utf8");
      const exported = [...source.matchAll(/export const (\w+) =/g)].map((m) => m[1]);
      const named = [
        ...source.matchAll(/export const (\w+) = authedAction\s*\.metadata\(\{ actionName: "(\w+)" \}\)/g),
      ];
      expect(exported.length, file).toBeGreaterThan(0);
      expect(
        named.map((m) => m[2]),
        file,
      ).toEqual(exported);
    }
  });
});
