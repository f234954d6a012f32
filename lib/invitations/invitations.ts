// Invitations: the only way into a caisse. An invitation names a person (email, name), one role and its scope
// (caisse-wide, or a territory, with an organisation for pilot contributors). Its link carries a secret token of
// which only the hash is stored (lib/auth/tokens.ts); it is valid 7 days, single use, re-sendable (a new token,
// the old link stops working) and revocable. Callers check who may invite (lib/users); these functions only keep
// the invitation's own rules, write the audit events and queue the email in the caller's transaction.
import type { Db, Tx } from "../db/client";
import type { Invitation } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { auditForCaisse } from "../audit/record";
import { queueEmail } from "../email/outbox";
import { invitationEmail } from "../email/templates";
import { AppError } from "../errors";
import { appUrl, hashSecretToken, newSecretToken, SECRET_TOKEN_PATTERN } from "../auth/tokens";

export const INVITATION_VALID_DAYS = 7;
const VALID_MS = INVITATION_VALID_DAYS * 24 * 3600 * 1000;

export const invitationUrl = (token: string) => appUrl(`/invitation/${token}`);

export type InvitationInput = {
  email: string; // lower-case, validated by the caller's schema
  name: string;
  role: Role;
  caisseId: string;
  territoryId: string | null;
  organisationId: string | null;
};

type Inviter = { id: string; name: string } | null;

/** Where the invited person is welcome: the territory's name, or the caisse's short name. */
async function placeName(tx: Tx, caisseId: string, territoryId: string | null): Promise<string> {
  if (territoryId) {
    const territory = await tx.territory.findFirstOrThrow({
      where: { id: territoryId, caisseId },
      select: { name: true },
    });
    return territory.name;
  }
  const caisse = await tx.caisse.findUniqueOrThrow({ where: { id: caisseId }, select: { shortName: true } });
  return caisse.shortName;
}

async function sendLink(
  tx: Tx,
  invitation: Pick<Invitation, "id" | "email" | "caisseId" | "territoryId" | "expiresAt" | "sentCount">,
  token: string,
  inviter: Inviter,
) {
  await queueEmail(tx, {
    to: invitation.email,
    dedupKey: `invitation:${invitation.id}:${invitation.sentCount}`,
    email: invitationEmail({
      inviterName: inviter?.name ?? "L'équipe de la plateforme",
      organisationName: await placeName(tx, invitation.caisseId, invitation.territoryId),
      url: invitationUrl(token),
      expiresAt: invitation.expiresAt,
    }),
  });
}

/** Creates an invitation and queues its email; answers the token (for the caller's tests and the CLI only). */
export async function createInvitation(
  tx: Tx,
  inviter: Inviter,
  input: InvitationInput,
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const { token, hash } = newSecretToken();
  const invitation = await tx.invitation.create({
    data: {
      ...input,
      tokenHash: hash,
      invitedById: inviter?.id ?? null,
      lastSentAt: now,
      expiresAt: new Date(now.getTime() + VALID_MS),
    },
  });
  await sendLink(tx, invitation, token, inviter);
  await auditForCaisse(tx, inviter, input.caisseId)("Invitation", invitation.id, "invitation.create", {
    email: input.email,
    name: input.name,
    role: input.role,
    territoryId: input.territoryId,
    organisationId: input.organisationId,
  });
  return { id: invitation.id, token, expiresAt: invitation.expiresAt };
}

const PENDING = { acceptedAt: null, revokedAt: null } as const;

/**
 * Sends a pending (or expired, not accepted, not revoked) invitation again with a new token and 7 more days: the
 * earlier link stops working. `caisseId` scopes the lookup: another caisse's invitation is NOT_FOUND.
 */
export async function resendInvitation(
  tx: Tx,
  inviter: Inviter,
  caisseId: string,
  invitationId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(now.getTime() + VALID_MS);
  const updated = await tx.invitation.updateManyAndReturn({
    where: { id: invitationId, caisseId, ...PENDING },
    data: { tokenHash: hash, expiresAt, lastSentAt: now, sentCount: { increment: 1 } },
  });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "Invitation introuvable ou déjà utilisée.");
  await sendLink(tx, updated[0], token, inviter);
  await auditForCaisse(tx, inviter, caisseId)("Invitation", invitationId, "invitation.resend", {
    email: updated[0].email,
  });
  return { token, expiresAt };
}

/** Revokes a pending invitation: its link stops working at once. */
export async function revokeInvitation(
  tx: Tx,
  actor: Inviter,
  caisseId: string,
  invitationId: string,
  now = new Date(),
) {
  const { count } = await tx.invitation.updateMany({
    where: { id: invitationId, caisseId, ...PENDING },
    data: { revokedAt: now },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Invitation introuvable ou déjà utilisée.");
  await auditForCaisse(tx, actor, caisseId)("Invitation", invitationId, "invitation.revoke");
}

export type PendingInvitation = NonNullable<Awaited<ReturnType<typeof findPendingInvitation>>>;

/**
 * The pending invitation a link's token names, with its caisse and territory, or null: malformed, unknown, used,
 * revoked and expired tokens all answer null (one message for all of them, nothing to learn from the difference).
 */
export async function findPendingInvitation(db: Db | Tx, token: string, now = new Date()) {
  if (!SECRET_TOKEN_PATTERN.test(token)) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashSecretToken(token), ...PENDING, expiresAt: { gt: now } },
    include: {
      caisse: { select: { id: true, shortName: true } },
      territory: { select: { id: true, name: true, slug: true } },
      organisation: { select: { id: true, name: true } },
    },
  });
}

/** Pending invitations addressed to an email (a first ProConnect login is matched to them by verified email). */
export function pendingInvitationsFor(db: Db | Tx, email: string, now = new Date()) {
  return db.invitation.findMany({
    where: { email: email.toLowerCase(), ...PENDING, expiresAt: { gt: now } },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * Uses an invitation for `userId`: marks it accepted (once: a second use, even concurrent, is a CONFLICT) and gives
 * the role, unless the user already holds that very role on that scope. The user must exist and be active.
 */
export async function acceptInvitation(
  tx: Tx,
  invitationId: string,
  userId: string,
  now = new Date(),
): Promise<{ caisseId: string; territoryId: string | null }> {
  const [invitation] = await tx.invitation.updateManyAndReturn({
    where: { id: invitationId, ...PENDING, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (!invitation) throw new AppError("CONFLICT", "Cette invitation a déjà été utilisée ou n'est plus valable.");
  const scope = {
    userId,
    role: invitation.role,
    caisseId: invitation.caisseId,
    territoryId: invitation.territoryId,
    organisationId: invitation.organisationId,
  };
  const existing = await tx.membership.findFirst({ where: scope, select: { id: true } });
  const audit = auditForCaisse(tx, { id: userId }, invitation.caisseId);
  await audit("Invitation", invitation.id, "invitation.accept");
  if (!existing) {
    const membership = await tx.membership.create({ data: scope, select: { id: true } });
    await audit("Membership", membership.id, "membership.create", {
      userId,
      role: invitation.role,
      territoryId: invitation.territoryId,
      organisationId: invitation.organisationId,
    });
  }
  return { caisseId: invitation.caisseId, territoryId: invitation.territoryId };
}
