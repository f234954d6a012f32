import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { env } from "../env";
import { authenticate } from "./authenticate";
import { safeCallbackPath } from "./redirect";
import { openSession, revokeSession } from "./sessions";
import { PROCONNECT_PROVIDER_ID, proconnectProviders, proconnectSignIn, rememberProConnectLogin } from "./proconnect";

/** The closest proxy's view of the client: the last X-Forwarded-For entry (Next.js appends the socket address). */
export function clientAddressOf(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  const last = value
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last || "unknown";
}

export function authOptions(): NextAuthOptions {
  const { AUTH_SECRET, SESSION_MAX_AGE_SECONDS } = env();
  return {
    secret: AUTH_SECRET,
    // Credentials logins need JWT sessions in next-auth 4; the token holds the user id and the id of a UserSession
    // row, and every request reloads the session, the user and the memberships from the database
    // (lib/auth/actor.ts): a logout, a revocation or a deactivation takes effect at the next request.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/connexion", error: "/connexion", signOut: "/deconnexion" },
    providers: [
      CredentialsProvider({
        name: "Adresse électronique",
        credentials: {
          email: { label: "Adresse électronique", type: "email" },
          password: { label: "Mot de passe", type: "password" },
        },
        async authorize(credentials, req) {
          const result = await authenticate(
            getDb(),
            { email: credentials?.email, password: credentials?.password },
            clientAddressOf(req?.headers as Record<string, string>),
          );
          if (result.ok) return result.user;
          // next-auth passes a thrown message to the page as `error`; null means "CredentialsSignin".
          if (result.reason === "THROTTLED") throw new Error("THROTTLED");
          return null;
        },
      }),
      ...proconnectProviders(), // only when PROCONNECT_* are set (lib/auth/proconnect.ts)
    ],
    callbacks: {
      signIn({ user, account, profile }) {
        return account?.provider === PROCONNECT_PROVIDER_ID ? proconnectSignIn(getDb(), user, profile) : true;
      },
      async jwt({ token, user, account }) {
        // At login: a UserSession row, named by the token, checked on every request and revoked at logout.
        if (user) {
          token.sub = user.id;
          token.sid = await openSession(getDb(), user.id, SESSION_MAX_AGE_SECONDS);
        }
        return rememberProConnectLogin(token, account);
      },
      session({ session, token }) {
        if (session.user) (session.user as { id?: string }).id = token.sub;
        (session as { sid?: unknown }).sid = token.sid;
        return session;
      },
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(getDb(), token.sid);
      },
    },
  };
}
