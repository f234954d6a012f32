import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { getActor } from "../auth/session";
import { AppError, GENERIC_ERROR_MESSAGE } from "../errors";
import { assertPlainInput } from "./plain-input";

// The one wrapper of every server action: zod validation (field errors in French), session resolution, and the
// error contract (only AppError messages reach the user). Territory authorization happens inside each operation
// through lib/auth/scope.ts, because the territory comes from the validated input.
// Every action names itself (`.metadata({ actionName: "…" })`, required by the types) so that a log says which failed.
export const actionClient = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(error, { metadata }) {
    if (error instanceof AppError) return error.message;
    console.error(`[action] ${metadata?.actionName ?? "unnamed action"} failed:`, error);
    return GENERIC_ERROR_MESSAGE;
  },
});

export const authedAction = actionClient.use(async ({ next, clientInput }) => {
  assertPlainInput(clientInput);
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return next({ ctx: { actor } });
});

/**
 * Actions open to anonymous callers (password reset, accepting an invitation with a new account): the same
 * validation and error contract; the secret token in the input is what authorizes them.
 */
export const publicAction = actionClient.use(async ({ next, clientInput }) => {
  assertPlainInput(clientInput);
  return next({ ctx: {} });
});
