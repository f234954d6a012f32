"use server";
// Every export of this file is a public endpoint: actions only. The diagnostic's findings and contributions
// (the import of open data has its own actions).
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { addContribution } from "./add-contribution";
import { deleteContribution } from "./delete-contribution";
import * as s from "./finding-schemas";
import { saveFinding } from "./save-finding";

export const saveDiagnosticFindingAction = authedAction
  .metadata({ actionName: "saveDiagnosticFindingAction" })
  .inputSchema(s.saveFindingSchema)
  .action(({ parsedInput, ctx }) => saveFinding(getDb(), ctx.actor, parsedInput));
export const addDiagnosticContributionAction = authedAction
  .metadata({ actionName: "addDiagnosticContributionAction" })
  .inputSchema(s.addContributionSchema)
  .action(({ parsedInput, ctx }) => addContribution(getDb(), ctx.actor, parsedInput));
export const deleteDiagnosticContributionAction = authedAction
  .metadata({ actionName: "deleteDiagnosticContributionAction" })
  .inputSchema(s.deleteContributionSchema)
  .action(({ parsedInput, ctx }) => deleteContribution(getDb(), ctx.actor, parsedInput));
