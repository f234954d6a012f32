// ProConnect login inside next-auth 4 (lib/auth/options.ts adds the provider and calls the two hooks below).
// next-auth's openid-client runs the authorization code flow with `state` and `nonce` (no PKCE: ProConnect refuses
// unknown parameters) and verifies the ID token; the client authentication method is the one the discovery offers
// (client_secret_basic when listed, else client_secret_post). The profile is then read from the signed userinfo,
// verified here with jose (lib/auth/proconnect-verify.ts), and the account is found or linked at sign-in
// (lib/auth/proconnect-link.ts). The ID token stays in the (encrypted) session JWT for the logout through
// ProConnect's end_session_endpoint.
import { randomBytes } from "node:crypto";
import type { Account, Profile, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Db } from "../db/client";
import { appUrl } from "./tokens";
import { proconnectConfig, type ProConnectConfig } from "./proconnect-config";
import { linkProConnectLogin, PROCONNECT } from "./proconnect-link";
import { fetchProConnectProfile, proconnectDiscovery, type ProConnectProfile } from "./proconnect-verify";

export const PROCONNECT_PROVIDER_ID = PROCONNECT;
export const PROCONNECT_SCOPES = "openid email given_name usual_name uid siret idp_id";

/** Error codes the login page explains (next-auth's own, and ours from the sign-in hook). */
export const PROCONNECT_ERRORS = {
  ProConnectNoAccount:
    "Aucun compte n'est associé à cette identité ProConnect : demandez une invitation à votre caisse.",
  ProConnectDeactivated: "Ce compte est désactivé : adressez-vous à l'administrateur de votre caisse.",
  OAuthSignin:
    "ProConnect ne répond pas pour le moment. Réessayez plus tard ou connectez-vous avec votre mot de passe.",
  OAuthCallback: "La connexion avec ProConnect a échoué. Réessayez.",
  Callback: "La connexion avec ProConnect a échoué. Réessayez.",
  AccessDenied: "La connexion avec ProConnect a été refusée.",
} as const;
export type ProConnectErrorCode = keyof typeof PROCONNECT_ERRORS;
export const proconnectErrorMessage = (code: string | undefined) =>
  code && Object.hasOwn(PROCONNECT_ERRORS, code) ? PROCONNECT_ERRORS[code as ProConnectErrorCode] : null;

/** Whether the login button is shown. */
export const isProConnectEnabled = () => proconnectConfig() !== null;

/** The post_logout_redirect_uri to declare at ProConnect: the login page, which checks the returned state. */
export const proconnectPostLogoutUri = () => appUrl("/connexion");
/** The cookie holding the state of a logout through ProConnect, checked when ProConnect sends the browser back. */
export const PROCONNECT_LOGOUT_STATE_COOKIE = "proconnect-logout-state";

export function proconnectProvider(config: ProConnectConfig): OAuthConfig<ProConnectProfile> {
  return {
    id: PROCONNECT_PROVIDER_ID,
    name: "ProConnect",
    type: "oauth",
    wellKnown: config.discoveryUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: PROCONNECT_SCOPES, acr_values: "eidas1" } },
    client: { id_token_signed_response_alg: "RS256" },
    idToken: true,
    checks: ["state", "nonce"],
    // ProConnect's userinfo is a signed JWT: fetched and verified by us, never merely decoded.
    userinfo: { request: ({ tokens }) => fetchProConnectProfile(config, tokens) },
    profile: (profile) => ({
      id: `${profile.idp_id}:${profile.sub}`,
      email: profile.email,
      name: [profile.given_name, profile.usual_name].filter(Boolean).join(" ") || profile.email,
    }),
  };
}

/** next-auth providers to add: ProConnect's when it is configured. */
export function proconnectProviders(): OAuthConfig<ProConnectProfile>[] {
  const config = proconnectConfig();
  return config ? [proconnectProvider(config)] : [];
}

/**
 * next-auth's signIn callback for ProConnect logins: finds or links the account. On success the user object that
 * next-auth hands on to the jwt callback gets our user id; otherwise the login page explains the refusal.
 */
export async function proconnectSignIn(db: Db, user: User, profile: Profile | undefined): Promise<true | string> {
  // `profile` is what the userinfo request answered: the verified claims.
  const result = await linkProConnectLogin(db, profile as unknown as ProConnectProfile);
  if (!result.ok) {
    return appUrl(
      `/connexion?error=${result.reason === "DEACTIVATED" ? "ProConnectDeactivated" : "ProConnectNoAccount"}`,
    );
  }
  user.id = result.userId;
  return true;
}

/** At a ProConnect login, keeps the ID token in the session JWT (encrypted) for the logout. */
export function rememberProConnectLogin(token: JWT, account: Account | null | undefined): JWT {
  if (account?.provider === PROCONNECT_PROVIDER_ID && typeof account.id_token === "string") {
    token.proconnectIdToken = account.id_token;
  }
  return token;
}

/**
 * Where to send the browser to end the ProConnect session too: the end_session_endpoint with id_token_hint, a fresh
 * state and the post-logout URI. Null when the session did not come from ProConnect (or ProConnect is off).
 */
export async function proconnectLogoutUrl(token: JWT | null): Promise<{ url: string; state: string } | null> {
  const config = proconnectConfig();
  const idToken = token?.proconnectIdToken;
  if (!config || typeof idToken !== "string") return null;
  const discovery = await proconnectDiscovery(config);
  if (!discovery.end_session_endpoint) return null;
  const state = randomBytes(32).toString("base64url");
  const url = new URL(discovery.end_session_endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("state", state);
  url.searchParams.set("post_logout_redirect_uri", proconnectPostLogoutUri());
  return { url: url.toString(), state };
}
