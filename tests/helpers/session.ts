// The session of the action under test, supplied the way production receives it: a next-auth JWT cookie signed with
// AUTH_SECRET, read by next-auth's getServerSession through `next/headers`. Only that framework boundary is
// replaced (outside a Next.js request, `cookies()` and `headers()` throw); lib/auth/session.ts runs unchanged.
import { createRequire } from "node:module";
import { encode } from "next-auth/jwt";
import { openSession } from "../../lib/auth/sessions";
import { getDb } from "../../lib/db/client";

// As lib/cli/start.ts provides it to the server (next-auth warns without it).
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

const SESSION_COOKIE = "next-auth.session-token";
const jar = new Map<string, string>();

// next-auth loads `next/headers` with require() at call time: the fake goes into the CommonJS cache it reads.
const require = createRequire(import.meta.url);
const nextHeadersPath = require.resolve("next/headers", { paths: [require.resolve("next-auth")] });
require.cache[nextHeadersPath] = {
  id: nextHeadersPath,
  filename: nextHeadersPath,
  loaded: true,
  exports: {
    headers: async () => new Headers({ host: "localhost" }),
    cookies: async () => ({
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    }),
  },
} as unknown as NodeJS.Module;

/**
 * The next requests carry the session cookie of this user, as after a login: a signed next-auth JWT naming a
 * UserSession row opened for it. Returns the session's id (to revoke it in a test).
 */
export async function signInAs(userId: string): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is missing (tests/helpers/setup-database.ts sets it).");
  // A user id the database refuses (a test of the error path) gets no row: the request fails where production would.
  const sid = await openSession(getDb(), userId, 3600).catch(() => "no-session");
  jar.set(SESSION_COOKIE, await encode({ token: { sub: userId, sid }, secret }));
  return sid;
}

/** The next requests carry no session cookie. */
export function signOut() {
  jar.delete(SESSION_COOKIE);
}
