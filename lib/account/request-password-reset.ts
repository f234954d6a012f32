// "Mot de passe oublié": the same answer, in about the same time, whether the address has an account or not. An
// active account with a password gets a single-use link valid 1 hour (only its hash is stored), queued in the same
// transaction. Throttled: 3 links per account per hour, 10 requests per client address per hour (LoginThrottle).
// A deactivated account, or one without a password (ProConnect only), gets nothing.
import { setTimeout as sleep } from "node:timers/promises";
import { newSecretToken, appUrl } from "../auth/tokens";
import { takeAllowance } from "../auth/throttle";
import type { Db } from "../db/client";
import { queueEmail } from "../email/outbox";
import { passwordResetEmail } from "../email/templates";

export const RESET_VALID_MINUTES = 60;
export const RESET_LIMITS = { perAccountPerHour: 3, perAddressPerHour: 10 } as const;
/** Every answer takes at least this long, so that the work done for a real account does not show. */
const ANSWER_FLOOR_MS = 400;

export const RESET_REQUESTED_MESSAGE =
  "Si un compte actif correspond à cette adresse, un e-mail avec un lien de réinitialisation vient de lui être envoyé. Le lien est valable une heure.";

export async function requestPasswordReset(db: Db, input: { email: string }, clientAddress: string, now = new Date()) {
  const started = Date.now();
  try {
    await issueResetLink(db, input.email, clientAddress, now);
  } finally {
    const left = ANSWER_FLOOR_MS - (Date.now() - started);
    if (left > 0) await sleep(left);
  }
  return { message: RESET_REQUESTED_MESSAGE };
}

async function issueResetLink(db: Db, email: string, clientAddress: string, now: Date) {
  if (!(await takeAllowance(db, `reset-ip:${clientAddress}`, RESET_LIMITS.perAddressPerHour, 60))) return;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, isActive: true, passwordHash: true },
  });
  if (!user || !user.isActive || !user.passwordHash) return;
  await db.$transaction(async (tx) => {
    // Serialises the requests of one account, so that the hourly count below holds under concurrency.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const recent = await tx.passwordResetToken.count({
      where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
    });
    if (recent >= RESET_LIMITS.perAccountPerHour) return;
    const { token, hash } = newSecretToken();
    const row = await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hash, expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000) },
      select: { id: true },
    });
    await queueEmail(tx, {
      to: email,
      dedupKey: `password-reset:${row.id}`,
      email: passwordResetEmail({
        name: user.name,
        url: appUrl(`/reinitialiser/${token}`),
        validMinutes: RESET_VALID_MINUTES,
      }),
    });
  });
}
