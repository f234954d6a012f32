"use server";
// Every export of this file is a public endpoint: actions only. The people of a caisse (user.manage).
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { changeMembership } from "./change-membership";
import { deactivateUser } from "./deactivate-user";
import { inviteUser } from "./invite-user";
import { reactivateUser } from "./reactivate-user";
import { removeMembership } from "./remove-membership";
import { resendCaisseInvitation } from "./resend-invitation";
import { revokeCaisseInvitation } from "./revoke-invitation";
import {
  changeMembershipSchema,
  invitationRefSchema,
  inviteUserSchema,
  membershipRefSchema,
  userRefSchema,
} from "./schemas";

export const inviteUserAction = authedAction
  .metadata({ actionName: "inviteUserAction" })
  .inputSchema(inviteUserSchema)
  .action(({ parsedInput, ctx }) => inviteUser(getDb(), ctx.actor, parsedInput));

export const resendInvitationAction = authedAction
  .metadata({ actionName: "resendInvitationAction" })
  .inputSchema(invitationRefSchema)
  .action(({ parsedInput, ctx }) => resendCaisseInvitation(getDb(), ctx.actor, parsedInput));

export const revokeInvitationAction = authedAction
  .metadata({ actionName: "revokeInvitationAction" })
  .inputSchema(invitationRefSchema)
  .action(({ parsedInput, ctx }) => revokeCaisseInvitation(getDb(), ctx.actor, parsedInput));

export const changeMembershipAction = authedAction
  .metadata({ actionName: "changeMembershipAction" })
  .inputSchema(changeMembershipSchema)
  .action(({ parsedInput, ctx }) => changeMembership(getDb(), ctx.actor, parsedInput));

export const removeMembershipAction = authedAction
  .metadata({ actionName: "removeMembershipAction" })
  .inputSchema(membershipRefSchema)
  .action(({ parsedInput, ctx }) => removeMembership(getDb(), ctx.actor, parsedInput));

export const deactivateUserAction = authedAction
  .metadata({ actionName: "deactivateUserAction" })
  .inputSchema(userRefSchema)
  .action(({ parsedInput, ctx }) => deactivateUser(getDb(), ctx.actor, parsedInput));

export const reactivateUserAction = authedAction
  .metadata({ actionName: "reactivateUserAction" })
  .inputSchema(userRefSchema)
  .action(({ parsedInput, ctx }) => reactivateUser(getDb(), ctx.actor, parsedInput));
