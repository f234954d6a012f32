// Accepting an invitation (app/invitation/[token]): by a newcomer, who chooses a password and gets an account; or
// by the signed-in owner of the invited address, in one click (the role is added to their account). The invitation
// is used once: of two concurrent acceptances, one succeeds (acceptInvitation's conditional update) and the other's
// transaction (with the account it was creating) is rolled back.
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { passwordEmailProblem } from "../auth/schemas";
import type { Db, Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { acceptInvitation, findPendingInvitation, type PendingInvitation } from "../invitations/invitations";
import type { AcceptInvitationWithAccountData } from "./schemas";

export const INVALID_INVITATION =
  "Ce lien d'invitation n'est pas valable : il a expiré, a déjà servi ou a été annulé. Demandez une nouvelle invitation à la personne qui vous a invité.";

/** Where the person lands after accepting: the invited territory, or the caisse's overview. */
export function landingOf(invitation: Pick<PendingInvitation, "territory" | "caisseId">): string {
  return invitation.territory ? `/territoires/${invitation.territory.slug}` : `/caisses/${invitation.caisseId}`;
}

async function pending(db: Db | Tx, token: string) {
  const invitation = await findPendingInvitation(db, token);
  if (!invitation) throw new AppError("NOT_FOUND", INVALID_INVITATION);
  return invitation;
}

export async function acceptInvitationWithAccount(db: Db, input: AcceptInvitationWithAccountData) {
  const invitation = await pending(db, input.token);
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
    throw new AppError(
      "CONFLICT",
      "Un compte existe déjà pour cette adresse : connectez-vous pour accepter l'invitation.",
    );
  const problem = passwordEmailProblem(input.password, invitation.email);
  if (problem) throw new AppError("INVALID_INPUT", problem);
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash },
        select: { id: true },
      });
      await acceptInvitation(tx, invitation.id, user.id);
    });
  } catch (error) {
    // Another acceptance created the account first (unique email): the invitation is then used, or about to be.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", "Cette invitation a déjà été utilisée ou n'est plus valable.");
    throw error;
  }
  return { email: invitation.email, landing: landingOf(invitation) };
}

export async function acceptInvitationAsUser(db: Db, actor: Actor, input: { token: string }) {
  const invitation = await pending(db, input.token);
  if (invitation.email !== actor.email.toLowerCase())
    throw new AppError(
      "FORBIDDEN",
      "Cette invitation est adressée à une autre adresse électronique que celle de votre compte.",
    );
  await db.$transaction((tx) => acceptInvitation(tx, invitation.id, actor.id));
  return { landing: landingOf(invitation) };
}
