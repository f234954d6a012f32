// The authenticated person behind a request, with every membership, loaded fresh from the database together with
// the session the request's token names: a revoked or expired session, or a deactivated account, is anonymous.
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";

export type ActorMembership = {
  role: Role;
  caisseId: string;
  territoryId: string | null;
  organisationId: string | null;
};
export type Actor = {
  id: string;
  email: string;
  name: string;
  /** Opens caisses and their first admin; holds no role on any territory by being one. */
  isPlatformOperator: boolean;
  /** The session this request runs in (lib/auth/sessions.ts): "the other sessions" are all but this one. */
  sessionId: string;
  memberships: ActorMembership[];
};

export async function loadActor(db: Db, userId: string, sessionId: string, now = new Date()): Promise<Actor | null> {
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now } },
    select: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          isActive: true,
          isPlatformOperator: true,
          // A role suspended by a caisse admin (deactivation in that caisse) gives nothing.
          memberships: {
            where: { suspendedAt: null },
            select: { role: true, caisseId: true, territoryId: true, organisationId: true },
          },
        },
      },
    },
  });
  const user = session?.user;
  if (!user || !user.isActive) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformOperator: user.isPlatformOperator,
    sessionId,
    memberships: user.memberships,
  };
}
