// ProConnect settings (the State's OpenID Connect federation for public agents), validated like lib/env.ts.
// ProConnect is on when PROCONNECT_DOMAIN, PROCONNECT_CLIENT_ID and PROCONNECT_CLIENT_SECRET are all set, off when
// none is; a partial configuration is an error. PROCONNECT_DOMAIN is a host name ("proconnect.gouv.fr",
// "fca.integ01.dev-agentconnect.fr"), always reached over https; a full http:// URL is accepted for a provider on
// this machine only (localhost, 127.0.0.1, ::1: the test provider of tests/helpers/oidc-provider.ts).
import { z } from "zod";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The base URL (origin) of the ProConnect domain, or an error message. */
export function proconnectBaseUrl(domain: string): string | null {
  const value = domain.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    return null;
  }
  if (url.protocol === "https:") return url.origin;
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) return url.origin;
  return null;
}

const configSchema = z
  .object({
    PROCONNECT_DOMAIN: z.string().trim().optional(),
    PROCONNECT_CLIENT_ID: z.string().trim().max(500).optional(),
    PROCONNECT_CLIENT_SECRET: z.string().max(500).optional(),
  })
  .superRefine((value, context) => {
    const set = [value.PROCONNECT_DOMAIN, value.PROCONNECT_CLIENT_ID, value.PROCONNECT_CLIENT_SECRET].filter(Boolean);
    if (set.length !== 0 && set.length !== 3) {
      context.addIssue({
        code: "custom",
        message: "PROCONNECT_DOMAIN, PROCONNECT_CLIENT_ID and PROCONNECT_CLIENT_SECRET go together: set all or none",
      });
    }
    if (value.PROCONNECT_DOMAIN && !proconnectBaseUrl(value.PROCONNECT_DOMAIN)) {
      context.addIssue({
        code: "custom",
        path: ["PROCONNECT_DOMAIN"],
        message:
          "PROCONNECT_DOMAIN must be a host name such as proconnect.gouv.fr (https), or an http://localhost URL for tests",
      });
    }
  });

export type ProConnectConfig = {
  /** https://<domain>/api/v2: the issuer of the tokens, the prefix of every endpoint. */
  issuer: string;
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
};

const cache = new Map<string, ProConnectConfig | null>();

/** The ProConnect settings, or null when ProConnect is not configured. Throws on a partial or invalid setting. */
export function proconnectConfig(source: Record<string, string | undefined> = process.env): ProConnectConfig | null {
  const raw = {
    PROCONNECT_DOMAIN: source.PROCONNECT_DOMAIN || undefined,
    PROCONNECT_CLIENT_ID: source.PROCONNECT_CLIENT_ID || undefined,
    PROCONNECT_CLIENT_SECRET: source.PROCONNECT_CLIENT_SECRET || undefined,
  };
  const key = JSON.stringify(raw);
  if (cache.has(key)) return cache.get(key)!;
  const parsed = configSchema.parse(raw);
  const config =
    parsed.PROCONNECT_DOMAIN && parsed.PROCONNECT_CLIENT_ID && parsed.PROCONNECT_CLIENT_SECRET
      ? (() => {
          const issuer = `${proconnectBaseUrl(parsed.PROCONNECT_DOMAIN)}/api/v2`;
          return {
            issuer,
            discoveryUrl: `${issuer}/.well-known/openid-configuration`,
            clientId: parsed.PROCONNECT_CLIENT_ID,
            clientSecret: parsed.PROCONNECT_CLIENT_SECRET,
          };
        })()
      : null;
  cache.set(key, config);
  return config;
}
