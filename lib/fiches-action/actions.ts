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
import { saveIndicator } from "./save-indicator";
import { saveIndicatorValue } from "./save-indicator-value";
import { saveStep } from "./save-step";
import { updateFiche } from "./update-fiche";
import {
  addNoteSchema,
  bulkStatusSchema,
  changeFicheStatusSchema,
  createFicheSchema,
  removeFicheChildSchema,
  saveBudgetLineSchema,
  saveIndicatorSchema,
  saveIndicatorValueSchema,
  saveStepSchema,
  updateFicheSchema,
} from "./schemas";

export const createFicheAction = authedAction
  .inputSchema(createFicheSchema)
  .action(({ parsedInput, ctx }) => createFiche(getDb(), ctx.actor, parsedInput));
export const updateFicheAction = authedAction
  .inputSchema(updateFicheSchema)
  .action(({ parsedInput, ctx }) => updateFiche(getDb(), ctx.actor, parsedInput));
export const changeFicheStatusAction = authedAction
  .inputSchema(changeFicheStatusSchema)
  .action(({ parsedInput, ctx }) => changeFicheStatus(getDb(), ctx.actor, parsedInput));
export const bulkStatusAction = authedAction
  .inputSchema(bulkStatusSchema)
  .action(({ parsedInput, ctx }) => changeStatusInBulk(getDb(), ctx.actor, parsedInput));
export const addNoteAction = authedAction
  .inputSchema(addNoteSchema)
  .action(({ parsedInput, ctx }) => addNote(getDb(), ctx.actor, parsedInput));
export const saveStepAction = authedAction
  .inputSchema(saveStepSchema)
  .action(({ parsedInput, ctx }) => saveStep(getDb(), ctx.actor, parsedInput));
export const saveIndicatorAction = authedAction
  .inputSchema(saveIndicatorSchema)
  .action(({ parsedInput, ctx }) => saveIndicator(getDb(), ctx.actor, parsedInput));
export const saveIndicatorValueAction = authedAction
  .inputSchema(saveIndicatorValueSchema)
  .action(({ parsedInput, ctx }) => saveIndicatorValue(getDb(), ctx.actor, parsedInput));
export const saveBudgetLineAction = authedAction
  .inputSchema(saveBudgetLineSchema)
  .action(({ parsedInput, ctx }) => saveBudgetLine(getDb(), ctx.actor, parsedInput));
export const removeBudgetLineAction = authedAction
  .inputSchema(removeFicheChildSchema)
  .action(({ parsedInput, ctx }) => removeBudgetLine(getDb(), ctx.actor, parsedInput));
