"use server";
// Every export of this file is a public endpoint: actions only.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { updateTerritorySchema } from "./schemas";
import { updateTerritory } from "./update-territory";

export const updateTerritoryAction = authedAction
  .metadata({ actionName: "updateTerritoryAction" })
  .inputSchema(updateTerritorySchema)
  .action(({ parsedInput, ctx }) => updateTerritory(getDb(), ctx.actor, parsedInput));
