// Every server action, with the operation behind it and an input that aims at a given territory's ids.
// tests/unit/matrix-completeness.test.ts fails when an action exported from lib/**/actions.ts is missing here,
// so a new action cannot escape the cross-territory matrix.
import type { z } from "zod";
import type { Actor } from "../../lib/auth/actor";
import type { Db } from "../../lib/db/client";
import { updateTerritorySchema } from "../../lib/territories/schemas";
import { updateTerritory } from "../../lib/territories/update-territory";

export type TargetIds = { territoryId: string; territoryVersion: number };

export type MatrixEntry = {
  /** "<file>#<export>" of the server action. */
  action: string;
  schema: z.ZodType;
  operation: (db: Db, actor: Actor, input: never) => Promise<unknown>;
  /** A valid input that writes to the target territory. */
  input: (target: TargetIds) => Record<string, unknown>;
};

export const operationMatrix: MatrixEntry[] = [
  {
    action: "lib/territories/actions.ts#updateTerritoryAction",
    schema: updateTerritorySchema,
    operation: updateTerritory as MatrixEntry["operation"],
    input: (target) => ({ territoryId: target.territoryId, version: target.territoryVersion, name: "Nom modifié par un tiers", siren: "", population: "" }),
  },
];
