"use server";
// Every export of this file is a public endpoint: actions only.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { createCaisse } from "./create-caisse";
import { createCaisseSchema } from "./schemas";

export const createCaisseAction = authedAction
  .metadata({ actionName: "createCaisseAction" })
  .inputSchema(createCaisseSchema)
  .action(({ parsedInput, ctx }) => createCaisse(getDb(), ctx.actor, parsedInput));
