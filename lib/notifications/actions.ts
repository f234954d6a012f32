"use server";
// Every export of this file is a public endpoint: actions only. The signed-in person's own notifications.
import { authedAction } from "../actions/client";
import { getDb } from "../db/client";
import { markAllRead, markRead, savePreferences } from "./centre";
import { markAllReadSchema, markReadSchema, preferencesSchema } from "./schemas";

export const markNotificationReadAction = authedAction
  .metadata({ actionName: "markNotificationReadAction" })
  .inputSchema(markReadSchema)
  .action(({ parsedInput, ctx }) => markRead(getDb(), ctx.actor, parsedInput));

export const markAllNotificationsReadAction = authedAction
  .metadata({ actionName: "markAllNotificationsReadAction" })
  .inputSchema(markAllReadSchema)
  .action(({ ctx }) => markAllRead(getDb(), ctx.actor));

export const saveNotificationPreferencesAction = authedAction
  .metadata({ actionName: "saveNotificationPreferencesAction" })
  .inputSchema(preferencesSchema)
  .action(({ parsedInput, ctx }) => savePreferences(getDb(), ctx.actor, parsedInput));
