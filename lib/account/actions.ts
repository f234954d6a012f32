"use server";
// Every export of this file is a public endpoint: actions only. The signed-in person's own account, password
// resets and invitations (the last two are open to anonymous callers: the link's secret token authorizes them).
import { authedAction, publicAction } from "../actions/client";
import { requestAddress } from "../auth/request-address";
import { getDb } from "../db/client";
import { acceptInvitationAsUser, acceptInvitationWithAccount } from "./accept-invitation";
import { changePassword } from "./change-password";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import {
  acceptInvitationSchema,
  acceptInvitationWithAccountSchema,
  changePasswordSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  signOutEverywhereSchema,
  updateNameSchema,
} from "./schemas";
import { signOutEverywhere } from "./sign-out-everywhere";
import { updateAccountName } from "./update-name";

export const updateAccountNameAction = authedAction
  .metadata({ actionName: "updateAccountNameAction" })
  .inputSchema(updateNameSchema)
  .action(({ parsedInput, ctx }) => updateAccountName(getDb(), ctx.actor, parsedInput));

export const changePasswordAction = authedAction
  .metadata({ actionName: "changePasswordAction" })
  .inputSchema(changePasswordSchema)
  .action(({ parsedInput, ctx }) => changePassword(getDb(), ctx.actor, parsedInput));

export const signOutEverywhereAction = authedAction
  .metadata({ actionName: "signOutEverywhereAction" })
  .inputSchema(signOutEverywhereSchema)
  .action(({ ctx }) => signOutEverywhere(getDb(), ctx.actor));

export const acceptInvitationAction = authedAction
  .metadata({ actionName: "acceptInvitationAction" })
  .inputSchema(acceptInvitationSchema)
  .action(({ parsedInput, ctx }) => acceptInvitationAsUser(getDb(), ctx.actor, parsedInput));

export const acceptInvitationWithAccountAction = publicAction
  .metadata({ actionName: "acceptInvitationWithAccountAction" })
  .inputSchema(acceptInvitationWithAccountSchema)
  .action(({ parsedInput }) => acceptInvitationWithAccount(getDb(), parsedInput));

export const requestPasswordResetAction = publicAction
  .metadata({ actionName: "requestPasswordResetAction" })
  .inputSchema(requestPasswordResetSchema)
  .action(async ({ parsedInput }) => requestPasswordReset(getDb(), parsedInput, await requestAddress()));

export const resetPasswordAction = publicAction
  .metadata({ actionName: "resetPasswordAction" })
  .inputSchema(resetPasswordSchema)
  .action(({ parsedInput }) => resetPassword(getDb(), parsedInput));
