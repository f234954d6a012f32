"use server";
// Every export of this file is a public endpoint: actions only. Each wraps one operation.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { addNote } from "./add-note";
import { changeFicheStatus } from "./change-fiche-status";
import { changeStatusInBulk } from "./change-status-in-bulk";
import { createFiche } from "./create-fiche";
import { removeBudgetLine } from "./remove-budget-line";
import { saveBudgetLine } from "./save-budget-line";
import { linkIndicatorSeries } from "./link-indicator-series";
import { saveIndicator } from "./save-indicator";
import { saveIndicatorValue } from "./save-indicator-value";
import { saveStep } from "./save-step";
import { updateFiche } from "./update-fiche";
import {
  addNoteSchema,
  bulkStatusSchema,
  changeFicheStatusSchema,
  createFicheSchema,
  linkIndicatorSeriesSchema,
  removeFicheChildSchema,
  saveBudgetLineSchema,
  saveIndicatorSchema,
  saveIndicatorValueSchema,
  saveStepSchema,
  updateFicheSchema,
} from "./schemas";

export const createFicheAction = authedAction
  .metadata({ actionName: "createFicheAction" })
  .inputSchema(createFicheSchema)
  .action(({ parsedInput, ctx }) => createFiche(getDb(), ctx.actor, parsedInput));
export const updateFicheAction = authedAction
  .metadata({ actionName: "updateFicheAction" })
  .inputSchema(updateFicheSchema)
  .action(({ parsedInput, ctx }) => updateFiche(getDb(), ctx.actor, parsedInput));
export const changeFicheStatusAction = authedAction
  .metadata({ actionName: "changeFicheStatusAction" })
  .inputSchema(changeFicheStatusSchema)
  .action(({ parsedInput, ctx }) => changeFicheStatus(getDb(), ctx.actor, parsedInput));
export const bulkStatusAction = authedAction
  .metadata({ actionName: "bulkStatusAction" })
  .inputSchema(bulkStatusSchema)
  .action(({ parsedInput, ctx }) => changeStatusInBulk(getDb(), ctx.actor, parsedInput));
export const addNoteAction = authedAction
  .metadata({ actionName: "addNoteAction" })
  .inputSchema(addNoteSchema)
  .action(({ parsedInput, ctx }) => addNote(getDb(), ctx.actor, parsedInput));
export const saveStepAction = authedAction
  .metadata({ actionName: "saveStepAction" })
  .inputSchema(saveStepSchema)
  .action(({ parsedInput, ctx }) => saveStep(getDb(), ctx.actor, parsedInput));
export const saveIndicatorAction = authedAction
  .metadata({ actionName: "saveIndicatorAction" })
  .inputSchema(saveIndicatorSchema)
  .action(({ parsedInput, ctx }) => saveIndicator(getDb(), ctx.actor, parsedInput));
export const linkIndicatorSeriesAction = authedAction
  .metadata({ actionName: "linkIndicatorSeriesAction" })
  .inputSchema(linkIndicatorSeriesSchema)
  .action(({ parsedInput, ctx }) => linkIndicatorSeries(getDb(), ctx.actor, parsedInput));
export const saveIndicatorValueAction = authedAction
  .metadata({ actionName: "saveIndicatorValueAction" })
  .inputSchema(saveIndicatorValueSchema)
  .action(({ parsedInput, ctx }) => saveIndicatorValue(getDb(), ctx.actor, parsedInput));
export const saveBudgetLineAction = authedAction
  .metadata({ actionName: "saveBudgetLineAction" })
  .inputSchema(saveBudgetLineSchema)
  .action(({ parsedInput, ctx }) => saveBudgetLine(getDb(), ctx.actor, parsedInput));
export const removeBudgetLineAction = authedAction
  .metadata({ actionName: "removeBudgetLineAction" })
  .inputSchema(removeFicheChildSchema)
  .action(({ parsedInput, ctx }) => removeBudgetLine(getDb(), ctx.actor, parsedInput));
