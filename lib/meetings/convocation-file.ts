// The convocation PDF of a meeting as bytes, for emails (lib/email/attachments.ts, in the worker). The same file as
// the download: the stored rendering of the convocation's current version (lib/pdf-store), rendered now in this
// process's render pool when not stored yet, and stored for the next reader. Every invited member of a meeting
// gets the same file, rendered once.
import type { Db } from "../db/client";
import { getRenderPool } from "../pdf/render-pool";
import { loadRenderInput } from "../pdf-store/documents";
import { findStoredPdf, storePdf } from "../pdf-store/store";

/** Renderings in progress by version: the emails of one convocation, sent at once, share one rendering. */
const rendering = new Map<string, Promise<Uint8Array>>();

function renderOnce(db: Db, meetingId: string, current: NonNullable<Awaited<ReturnType<typeof loadRenderInput>>>) {
  let pending = rendering.get(current.version);
  if (!pending) {
    pending = getRenderPool()
      .render(current.input)
      .then(async (bytes) => {
        await storePdf(db, "CONVOCATION", meetingId, current.version, bytes);
        return bytes as Uint8Array;
      })
      .finally(() => rendering.delete(current.version));
    rendering.set(current.version, pending);
  }
  return pending;
}

export async function convocationFile(
  db: Db,
  meetingId: string,
): Promise<{ filename: string; bytes: Uint8Array } | null> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { kind: true, startsAt: true } });
  if (!meeting) return null;
  const document = { kind: "CONVOCATION", documentId: meetingId } as const;
  const current = await loadRenderInput(db, document);
  if (!current) return null;
  const stored = await findStoredPdf(db, document.kind, meetingId, current.version);
  const bytes = stored ? stored.bytes : await renderOnce(db, meetingId, current);
  const day = meeting.startsAt.toISOString().slice(0, 10);
  return { filename: `convocation-${meeting.kind.toLowerCase()}-${day}.pdf`, bytes };
}
