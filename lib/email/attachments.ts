// Files joined to an email. The outbox row keeps a description (EmailMessage.attachments, JSON): small text files
// inline (an .ics), larger documents as a reference rendered by the worker when the sendEmail job runs (a
// convocation PDF), never in the web request that queued the email.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { convocationFile } from "../meetings/convocation-file";

export const attachmentSpecSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("inline"),
    filename: z.string(),
    contentType: z.string(),
    /** UTF-8 text. */
    content: z.string(),
  }),
  z.object({ kind: z.literal("convocation"), meetingId: z.string() }),
]);
export type AttachmentSpec = z.infer<typeof attachmentSpecSchema>;

export type RenderedAttachment = { filename: string; contentType: string; content: Buffer | string };

/** The files of a message, rendered now (in the worker). */
export async function renderAttachments(db: PrismaClient, stored: unknown): Promise<RenderedAttachment[]> {
  if (stored == null) return [];
  const specs = z.array(attachmentSpecSchema).parse(stored);
  const files: RenderedAttachment[] = [];
  for (const spec of specs) {
    if (spec.kind === "inline")
      files.push({ filename: spec.filename, contentType: spec.contentType, content: spec.content });
    else {
      const file = await convocationFile(db, spec.meetingId);
      if (file)
        files.push({ filename: file.filename, contentType: "application/pdf", content: Buffer.from(file.bytes) });
    }
  }
  return files;
}
