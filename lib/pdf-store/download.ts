// Downloads of draft PDFs: the stored rendering of the document's current version, or, when the worker has not
// stored it yet, a wait for it (the render job is sent if none is queued). Nothing is rendered here: the web
// server's event loop stays free.
import type { TerritoryScope } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { loadRenderInput, type StoredPdfDocument } from "./documents";
import { requestRender } from "./enqueue";
import { findStoredPdf } from "./store";

export const DOWNLOAD_WAIT_MS = 90_000;
const POLL_MS = 150;
/** While waiting, the current version is computed again this often: a change made meanwhile is the one served. */
const RELOAD_MS = 3000;

export const PDF_NOT_READY =
  "Le PDF est encore en cours de préparation (le service de génération est peut-être arrêté). Réessayez dans quelques instants.";

/**
 * The bytes of the document's current draft PDF. NOT_FOUND when there is no draft (gone, or signed: callers serve
 * a signed document's sealed PDF first); a `PdfNotReady` error after `waitMs` without a stored rendering.
 */
export async function currentDraftPdf(
  db: Db,
  scope: TerritoryScope,
  document: StoredPdfDocument,
  { waitMs = DOWNLOAD_WAIT_MS }: { waitMs?: number } = {},
): Promise<Uint8Array> {
  let current = await loadRenderInput(db, document, scope);
  if (!current) throw new AppError("NOT_FOUND", "Document introuvable.");
  const stored = await findStoredPdf(db, document.kind, document.documentId, current.version);
  if (stored) return stored.bytes;

  await requestRender(document);
  const deadline = Date.now() + waitMs;
  let reloadAt = Date.now() + RELOAD_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (Date.now() >= reloadAt) {
      reloadAt = Date.now() + RELOAD_MS;
      current = await loadRenderInput(db, document, scope);
      if (!current) throw new AppError("NOT_FOUND", "Document introuvable.");
      await requestRender(document);
    }
    const row = await findStoredPdf(db, document.kind, document.documentId, current.version);
    if (row) return row.bytes;
  }
  throw new PdfNotReady();
}

export class PdfNotReady extends Error {
  constructor() {
    super(PDF_NOT_READY);
  }
}

/** The 503 answered when the worker did not store the PDF in time. */
export function pdfNotReadyResponse(): Response {
  return new Response(PDF_NOT_READY, {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "10" },
  });
}
