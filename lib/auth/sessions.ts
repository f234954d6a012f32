// Revocable sessions: the session token (a next-auth JWT) names a UserSession row, checked on every request
// (lib/auth/actor.ts). Logging out revokes the row, so a copied token replayed afterwards is anonymous.
import type { Db, Tx } from "../db/client";

/** Opens a session for a user who just proved who they are; returns its id, which the token carries. */
export async function openSession(db: Db, userId: string, maxAgeSeconds: number, now = new Date()): Promise<string> {
  // The user's ended sessions are of no further use: the table holds live sessions only, give or take.
  await db.userSession.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  const session = await db.userSession.create({
    data: { userId, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Ends one session (logout). */
export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user, but the one given (password change, "se déconnecter de tous les appareils"). */
export async function revokeSessionsOf(db: Db | Tx, userId: string, exceptSessionId?: string, now = new Date()) {
  await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: now },
  });
}
