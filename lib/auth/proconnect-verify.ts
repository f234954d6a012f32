// Verifies what ProConnect hands us: its discovery document, the ID token and the signed userinfo (a JWT served as
// application/jwt). Both JWTs are checked against the provider's JWKS (signature, issuer, audience, expiry) and the
// userinfo's subject must be the ID token's: nothing is ever just decoded. Keys are asymmetric only (RS256, ES256):
// an unsigned token (alg "none") or one signed with the client secret (HS256) is refused.
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { z } from "zod";
import type { ProConnectConfig } from "./proconnect-config";

export const PROCONNECT_ALGORITHMS = ["RS256", "ES256"];
const CLOCK_TOLERANCE_SECONDS = 10;
const FETCH_TIMEOUT_MS = 10_000;

const endpoint = z.url({ protocol: /^https?$/ });
const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: endpoint,
  token_endpoint: endpoint,
  userinfo_endpoint: endpoint,
  jwks_uri: endpoint,
  end_session_endpoint: endpoint.optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
});

export type ProConnectDiscovery = z.infer<typeof discoverySchema> & { keys: JWTVerifyGetKey };

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const discoveries = new Map<string, { at: number; value: Promise<ProConnectDiscovery> }>();

/** The provider's discovery document and a JWKS fetcher for its keys (cached one hour; failures are not cached). */
export function proconnectDiscovery(config: ProConnectConfig, now = Date.now()): Promise<ProConnectDiscovery> {
  const cached = discoveries.get(config.discoveryUrl);
  if (cached && now - cached.at < DISCOVERY_TTL_MS) return cached.value;
  const value = (async () => {
    const response = await fetch(config.discoveryUrl, {
      headers: { Accept: "application/json" },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`ProConnect discovery answered ${response.status}`);
    const document = discoverySchema.parse(await response.json());
    if (document.issuer !== config.issuer) {
      throw new Error(`ProConnect discovery names issuer ${document.issuer}, expected ${config.issuer}`);
    }
    return { ...document, keys: createRemoteJWKSet(new URL(document.jwks_uri)) };
  })();
  value.catch(() => discoveries.delete(config.discoveryUrl));
  discoveries.set(config.discoveryUrl, { at: now, value });
  return value;
}

type Expected = { issuer: string; clientId: string; keys: JWTVerifyGetKey };

async function verify(jwt: string, expected: Expected): Promise<JWTPayload> {
  const { payload } = await jwtVerify(jwt, expected.keys, {
    issuer: expected.issuer,
    audience: expected.clientId,
    algorithms: PROCONNECT_ALGORITHMS,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  });
  return payload;
}

/** Verifies an ID token; answers its claims with a non-empty subject (nonce: checked by next-auth's client). */
export async function verifyProConnectIdToken(
  idToken: string,
  expected: Expected,
): Promise<JWTPayload & { sub: string }> {
  const payload = await verify(idToken, { ...expected });
  if (typeof payload.sub !== "string" || payload.sub.length === 0) throw new Error("ID token without subject");
  if (payload.exp === undefined) throw new Error("ID token without expiry");
  return payload as JWTPayload & { sub: string };
}

const claim = (max: number) => z.string().trim().min(1).max(max);

/** The claims the app uses, from a verified userinfo. `sub` is unique only within `idp_id`. */
export const proconnectProfileSchema = z.object({
  sub: claim(255),
  idp_id: claim(255),
  email: z
    .string()
    .trim()
    .max(254)
    .email()
    .transform((value) => value.toLowerCase()),
  given_name: z.string().trim().max(200).optional().default(""),
  usual_name: z.string().trim().max(200).optional().default(""),
  uid: z.string().max(255).optional(),
  siret: z
    .string()
    .regex(/^\d{14}$/)
    .optional()
    .catch(undefined),
});
export type ProConnectProfile = z.infer<typeof proconnectProfileSchema>;

/** Verifies a userinfo JWT and checks that it speaks of the ID token's subject. */
export async function verifyProConnectUserinfo(
  jwt: string,
  expected: Expected & { sub: string },
): Promise<ProConnectProfile> {
  const payload = await verify(jwt, expected);
  if (payload.sub !== expected.sub) throw new Error("The userinfo subject is not the ID token's");
  return proconnectProfileSchema.parse(payload);
}

/**
 * The verified profile of a ProConnect login: verifies the ID token, fetches the userinfo with the access token at
 * once (it lives 60 s), requires a JWT answer and verifies it. Throws on anything unexpected.
 */
export async function fetchProConnectProfile(
  config: ProConnectConfig,
  tokens: { id_token?: string; access_token?: string },
): Promise<ProConnectProfile> {
  if (!tokens.id_token || !tokens.access_token) throw new Error("ProConnect answered without ID or access token");
  const discovery = await proconnectDiscovery(config);
  const expected = { issuer: config.issuer, clientId: config.clientId, keys: discovery.keys };
  const idClaims = await verifyProConnectIdToken(tokens.id_token, expected);
  const response = await fetch(discovery.userinfo_endpoint, {
    headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: "application/jwt" },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`ProConnect userinfo answered ${response.status}`);
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/jwt") throw new Error(`ProConnect userinfo is ${type || "untyped"}, not a signed JWT`);
  return verifyProConnectUserinfo((await response.text()).trim(), { ...expected, sub: idClaims.sub });
}
