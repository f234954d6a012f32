"use server";
// Every export of this file is a public endpoint: actions only. Each wraps one operation.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import {
  createAvenant,
  removeAvenantChange,
  saveAvenantChange,
  saveAvenantDeliberation,
  signAvenant,
  validateAvenant,
} from "./avenants";
import { changeConventionStatus } from "./change-status";
import { createConvention } from "./create-convention";
import { deleteDraftConvention } from "./delete-draft";
import { saveDeliberation } from "./deliberations";
import { addArticle } from "./add-article";
import { moveArticle } from "./move-article";
import { moveSignatory } from "./move-signatory";
import { removeAnnex } from "./remove-annex";
import { removeArticle } from "./remove-article";
import { removeSignatory } from "./remove-signatory";
import { saveAnnex } from "./save-annex";
import { saveSignatory } from "./save-signatory";
import { updateConvention } from "./update-convention";
import { saveArticle } from "./save-article";
import {
  addArticleSchema,
  changeStatusSchema,
  createAvenantSchema,
  createConventionSchema,
  deleteDraftSchema,
  moveArticleSchema,
  moveSignatorySchema,
  recordSignatureSchema,
  removeAnnexSchema,
  removeArticleSchema,
  removeAvenantChangeSchema,
  removeSignatorySchema,
  saveAnnexSchema,
  saveArticleSchema,
  saveAvenantChangeSchema,
  saveAvenantDeliberationSchema,
  saveDeliberationSchema,
  saveSignatorySchema,
  signAvenantSchema,
  updateConventionSchema,
  validateAvenantSchema,
  verifyHashSchema,
} from "./schemas";
import { recordSignature } from "./sign-convention";
import { verifySignedDocument } from "./verify";
import { requireTerritory } from "../auth/scope";

export const createConventionAction = authedAction
  .metadata({ actionName: "createConventionAction" })
  .inputSchema(createConventionSchema)
  .action(({ parsedInput, ctx }) => createConvention(getDb(), ctx.actor, parsedInput));
export const updateConventionAction = authedAction
  .metadata({ actionName: "updateConventionAction" })
  .inputSchema(updateConventionSchema)
  .action(({ parsedInput, ctx }) => updateConvention(getDb(), ctx.actor, parsedInput));
export const deleteDraftConventionAction = authedAction
  .metadata({ actionName: "deleteDraftConventionAction" })
  .inputSchema(deleteDraftSchema)
  .action(({ parsedInput, ctx }) => deleteDraftConvention(getDb(), ctx.actor, parsedInput));

export const changeConventionStatusAction = authedAction
  .metadata({ actionName: "changeConventionStatusAction" })
  .inputSchema(changeStatusSchema)
  .action(({ parsedInput, ctx }) => changeConventionStatus(getDb(), ctx.actor, parsedInput));
export const saveSignatoryAction = authedAction
  .metadata({ actionName: "saveSignatoryAction" })
  .inputSchema(saveSignatorySchema)
  .action(({ parsedInput, ctx }) => saveSignatory(getDb(), ctx.actor, parsedInput));
export const removeSignatoryAction = authedAction
  .metadata({ actionName: "removeSignatoryAction" })
  .inputSchema(removeSignatorySchema)
  .action(({ parsedInput, ctx }) => removeSignatory(getDb(), ctx.actor, parsedInput));
export const moveSignatoryAction = authedAction
  .metadata({ actionName: "moveSignatoryAction" })
  .inputSchema(moveSignatorySchema)
  .action(({ parsedInput, ctx }) => moveSignatory(getDb(), ctx.actor, parsedInput));
export const saveArticleAction = authedAction
  .metadata({ actionName: "saveArticleAction" })
  .inputSchema(saveArticleSchema)
  .action(({ parsedInput, ctx }) => saveArticle(getDb(), ctx.actor, parsedInput));
export const addArticleAction = authedAction
  .metadata({ actionName: "addArticleAction" })
  .inputSchema(addArticleSchema)
  .action(({ parsedInput, ctx }) => addArticle(getDb(), ctx.actor, parsedInput));
export const moveArticleAction = authedAction
  .metadata({ actionName: "moveArticleAction" })
  .inputSchema(moveArticleSchema)
  .action(({ parsedInput, ctx }) => moveArticle(getDb(), ctx.actor, parsedInput));
export const removeArticleAction = authedAction
  .metadata({ actionName: "removeArticleAction" })
  .inputSchema(removeArticleSchema)
  .action(({ parsedInput, ctx }) => removeArticle(getDb(), ctx.actor, parsedInput));
export const saveAnnexAction = authedAction
  .metadata({ actionName: "saveAnnexAction" })
  .inputSchema(saveAnnexSchema)
  .action(({ parsedInput, ctx }) => saveAnnex(getDb(), ctx.actor, parsedInput));
export const removeAnnexAction = authedAction
  .metadata({ actionName: "removeAnnexAction" })
  .inputSchema(removeAnnexSchema)
  .action(({ parsedInput, ctx }) => removeAnnex(getDb(), ctx.actor, parsedInput));
export const saveDeliberationAction = authedAction
  .metadata({ actionName: "saveDeliberationAction" })
  .inputSchema(saveDeliberationSchema)
  .action(({ parsedInput, ctx }) => saveDeliberation(getDb(), ctx.actor, parsedInput));
export const recordSignatureAction = authedAction
  .metadata({ actionName: "recordSignatureAction" })
  .inputSchema(recordSignatureSchema)
  .action(({ parsedInput, ctx }) => recordSignature(getDb(), ctx.actor, parsedInput));
export const createAvenantAction = authedAction
  .metadata({ actionName: "createAvenantAction" })
  .inputSchema(createAvenantSchema)
  .action(({ parsedInput, ctx }) => createAvenant(getDb(), ctx.actor, parsedInput));
export const saveAvenantChangeAction = authedAction
  .metadata({ actionName: "saveAvenantChangeAction" })
  .inputSchema(saveAvenantChangeSchema)
  .action(({ parsedInput, ctx }) => saveAvenantChange(getDb(), ctx.actor, parsedInput));
export const removeAvenantChangeAction = authedAction
  .metadata({ actionName: "removeAvenantChangeAction" })
  .inputSchema(removeAvenantChangeSchema)
  .action(({ parsedInput, ctx }) => removeAvenantChange(getDb(), ctx.actor, parsedInput));
export const validateAvenantAction = authedAction
  .metadata({ actionName: "validateAvenantAction" })
  .inputSchema(validateAvenantSchema)
  .action(({ parsedInput, ctx }) => validateAvenant(getDb(), ctx.actor, parsedInput));
export const saveAvenantDeliberationAction = authedAction
  .metadata({ actionName: "saveAvenantDeliberationAction" })
  .inputSchema(saveAvenantDeliberationSchema)
  .action(({ parsedInput, ctx }) => saveAvenantDeliberation(getDb(), ctx.actor, parsedInput));
export const signAvenantAction = authedAction
  .metadata({ actionName: "signAvenantAction" })
  .inputSchema(signAvenantSchema)
  .action(({ parsedInput, ctx }) => signAvenant(getDb(), ctx.actor, parsedInput));
export const verifyHashAction = authedAction
  .metadata({ actionName: "verifyHashAction" })
  .inputSchema(verifyHashSchema)
  .action(async ({ parsedInput, ctx }) => {
    await requireTerritory(getDb(), ctx.actor, { id: parsedInput.territoryId }, "territory.read");
    return verifySignedDocument(getDb(), ctx.actor, { sha256: parsedInput.sha256 });
  });
