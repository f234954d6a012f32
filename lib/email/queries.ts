// Reading the outbox, for the platform operators' page (and anyone debugging emails locally without SMTP_URL).
import type { PrismaClient } from "../db/generated/client";
import type { EmailStatus } from "../db/generated/enums";

export type EmailListFilter = {
  status?: EmailStatus;
  /** Part of the recipient's address, case-insensitive. */
  to?: string;
  /** Page size, 1–200 (50). */
  take?: number;
  /** The id of the last message of the previous page (newest first). */
  after?: string;
};

/** Messages newest first, without their bodies. */
export async function listEmailMessages(db: PrismaClient, filter: EmailListFilter = {}) {
  const take = Math.min(Math.max(filter.take ?? 50, 1), 200);
  const rows = await db.emailMessage.findMany({
    where: {
      status: filter.status,
      to: filter.to ? { contains: filter.to, mode: "insensitive" } : undefined,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(filter.after ? { cursor: { id: filter.after }, skip: 1 } : {}),
    select: {
      id: true,
      to: true,
      subject: true,
      status: true,
      attempts: true,
      error: true,
      deliveredVia: true,
      createdAt: true,
      sentAt: true,
    },
  });
  const hasMore = rows.length > take;
  const messages = rows.slice(0, take);
  return { messages, nextAfter: hasMore ? messages[messages.length - 1].id : null };
}

/** One message with its text and HTML (the HTML is the stored, escaped email: show it in a sandboxed iframe). */
export function getEmailMessage(db: PrismaClient, id: string) {
  return db.emailMessage.findUnique({ where: { id } });
}

/** How many messages are in each status. */
export async function countEmailMessages(db: PrismaClient): Promise<Record<EmailStatus, number>> {
  const groups = await db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<EmailStatus, number> = { QUEUED: 0, SENT: 0, FAILED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
