// Runs an operation the way lib/actions/client.ts does (zod validation, then the operation, then the error
// contract), with a real actor loaded from the database. The HTTP path with a real session is covered end to end.
import type { z } from "zod";
import type { Actor } from "../../lib/auth/actor";
import type { Db } from "../../lib/db/client";
import { AppError, GENERIC_ERROR_MESSAGE } from "../../lib/errors";

export type InvokeResult<T> =
  | { data: T; fieldErrors?: undefined; serverError?: undefined; code?: undefined }
  | { data?: undefined; fieldErrors: Record<string, string[] | undefined>; serverError?: undefined; code?: undefined }
  | { data?: undefined; fieldErrors?: undefined; serverError: string; code: string };

export async function invoke<S extends z.ZodType, T>(
  schema: S,
  operation: (db: Db, actor: Actor, input: z.output<S>) => Promise<T>,
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<InvokeResult<T>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = (parsed.error as z.ZodError).flatten() as { fieldErrors: Record<string, string[]> };
    return { fieldErrors };
  }
  try {
    return { data: await operation(db, actor, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { serverError: error.message, code: error.code };
    return { serverError: GENERIC_ERROR_MESSAGE, code: "UNEXPECTED" };
  }
}
