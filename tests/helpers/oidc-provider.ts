// A local ProConnect-shaped OpenID provider (oidc-provider 9) for tests, without the internet: everything under
// /api/v2 like ProConnect (discovery at /api/v2/.well-known/openid-configuration, /authorize, /token, /userinfo,
// /jwks, /session/end), ProConnect's scopes and claims (given_name, usual_name, email, uid, siret, idp_id), userinfo
// signed (application/jwt), acr "eidas1", client_secret_post. The login "interaction" is a tiny form naming a test
// account (an e2e test fills it), skipped when the authorization request carries a known login_hint.
// An account with `forgedUserinfo` gets a userinfo JWT signed with another key (same kid): the app must refuse it.
import http from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from "./oidc-test-client";

export type TestProConnectAccount = {
  sub: string;
  idp_id: string;
  email: string;
  given_name: string;
  usual_name: string;
  uid: string;
  siret?: string;
  /** Claims a forger would like the app to believe: served signed with a foreign key. */
  forgedUserinfo?: Record<string, unknown>;
};

export type TestProConnect = {
  /** http://127.0.0.1:<port>: what PROCONNECT_DOMAIN is set to. */
  origin: string;
  issuer: string;
  clientId: string;
  /** Signs a JWT with the provider's own key (kid included), for tests that bend one claim. */
  signWithProviderKey: (claims: Record<string, unknown>) => Promise<string>;
  /** Signs a JWT with a key of nobody's (the provider's kid and alg, another key pair). */
  signWithForeignKey: (claims: Record<string, unknown>) => Promise<string>;
  close: () => Promise<void>;
};

export { TEST_CLIENT_ID, TEST_CLIENT_SECRET };
const KID = "test-proconnect-rs256";

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function loginPage(uid: string, accounts: TestProConnectAccount[], error?: string) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>ProConnect (test)</title></head>
<body><main><h1>ProConnect de test</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/api/v2/interaction/${escapeHtml(uid)}">
<label for="email">Adresse électronique du compte de test</label>
<input id="email" name="email" type="email" required>
<button type="submit">Continuer</button></form>
<ul>${accounts.map((a) => `<li>${escapeHtml(a.email)}</li>`).join("")}</ul></main></body></html>`;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startTestProConnect(options: {
  port?: number;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  accounts: TestProConnectAccount[];
  clientId?: string;
  clientSecret?: string;
}): Promise<TestProConnect> {
  const clientId = options.clientId ?? TEST_CLIENT_ID;
  const clientSecret = options.clientSecret ?? TEST_CLIENT_SECRET;
  const own = await generateKeyPair("RS256", { extractable: true });
  const foreign = await generateKeyPair("RS256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(own.privateKey)), kid: KID, use: "sig", alg: "RS256" };
  const accountBySub = (sub: string) => options.accounts.find((a) => a.sub === sub);
  const accountByEmail = (email: unknown) =>
    typeof email === "string" ? options.accounts.find((a) => a.email === email.trim().toLowerCase()) : undefined;

  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  const issuer = `${origin}/api/v2`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        token_endpoint_auth_method: "client_secret_post",
        id_token_signed_response_alg: "RS256",
        userinfo_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["ctg-test-proconnect-cookie-key"] },
    scopes: ["openid", "email", "given_name", "usual_name", "uid", "siret", "idp_id"],
    claims: {
      openid: ["sub"],
      email: ["email"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
      uid: ["uid"],
      siret: ["siret"],
      idp_id: ["idp_id"],
      acr: null,
      amr: null,
    },
    acrValues: ["eidas1"],
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // No confirmation page: the logout form submits itself (its nonce-less script is the provider's page).
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = `<!doctype html><html><head><title>Déconnexion</title></head><body>${form.replace(
            "</form>",
            '<input type="hidden" name="logout" value="yes"></form>',
          )}<script>document.forms[0].submit()</script></body></html>`;
        },
      },
    },
    async findAccount(_ctx, id) {
      const account = accountBySub(id);
      if (!account) return undefined;
      const { forgedUserinfo: _forged, ...claims } = account;
      return { accountId: account.sub, claims: async () => ({ ...claims }) };
    },
    // No consent page: every requested scope is granted.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId,
      });
      grant.addOIDCScope(String(ctx.oidc.params?.scope ?? "openid"));
      grant.addOIDCClaims(["acr", "amr"]);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/api/v2/interaction/${interaction.uid}` },
    routes: { authorization: "/authorize", jwks: "/jwks", end_session: "/session/end", userinfo: "/userinfo" },
    pkce: { required: () => false },
    ttl: { AccessToken: 60, AuthorizationCode: 30, IdToken: 3600, Session: 12 * 3600, Interaction: 600, Grant: 3600 },
  });
  const callback = provider.callback();

  const sign = (key: CryptoKey) => (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: KID }).sign(key);
  const signWithProviderKey = sign(own.privateKey);
  const signWithForeignKey = sign(foreign.privateKey);

  async function interaction(req: http.IncomingMessage, res: http.ServerResponse, uid: string) {
    const details = await provider.interactionDetails(req, res);
    let account = accountByEmail(details.params.login_hint);
    if (!account && req.method === "POST") {
      account = accountByEmail((await readForm(req)).get("email"));
      if (!account) {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        return res.end(loginPage(uid, options.accounts, "Compte de test inconnu."));
      }
    }
    if (!account) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return res.end(loginPage(uid, options.accounts));
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub, acr: "eidas1", amr: ["pwd"] } },
      { mergeWithLastSubmission: false },
    );
  }

  /** The forger's userinfo: the claims it wants, for the access token's real subject, signed with a foreign key. */
  async function forgedUserinfo(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const token = bearer ? await provider.AccessToken.find(bearer) : undefined;
    const account = token ? accountBySub(token.accountId) : undefined;
    if (!account?.forgedUserinfo) return false;
    const now = Math.floor(Date.now() / 1000);
    const jwt = await signWithForeignKey({
      iss: issuer,
      aud: clientId,
      iat: now,
      exp: now + 60,
      sub: account.sub,
      idp_id: account.idp_id,
      ...account.forgedUserinfo,
    });
    res.writeHead(200, { "Content-Type": "application/jwt; charset=utf-8" });
    res.end(jwt);
    return true;
  }

  server.on("request", async (req, res) => {
    try {
      const url = req.url ?? "/";
      const interactionUid = /^\/api\/v2\/interaction\/([A-Za-z0-9_-]+)$/.exec(url.split("?")[0])?.[1];
      if (interactionUid) return await interaction(req, res, interactionUid);
      if (url.split("?")[0] === "/api/v2/userinfo" && (await forgedUserinfo(req, res))) return;
      if (url.startsWith("/api/v2/")) {
        (req as { originalUrl?: string }).originalUrl = url;
        req.url = url.slice("/api/v2".length);
        return callback(req, res);
      }
      res.writeHead(404).end();
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(String(error));
    }
  });

  return {
    origin,
    issuer,
    clientId,
    signWithProviderKey,
    signWithForeignKey,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Runs the authorization code flow against the test provider without a browser (login_hint picks the account) and
 * exchanges the code like the app does (client_secret_post): answers the provider's tokens.
 */
export async function obtainTestTokens(
  provider: TestProConnect,
  options: { redirectUri: string; email: string; clientSecret?: string },
): Promise<{ id_token: string; access_token: string }> {
  const authorize = new URL(`${provider.issuer}/authorize`);
  authorize.search = new URLSearchParams({
    response_type: "code",
    client_id: provider.clientId,
    redirect_uri: options.redirectUri,
    scope: "openid email given_name usual_name uid siret idp_id",
    acr_values: "eidas1",
    state: "s".repeat(43),
    nonce: "n".repeat(43),
    login_hint: options.email,
  }).toString();
  const jar = new Map<string, string>();
  let url = authorize.toString();
  for (let hops = 0; !url.startsWith(options.redirectUri); hops++) {
    if (hops > 10) throw new Error(`Too many redirects, last at ${url}`);
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`No redirect from ${url}: ${response.status} ${await response.text()}`);
    url = new URL(location, url).toString();
  }
  const code = new URL(url).searchParams.get("code");
  if (!code) throw new Error(`No code in ${url}`);
  const response = await fetch(`${provider.issuer}/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: options.redirectUri,
      client_id: provider.clientId,
      client_secret: options.clientSecret ?? TEST_CLIENT_SECRET,
    }),
  });
  if (!response.ok) throw new Error(`Token endpoint: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id_token: string; access_token: string };
}
