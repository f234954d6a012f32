import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { loadActor, type Actor } from "./actor";
import type { Operation } from "./permissions";
import { requireCaisse, requireOperator, requireTerritory, type TerritoryScope } from "./scope";
import { authOptions } from "./options";

/** The signed-in actor of this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  // Per-request by nature: never prerendered at build time (when no database or secret exists).
  await connection();
  const session = await getServerSession(authOptions());
  const userId = (session?.user as { id?: string } | undefined)?.id;
  const sessionId = (session as { sid?: unknown } | null)?.sid;
  return userId && typeof sessionId === "string" ? loadActor(getDb(), userId, sessionId) : null;
});

/** For pages: the actor, or a redirect to the login page. */
export async function requireActorForPage(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/connexion");
  return actor;
}

/** For pages: an AppError (not found, forbidden) becomes the 404 page; foreign and missing records look the same. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
}

/** The caller's scope on a territory, loaded once per request (the territory layout and its page both ask). */
const territoryScopeOfRequest = cache(async (slug: string): Promise<TerritoryScope> => {
  const actor = await requireActorForPage();
  return orNotFound(requireTerritory(getDb(), actor, { slug }, "territory.read"));
});

/** For pages: the territory scope, or the 404 page (no role there, or not this operation). */
export async function requireTerritoryForPage(
  slug: string,
  operation: Operation = "territory.read",
): Promise<{ actor: Actor; scope: TerritoryScope }> {
  const actor = await requireActorForPage();
  const scope = await territoryScopeOfRequest(slug);
  if (!scope.can(operation)) notFound();
  return { actor, scope };
}

/** For caisse pages: the actor and its roles on the caisse, or the 404 page (no role there, or not this operation). */
export async function requireCaisseForPage(caisseId: string, operation: Operation) {
  const actor = await requireActorForPage();
  return { actor, roles: await orNotFound(Promise.resolve().then(() => requireCaisse(actor, caisseId, operation))) };
}

/** For `/plateforme` pages: a platform operator, or the 404 page. */
export async function requireOperatorForPage(): Promise<Actor> {
  const actor = await requireActorForPage();
  await orNotFound(Promise.resolve().then(() => requireOperator(actor)));
  return actor;
}
