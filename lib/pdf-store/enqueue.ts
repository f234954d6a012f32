// Sending renderPdf jobs: in a write's transaction (from the audit writer), debounced per document; or at once,
// outside any transaction, when a download finds no stored PDF of the current version.
import type { AuditEntity } from "../audit/events";
import type { Tx } from "../db/client";
import { enqueue, getJobSender } from "../jobs/boss";
import { affectedDocuments } from "./affected";
import type { StoredPdfDocument } from "./version";

/** A burst of edits within this delay makes one rendering (the queue holds one waiting job per document). */
export const RENDER_DEBOUNCE_SECONDS = 2;

const singletonKey = (document: StoredPdfDocument) => `${document.kind}:${document.documentId}`;

/** Documents already sent in a transaction: an operation writing several audit events sends each once. */
const sentIn = new WeakMap<object, Set<string>>();

/**
 * Sends the render jobs of the documents an audit event makes stale, in `tx`: the jobs exist if and only if the
 * write commits (pg-boss writes them through the transaction's connection).
 */
export async function enqueueAffectedRenders(
  tx: Tx,
  event: { entity: AuditEntity; entityId: string; territoryId: string | null },
): Promise<void> {
  if (process.env.CTG_PDF_JOBS === "off") return;
  const documents = await affectedDocuments(tx, event);
  if (!documents.length) return;
  let sent = sentIn.get(tx);
  if (!sent) sentIn.set(tx, (sent = new Set()));
  for (const document of documents) {
    const key = singletonKey(document);
    if (sent.has(key)) continue;
    sent.add(key);
    await enqueue(tx, "renderPdf", document, { singletonKey: key, startAfter: RENDER_DEBOUNCE_SECONDS });
  }
}

/** Sends a render job now, outside any transaction (a download waiting for it); a no-op when one is queued. */
export async function requestRender(document: StoredPdfDocument): Promise<void> {
  const boss = await getJobSender();
  await boss.send("renderPdf", document, { singletonKey: singletonKey(document) });
}
