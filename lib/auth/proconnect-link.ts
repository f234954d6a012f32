// Which account a verified ProConnect identity opens. Identities are linked on (idp_id, sub) (a `sub` is unique
// only within its identity provider). A first login is linked to the active account with the same email (the email
// comes from the verified userinfo); without such an account, the pending invitations for that email create the
// account (no password) and are accepted; without any, nothing is created and the login is refused.
// Deactivated accounts are refused. The linking is audited ("user.identityLinked") in every caisse of the user.
import type { Db, Tx } from "../db/client";
import { auditForCaisse } from "../audit/record";
import { acceptInvitation, pendingInvitationsFor } from "../invitations/invitations";
import type { ProConnectProfile } from "./proconnect-verify";

export const PROCONNECT = "proconnect";

export type ProConnectLinkResult =
  | { ok: true; userId: string; linked: "existing-identity" | "email" | "invitation" }
  | { ok: false; reason: "NO_ACCOUNT" | "DEACTIVATED" };

const displayName = (profile: ProConnectProfile) =>
  [profile.given_name, profile.usual_name].filter(Boolean).join(" ").trim().slice(0, 200) || profile.email;

async function linkIdentity(tx: Tx, userId: string, profile: ProConnectProfile, now: Date, how: string) {
  const identity = await tx.userIdentity.create({
    data: {
      userId,
      provider: PROCONNECT,
      idpId: profile.idp_id,
      sub: profile.sub,
      email: profile.email,
      siret: profile.siret ?? null,
      lastUsedAt: now,
    },
    select: { id: true },
  });
  const caisses = await tx.membership.findMany({
    where: { userId },
    select: { caisseId: true },
    distinct: ["caisseId"],
  });
  for (const { caisseId } of caisses) {
    await auditForCaisse(tx, { id: userId }, caisseId)("User", userId, "user.identityLinked", {
      provider: PROCONNECT,
      identityId: identity.id,
      idpId: profile.idp_id,
      email: profile.email,
      siret: profile.siret ?? null,
      via: how,
    });
  }
}

async function linkOnce(tx: Tx, profile: ProConnectProfile, now: Date): Promise<ProConnectLinkResult> {
  const identity = await tx.userIdentity.findUnique({
    where: { provider_idpId_sub: { provider: PROCONNECT, idpId: profile.idp_id, sub: profile.sub } },
    select: { id: true, user: { select: { id: true, isActive: true } } },
  });
  if (identity) {
    if (!identity.user.isActive) return { ok: false, reason: "DEACTIVATED" };
    await tx.userIdentity.update({ where: { id: identity.id }, data: { lastUsedAt: now } });
    await tx.user.update({ where: { id: identity.user.id }, data: { lastLoginAt: now } });
    return { ok: true, userId: identity.user.id, linked: "existing-identity" };
  }

  const user = await tx.user.findUnique({ where: { email: profile.email }, select: { id: true, isActive: true } });
  if (user) {
    if (!user.isActive) return { ok: false, reason: "DEACTIVATED" };
    await linkIdentity(tx, user.id, profile, now, "email");
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    return { ok: true, userId: user.id, linked: "email" };
  }

  const invitations = await pendingInvitationsFor(tx, profile.email, now);
  if (invitations.length === 0) return { ok: false, reason: "NO_ACCOUNT" };
  const created = await tx.user.create({
    data: { email: profile.email, name: displayName(profile), passwordHash: null, lastLoginAt: now },
    select: { id: true },
  });
  for (const invitation of invitations) await acceptInvitation(tx, invitation.id, created.id, now);
  await linkIdentity(tx, created.id, profile, now, "invitation");
  return { ok: true, userId: created.id, linked: "invitation" };
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * Links (or finds) the account of a verified ProConnect profile, in one transaction. Two first logins at the same
 * moment race on the unique (provider, idpId, sub) and email: the loser runs again and finds the winner's rows.
 */
export async function linkProConnectLogin(
  db: Db,
  profile: ProConnectProfile,
  now = new Date(),
): Promise<ProConnectLinkResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => linkOnce(tx, profile, now));
    } catch (error) {
      if (attempt === 0 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
