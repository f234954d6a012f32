// The renderPdf job (worker process): renders a document's current draft in the render pool and stores it.
import type { Db } from "../db/client";
import type { RenderPool } from "../pdf/render-pool";
import { loadRenderInput, type StoredPdfDocument } from "./documents";
import { findStoredPdf, storePdf } from "./store";

/**
 * "rendered", "fresh" (the current version is already stored) or "none" (no draft: the document is gone or signed).
 * Loads the data when the job runs, so a burst of edits debounced into one job renders the last of them.
 */
export async function renderStoredPdf(db: Db, pool: RenderPool, document: StoredPdfDocument) {
  const current = await loadRenderInput(db, document);
  if (!current) return "none" as const;
  if (await findStoredPdf(db, document.kind, document.documentId, current.version)) return "fresh" as const;
  const bytes = await pool.render(current.input);
  await storePdf(db, document.kind, document.documentId, current.version, bytes);
  return "rendered" as const;
}
