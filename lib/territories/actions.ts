"use server";
// Every export of this file is a public endpoint: actions only.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { createTerritory } from "./create-territory";
import { createTerritorySchema, updateTerritorySchema } from "./schemas";
import { updateTerritory } from "./update-territory";

export const updateTerritoryAction = authedAction
  .metadata({ actionName: "updateTerritoryAction" })
  .inputSchema(updateTerritorySchema)
  .action(({ parsedInput, ctx }) => updateTerritory(getDb(), ctx.actor, parsedInput));

export const createTerritoryAction = authedAction
  .metadata({ actionName: "createTerritoryAction" })
  .inputSchema(createTerritorySchema)
  .action(({ parsedInput, ctx }) => createTerritory(getDb(), ctx.actor, parsedInput));
