// The authenticated person behind a request, with every membership, loaded fresh from the database.
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";

export type ActorMembership = {
  role: Role;
  caisseId: string;
  territoryId: string | null;
  organisationId: string | null;
};
export type Actor = { id: string; email: string; name: string; memberships: ActorMembership[] };

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isActive: true,
      memberships: { select: { role: true, caisseId: true, territoryId: true, organisationId: true } },
    },
  });
  if (!user || !user.isActive) return null;
  return { id: user.id, email: user.email, name: user.name, memberships: user.memberships };
}
