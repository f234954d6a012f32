// Calls a server action exactly as Next.js does (the exported action from lib/**/actions.ts, through the real
// wrapper of lib/actions/client.ts: validation, session, error contract), signed in as `actor` with a real session
// cookie (tests/helpers/session.ts). The caller sees what a browser sees, plus the code of the AppError behind a
// serverError (tests/helpers/setup-actions.ts), which the wrapper deliberately does not send.
import type { Actor } from "../../lib/auth/actor";
import { signInAs, signOut } from "./session";

type ActionResult = {
  data?: unknown;
  serverError?: string;
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
};
// Any exported action: its input type is irrelevant here, tests send raw (possibly invalid) input.
type AnyAction = (input: never) => Promise<ActionResult>;

export type InvokeResult<T> =
  | { data: T; fieldErrors?: undefined; serverError?: undefined; code?: undefined }
  | { data?: undefined; fieldErrors: Record<string, string[] | undefined>; serverError?: undefined; code?: undefined }
  | { data?: undefined; fieldErrors?: undefined; serverError: string; code: string | undefined };

const recordedAppErrors = (globalThis as { [key: symbol]: { code: string; message: string }[] | undefined })[
  Symbol.for("ctg.tests.appErrors")
];

export async function invoke<A extends AnyAction>(
  action: A,
  actor: Actor | null,
  raw: unknown,
): Promise<InvokeResult<NonNullable<Awaited<ReturnType<A>>["data"]>>> {
  if (!recordedAppErrors) throw new Error("tests/helpers/setup-actions.ts is not a vitest setup file.");
  if (actor) await signInAs(actor.id);
  else signOut();
  // One invoke at a time: concurrent calls would clear each other's record (run them one after the other).
  recordedAppErrors.length = 0;
  const result = await action(raw as never);
  type Data = NonNullable<Awaited<ReturnType<A>>["data"]>;
  if (result.validationErrors) return { fieldErrors: result.validationErrors.fieldErrors ?? {} };
  if (result.serverError !== undefined) {
    // The code of the AppError whose message the caller received; none for the generic message.
    const code = recordedAppErrors.findLast((error) => error.message === result.serverError)?.code;
    return { serverError: result.serverError, code };
  }
  return { data: result.data as Data };
}
