// Emails are written to the EmailMessage table in the transaction of the change that causes them, together with
// their sendEmail job: rolled back, neither exists; committed, the worker delivers the row once.
import type { Tx } from "../db/client";
import { enqueue } from "../jobs/boss";
import type { Prisma } from "../db/generated/client";
import type { AttachmentSpec } from "./attachments";
import type { RenderedEmail } from "./templates";

export type QueuedEmail = { id: string; created: boolean };

/**
 * Queues `email` for `to` inside `tx`. `dedupKey` names the business event ("invitation:<id>"): queueing the same
 * key again (a retried action, a double click) changes nothing and answers the existing message with created=false.
 */
export async function queueEmail(
  tx: Tx,
  input: { to: string; dedupKey: string; email: RenderedEmail; attachments?: AttachmentSpec[] },
): Promise<QueuedEmail> {
  // ON CONFLICT DO NOTHING: a duplicate key must not abort the caller's transaction.
  const [created] = await tx.emailMessage.createManyAndReturn({
    data: [
      {
        to: input.to,
        dedupKey: input.dedupKey,
        ...input.email,
        attachments: input.attachments?.length ? (input.attachments as Prisma.InputJsonValue) : undefined,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!created) {
    const existing = await tx.emailMessage.findUniqueOrThrow({
      where: { dedupKey: input.dedupKey },
      select: { id: true },
    });
    return { id: existing.id, created: false };
  }
  await enqueue(tx, "sendEmail", { emailId: created.id });
  return { id: created.id, created: true };
}
