"use server";
// Every export of this file is a public endpoint: actions only.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { createOrganisation } from "./create-organisation";
import { deleteOrganisation } from "./delete-organisation";
import { createOrganisationSchema, deleteOrganisationSchema, updateOrganisationSchema } from "./schemas";
import { updateOrganisation } from "./update-organisation";

export const createOrganisationAction = authedAction
  .metadata({ actionName: "createOrganisationAction" })
  .inputSchema(createOrganisationSchema)
  .action(({ parsedInput, ctx }) => createOrganisation(getDb(), ctx.actor, parsedInput));

export const updateOrganisationAction = authedAction
  .metadata({ actionName: "updateOrganisationAction" })
  .inputSchema(updateOrganisationSchema)
  .action(({ parsedInput, ctx }) => updateOrganisation(getDb(), ctx.actor, parsedInput));

export const deleteOrganisationAction = authedAction
  .metadata({ actionName: "deleteOrganisationAction" })
  .inputSchema(deleteOrganisationSchema)
  .action(({ parsedInput, ctx }) => deleteOrganisation(getDb(), ctx.actor, parsedInput));
