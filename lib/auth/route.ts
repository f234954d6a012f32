import "server-only";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import type { Operation } from "./permissions";
import { requireTerritory, type TerritoryScope } from "./scope";
import { getActor } from "./session";

/**
 * For route handlers: the same checks as pages, answered as HTTP statuses (401 without a session; 404 for a
 * foreign or missing territory; 403 when the role may see but not do). Returns a Response to send on failure.
 */
export async function authorizeRoute(
  slug: string,
  operation: Operation,
): Promise<{ actor: Actor; scope: TerritoryScope } | Response> {
  const actor = await getActor();
  if (!actor) return new Response("Authentification requise.", { status: 401 });
  try {
    return { actor, scope: await requireTerritory(getDb(), actor, { slug }, operation) };
  } catch (error) {
    return errorResponse(error);
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const status = (
      {
        NOT_FOUND: 404,
        FORBIDDEN: 403,
        UNAUTHENTICATED: 401,
        CONFLICT: 409,
        INVALID_STATE: 409,
        INVALID_INPUT: 400,
        TOO_LARGE: 413,
      } satisfies Record<AppError["code"], number>
    )[error.code];
    return new Response(error.message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  console.error("[route]", error);
  return new Response("Une erreur inattendue est survenue.", { status: 500 });
}
