// ProConnect against a local ProConnect-shaped provider (tests/helpers/oidc-provider.ts): token and userinfo
// verification, account linking rules, sign-in hook and logout URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { proconnectConfig, type ProConnectConfig } from "../../lib/auth/proconnect-config";
import { linkProConnectLogin } from "../../lib/auth/proconnect-link";
import {
  fetchProConnectProfile,
  proconnectDiscovery,
  verifyProConnectIdToken,
  verifyProConnectUserinfo,
  type ProConnectProfile,
} from "../../lib/auth/proconnect-verify";
import { proconnectLogoutUrl, proconnectSignIn } from "../../lib/auth/proconnect";
import { createInvitation } from "../../lib/invitations/invitations";
import { requireTestDatabase } from "../helpers/db";
import { createCaisse, createTerritory, createUser } from "../helpers/factories";
import {
  obtainTestTokens,
  startTestProConnect,
  TEST_CLIENT_SECRET,
  type TestProConnect,
  type TestProConnectAccount,
} from "../helpers/oidc-provider";
import { randomUUID } from "node:crypto";

const db = requireTestDatabase();
const APP = "http://127.0.0.1:3999";
const REDIRECT_URI = `${APP}/api/auth/callback/proconnect`;

const camille: TestProConnectAccount = {
  sub: "sub-camille",
  idp_id: "fia1v2",
  email: "camille.dupont@collectivite.fr",
  given_name: "Camille",
  usual_name: "Dupont",
  uid: "uid-123",
  siret: "21480095200014",
};
const forger: TestProConnectAccount = {
  sub: "sub-forger",
  idp_id: "fia1v2",
  email: "faussaire@collectivite.fr",
  given_name: "Faux",
  usual_name: "Saire",
  uid: "uid-666",
  forgedUserinfo: { email: "admin@ccss-lozere.demo.fr", given_name: "Claire", usual_name: "Admin" },
};

let op: TestProConnect;
let config: ProConnectConfig;

beforeAll(async () => {
  op = await startTestProConnect({
    redirectUris: [REDIRECT_URI],
    postLogoutRedirectUris: [`${APP}/connexion`],
    accounts: [camille, forger],
  });
  process.env.PROCONNECT_DOMAIN = op.origin;
  process.env.PROCONNECT_CLIENT_ID = op.clientId;
  process.env.PROCONNECT_CLIENT_SECRET = TEST_CLIENT_SECRET;
  process.env.NEXTAUTH_URL = APP;
  config = proconnectConfig()!;
});

afterAll(async () => {
  await op?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const claimsFor = (overrides: Record<string, unknown> = {}) => ({
  iss: op.issuer,
  aud: op.clientId,
  iat: now(),
  exp: now() + 60,
  sub: camille.sub,
  idp_id: camille.idp_id,
  email: camille.email,
  given_name: camille.given_name,
  usual_name: camille.usual_name,
  uid: camille.uid,
  ...overrides,
});
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("ProConnect token verification", () => {
  it("reads the profile of a real login from the verified ID token and signed userinfo", async () => {
    const tokens = await obtainTestTokens(op, { redirectUri: REDIRECT_URI, email: camille.email });
    expect(decodeJwt(tokens.id_token).acr).toBe("eidas1");
    const profile = await fetchProConnectProfile(config, tokens);
    expect(profile).toEqual({
      sub: camille.sub,
      idp_id: "fia1v2",
      email: camille.email,
      given_name: "Camille",
      usual_name: "Dupont",
      uid: "uid-123",
      siret: "21480095200014",
    });
  });

  it("refuses a userinfo signed with another key, even for the ID token's subject", async () => {
    const tokens = await obtainTestTokens(op, { redirectUri: REDIRECT_URI, email: forger.email });
    await expect(fetchProConnectProfile(config, tokens)).rejects.toThrow(/signature/i);
  });

  it("refuses an ID token signed with another key", async () => {
    const tokens = await obtainTestTokens(op, { redirectUri: REDIRECT_URI, email: camille.email });
    const forged = await op.signWithForeignKey(decodeJwt(tokens.id_token) as Record<string, unknown>);
    await expect(fetchProConnectProfile(config, { ...tokens, id_token: forged })).rejects.toThrow(/signature/i);
  });

  it("accepts a well-formed userinfo and refuses each broken one", async () => {
    const { keys } = await proconnectDiscovery(config);
    const expected = { issuer: op.issuer, clientId: op.clientId, keys, sub: camille.sub };
    await expect(verifyProConnectUserinfo(await op.signWithProviderKey(claimsFor()), expected)).resolves.toMatchObject({
      email: camille.email,
    });

    const refused: [string, string][] = [
      ["foreign key", await op.signWithForeignKey(claimsFor())],
      ["wrong audience", await op.signWithProviderKey(claimsFor({ aud: "another-client" }))],
      ["wrong issuer", await op.signWithProviderKey(claimsFor({ iss: "https://proconnect.example/api/v2" }))],
      ["another subject", await op.signWithProviderKey(claimsFor({ sub: "sub-someone-else" }))],
      ["expired", await op.signWithProviderKey(claimsFor({ exp: now() - 3600 }))],
      ["alg none", `${b64({ alg: "none", typ: "JWT" })}.${b64(claimsFor())}.`],
      ["no idp_id", await op.signWithProviderKey(claimsFor({ idp_id: undefined }))],
    ];
    for (const [label, jwt] of refused) {
      await expect(verifyProConnectUserinfo(jwt, expected), label).rejects.toThrow();
    }
    // Signed with the client secret (HS256): not an asymmetric signature of the provider.
    const { SignJWT } = await import("jose");
    const hs = await new SignJWT(claimsFor())
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode(TEST_CLIENT_SECRET));
    await expect(verifyProConnectUserinfo(hs, expected)).rejects.toThrow();
  });

  it("refuses an ID token with the wrong audience or without signature", async () => {
    const { keys } = await proconnectDiscovery(config);
    const expected = { issuer: op.issuer, clientId: op.clientId, keys };
    await expect(verifyProConnectIdToken(await op.signWithProviderKey(claimsFor()), expected)).resolves.toMatchObject({
      sub: camille.sub,
    });
    await expect(
      verifyProConnectIdToken(await op.signWithProviderKey(claimsFor({ aud: "x" })), expected),
    ).rejects.toThrow();
    await expect(verifyProConnectIdToken(`${b64({ alg: "none" })}.${b64(claimsFor())}.`, expected)).rejects.toThrow();
  });
});

const profileOf = (email: string, overrides: Partial<ProConnectProfile> = {}): ProConnectProfile => ({
  sub: `sub-${randomUUID()}`,
  idp_id: "fia1v2",
  email,
  given_name: "Camille",
  usual_name: "Dupont",
  uid: "uid-1",
  siret: "21480095200014",
  ...overrides,
});

async function rowCounts() {
  return {
    users: await db.user.count(),
    identities: await db.userIdentity.count(),
    memberships: await db.membership.count(),
    audit: await db.auditEvent.count(),
  };
}

describe("ProConnect account linking", () => {
  it("links a first login to the active account with the same email, audited in its caisse", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const profile = profileOf(user.email.toUpperCase());
    const result = await linkProConnectLogin(db, { ...profile, email: user.email });
    expect(result).toEqual({ ok: true, userId: user.id, linked: "email" });
    const identity = await db.userIdentity.findFirstOrThrow({ where: { userId: user.id } });
    expect(identity).toMatchObject({ provider: "proconnect", idpId: "fia1v2", sub: profile.sub, siret: profile.siret });
    const audit = await db.auditEvent.findMany({ where: { entityId: user.id, action: "user.identityLinked" } });
    expect(audit.map((a) => [a.caisseId, a.actorId])).toEqual([[caisse.id, user.id]]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();

    // The next login finds the identity, whatever the email says now; nothing new is written but the dates.
    const before = await rowCounts();
    const again = await linkProConnectLogin(db, { ...profile, email: "nouvelle-adresse@collectivite.fr" });
    expect(again).toEqual({ ok: true, userId: user.id, linked: "existing-identity" });
    expect(await rowCounts()).toEqual(before);
  });

  it("does not mistake the same sub of another identity provider for a linked identity", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const profile = profileOf(user.email);
    await linkProConnectLogin(db, profile);
    const other = await linkProConnectLogin(db, { ...profile, idp_id: "another-idp", email: "inconnu@exemple.fr" });
    expect(other).toEqual({ ok: false, reason: "NO_ACCOUNT" });
  });

  it("creates the account of an invited person (no password) and accepts every pending invitation", async () => {
    const caisse = await createCaisse(db);
    const territory = await createTerritory(db, caisse.id);
    const admin = await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisse.id });
    const email = `invite-${randomUUID().slice(0, 8)}@collectivite.fr`;
    await db.$transaction(async (tx) => {
      await createInvitation(tx, admin, {
        email,
        name: "Camille D.",
        role: "EPCI_STAFF",
        caisseId: caisse.id,
        territoryId: territory.id,
        organisationId: null,
      });
      await createInvitation(tx, admin, {
        email,
        name: "Camille D.",
        role: "COPIL_MEMBER",
        caisseId: caisse.id,
        territoryId: territory.id,
        organisationId: null,
      });
    });
    const result = await linkProConnectLogin(db, profileOf(email));
    expect(result).toMatchObject({ ok: true, linked: "invitation" });
    if (!result.ok) return;
    const user = await db.user.findUniqueOrThrow({
      where: { id: result.userId },
      include: { memberships: true, identities: true },
    });
    expect(user).toMatchObject({ email, name: "Camille Dupont", passwordHash: null, isActive: true });
    expect(user.memberships.map((m) => m.role).sort()).toEqual(["COPIL_MEMBER", "EPCI_STAFF"]);
    expect(user.identities).toHaveLength(1);
    expect(await db.invitation.count({ where: { email, acceptedById: user.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.identityLinked" } })).toBe(1);
  });

  it("refuses an identity without account nor invitation, and writes nothing", async () => {
    const caisse = await createCaisse(db);
    const admin = await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisse.id });
    // An expired and a revoked invitation do not count.
    const email = `sans-compte-${randomUUID().slice(0, 8)}@collectivite.fr`;
    await db.$transaction(async (tx) => {
      const input = { email, name: "X", role: "COPIL_MEMBER" as const, caisseId: caisse.id, territoryId: null };
      const expired = await createInvitation(tx, admin, { ...input, organisationId: null });
      await tx.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      const revoked = await createInvitation(tx, admin, { ...input, organisationId: null });
      await tx.invitation.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    });
    const before = await rowCounts();
    expect(await linkProConnectLogin(db, profileOf(email))).toEqual({ ok: false, reason: "NO_ACCOUNT" });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a deactivated account, by email or by a linked identity", async () => {
    const caisse = await createCaisse(db);
    const byEmail = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    await db.user.update({ where: { id: byEmail.id }, data: { isActive: false } });
    const before = await rowCounts();
    expect(await linkProConnectLogin(db, profileOf(byEmail.email))).toEqual({ ok: false, reason: "DEACTIVATED" });
    expect(await rowCounts()).toEqual(before);

    const linked = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const profile = profileOf(linked.email);
    expect(await linkProConnectLogin(db, profile)).toMatchObject({ ok: true });
    await db.user.update({ where: { id: linked.id }, data: { isActive: false } });
    expect(await linkProConnectLogin(db, profile)).toEqual({ ok: false, reason: "DEACTIVATED" });
  });

  it("survives two first logins at once: one identity, one account", async () => {
    const caisse = await createCaisse(db);
    const user = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const profile = profileOf(user.email);
    const results = await Promise.all([linkProConnectLogin(db, profile), linkProConnectLogin(db, profile)]);
    expect(results.map((r) => r.ok && r.userId)).toEqual([user.id, user.id]);
    expect(await db.userIdentity.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("ProConnect sign-in hook and logout", () => {
  it("gives next-auth our user id, or sends the refused login back to the login page with its reason", async () => {
    const caisse = await createCaisse(db);
    const member = await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisse.id });
    const user = { id: "fia1v2:whatever" };
    expect(await proconnectSignIn(db, user, profileOf(member.email) as never)).toBe(true);
    expect(user.id).toBe(member.id);
    expect(await proconnectSignIn(db, { id: "x" }, profileOf("personne@exemple.fr") as never)).toBe(
      `${APP}/connexion?error=ProConnectNoAccount`,
    );
  });

  it("builds the end-session URL from the session's ID token, with a fresh state", async () => {
    expect(await proconnectLogoutUrl({ sub: "u" })).toBeNull();
    const logout = await proconnectLogoutUrl({ sub: "u", proconnectIdToken: "id.token.value" });
    expect(logout).not.toBeNull();
    const url = new URL(logout!.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${op.issuer}/session/end`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      id_token_hint: "id.token.value",
      state: logout!.state,
      post_logout_redirect_uri: `${APP}/connexion`,
    });
    expect(logout!.state.length).toBeGreaterThanOrEqual(32);
  });
});
