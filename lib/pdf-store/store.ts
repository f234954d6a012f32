// The StoredPdf table: the draft PDFs rendered by the worker, one row per (kind, document, version).
import type { Db, Tx } from "../db/client";
import type { StoredPdfKind } from "../db/generated/client";

/** Rows kept per document: the newest few (a download racing a change may still ask for the previous one). */
export const STORED_PDF_KEEP = 3;

export async function findStoredPdf(db: Db | Tx, kind: StoredPdfKind, documentId: string, version: string) {
  return db.storedPdf.findUnique({
    where: { kind_documentId_version: { kind, documentId, version } },
    select: { bytes: true, version: true, createdAt: true },
  });
}

/** Stores a rendering (a second one of the same version is a no-op) and drops the document's older rows. */
export async function storePdf(db: Db, kind: StoredPdfKind, documentId: string, version: string, bytes: Uint8Array) {
  // INSERT … ON CONFLICT DO NOTHING: two processes storing the same version at once (the worker's render job and an
  // email attaching the convocation) both succeed, where an upsert lets the second fail on the unique key.
  await db.storedPdf.createMany({
    data: [{ kind, documentId, version, bytes: new Uint8Array(bytes) }],
    skipDuplicates: true,
  });
  const stale = await db.storedPdf.findMany({
    where: { kind, documentId },
    orderBy: { createdAt: "desc" },
    skip: STORED_PDF_KEEP,
    select: { id: true },
  });
  if (stale.length) await db.storedPdf.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
}
