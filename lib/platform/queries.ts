import "server-only";
// The platform operators' pages: every caisse, and the email outbox.
import type { Actor } from "../auth/actor";
import { requireOperator } from "../auth/scope";
import type { Db } from "../db/client";
import { countsBy } from "../db/counts";
import { listEmailMessages } from "../email/queries";

/** Every caisse with its number of territories, people holding a role, and pending invitations. */
export async function listCaisses(db: Db, actor: Actor, now = new Date()) {
  requireOperator(actor);
  const [caisses, territories, users, invitations] = await Promise.all([
    db.caisse.findMany({
      orderBy: [{ departement: "asc" }, { shortName: "asc" }],
      select: {
        id: true,
        kind: true,
        name: true,
        shortName: true,
        departement: true,
      },
    }),
    db.territory.groupBy({ by: ["caisseId"], _count: { _all: true } }),
    db.membership.findMany({ distinct: ["caisseId", "userId"], select: { caisseId: true } }),
    db.invitation.groupBy({
      by: ["caisseId"],
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      _count: { _all: true },
    }),
  ]);
  const usersOf = new Map<string, number>();
  for (const m of users) usersOf.set(m.caisseId, (usersOf.get(m.caisseId) ?? 0) + 1);
  const invitationsOf = countsBy(invitations, "caisseId");
  const territoriesOf = countsBy(territories, "caisseId");
  return caisses.map((caisse) => ({
    ...caisse,
    territories: territoriesOf(caisse.id),
    users: usersOf.get(caisse.id) ?? 0,
    pendingInvitations: invitationsOf(caisse.id),
  }));
}

/** The outbox, newest first, with each message's text part (what the worker sends, or prints without SMTP_URL). */
export async function listOutbox(db: Db, actor: Actor, filter: { to?: string; after?: string } = {}) {
  requireOperator(actor);
  const page = await listEmailMessages(db, { to: filter.to, after: filter.after, take: 50 });
  const texts = await db.emailMessage.findMany({
    where: { id: { in: page.messages.map((m) => m.id) } },
    select: { id: true, text: true },
  });
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return { ...page, messages: page.messages.map((m) => ({ ...m, text: textOf.get(m.id) ?? "" })) };
}
