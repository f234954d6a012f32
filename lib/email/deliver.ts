// The sendEmail job: delivers one EmailMessage row. pg-boss delivers a job at least once (a worker that dies
// after the SMTP server accepted a message but before completing its job sees it again), so the row decides:
// it is locked for the whole exchange (a second worker holding the same message waits, then sees SENT and skips)
// and marked SENT in the transaction that sent it.
import type { Transporter } from "nodemailer";
import type { PrismaClient } from "../db/generated/client";
import { renderAttachments, type RenderedAttachment } from "./attachments";

export type Delivery =
  | { kind: "smtp"; transport: Transporter }
  /** No SMTP_URL: the message stays in the table and is printed for the developer. */
  | { kind: "console"; print: (text: string) => void };

export type DeliveryOutcome = "sent" | "skipped" | "retry" | "failed" | "refused";

/**
 * A transient failure, thrown to pg-boss: it retries the job after its backoff, or, on the last attempt, marks
 * the job failed (the row is FAILED by then).
 */
export class EmailDeliveryError extends Error {}

/** SMTP 5xx answers are permanent (unknown mailbox, refused sender): retrying would not help. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export function printEmail(message: { to: string; subject: string; text: string }): string {
  const rule = "─".repeat(72);
  return `${rule}\n[e-mail non envoyé : SMTP_URL absent ; gardé dans la table EmailMessage]\nÀ : ${message.to}\nObjet : ${message.subject}\n\n${message.text}\n${rule}`;
}

/**
 * Delivers the message `emailId`. `finalAttempt`: no retry will follow, so a failure marks it FAILED. A
 * permanent refusal (5xx) marks it FAILED at once and completes the job ("refused"); a transient failure throws
 * EmailDeliveryError.
 */
export async function deliverEmail(
  db: PrismaClient,
  delivery: Delivery,
  emailId: string,
  { finalAttempt }: { finalAttempt: boolean },
): Promise<DeliveryOutcome> {
  let failure: unknown;
  // Attachments (a convocation PDF) are rendered before the row is locked: rendering takes a while and needs no lock.
  const pending = await db.emailMessage.findUnique({
    where: { id: emailId },
    select: { status: true, attachments: true },
  });
  let attachments: RenderedAttachment[] = [];
  if (pending?.status === "QUEUED" && pending.attachments != null) {
    try {
      attachments = await renderAttachments(db, pending.attachments);
    } catch (error) {
      const message = `attachments: ${error instanceof Error ? error.message : error}`;
      await db.emailMessage.updateMany({
        where: { id: emailId, status: "QUEUED" },
        data: { attempts: { increment: 1 }, error: message.slice(0, 2000), status: finalAttempt ? "FAILED" : "QUEUED" },
      });
      throw new EmailDeliveryError(`sendEmail ${emailId}: ${message}`);
    }
  }
  const outcome = await db.$transaction(
    async (tx): Promise<DeliveryOutcome> => {
      const [row] = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM "EmailMessage" WHERE id = ${emailId} FOR UPDATE`;
      if (!row) return "skipped"; // deleted since: nothing to send
      const message = await tx.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
      if (message.status !== "QUEUED") return "skipped"; // sent (or given up) by an earlier delivery of this job
      try {
        if (delivery.kind === "smtp") {
          await delivery.transport.sendMail({
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
            attachments: attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
            })),
            headers: { "X-CTG-Email-Id": message.id },
          });
        } else {
          delivery.print(printEmail(message));
        }
      } catch (error) {
        failure = error;
        const permanent = isPermanent(error);
        const final = finalAttempt || permanent;
        await tx.emailMessage.update({
          where: { id: emailId },
          data: {
            attempts: { increment: 1 },
            error: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
            status: final ? "FAILED" : "QUEUED",
          },
        });
        return permanent ? "refused" : final ? "failed" : "retry";
      }
      await tx.emailMessage.update({
        where: { id: emailId },
        data: {
          attempts: { increment: 1 },
          status: "SENT",
          sentAt: new Date(),
          error: null,
          deliveredVia: delivery.kind === "smtp" ? "SMTP" : "CONSOLE",
        },
      });
      return "sent";
    },
    // The SMTP exchange happens inside: its timeouts (lib/email/transport.ts) stay below this.
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (outcome === "retry" || outcome === "failed") {
    throw new EmailDeliveryError(`sendEmail ${emailId}: ${failure instanceof Error ? failure.message : failure}`);
  }
  return outcome;
}
