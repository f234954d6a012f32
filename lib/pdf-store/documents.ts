// The documents whose draft PDF is rendered in the background and stored (StoredPdf): their render input, loaded
// from the database, and its version (lib/pdf-store/version.ts).
import type { TerritoryScope } from "../auth/scope";
import { loadAvenantPdfData } from "../conventions/avenants";
import { loadConventionPdfData } from "../conventions/pdf-data";
import type { Db } from "../db/client";
import { meetingPdfData } from "../meetings/pdf-data";
import { getMeeting } from "../meetings/queries";
import { renderInputVersion, type RenderInput, type StoredPdfDocument } from "./version";

export { renderInputVersion, PDF_RENDERER_REVISION, type RenderInput, type StoredPdfDocument } from "./version";

/**
 * The render input of a document's draft and its version, or null when there is no draft to render: the document
 * is gone, or signed (its sealed PDF is stored on it and never re-rendered). `scope`: the reader's, already
 * checked by the caller (a download); without it (the worker, a system job) the document's own territory.
 */
export async function loadRenderInput(
  db: Db,
  document: StoredPdfDocument,
  scope?: TerritoryScope,
): Promise<{ input: RenderInput; version: string } | null> {
  const input = await loadInput(db, document, scope);
  return input ? { input, version: renderInputVersion(input) } : null;
}

async function loadInput(db: Db, { kind, documentId }: StoredPdfDocument, scope?: TerritoryScope) {
  switch (kind) {
    case "CONVENTION": {
      const convention = await db.convention.findUnique({
        where: { id: documentId },
        select: { territoryId: true, signedPdfSha256: true },
      });
      if (!convention || (scope && convention.territoryId !== scope.territory.id)) return null;
      if (convention.signedPdfSha256) return null;
      return { kind, data: await loadConventionPdfData(db, documentId) } satisfies RenderInput;
    }
    case "AVENANT": {
      const avenant = await db.avenant.findUnique({
        where: { id: documentId },
        select: { signedPdfSha256: true, convention: { select: { territoryId: true } } },
      });
      if (!avenant || (scope && avenant.convention.territoryId !== scope.territory.id)) return null;
      if (avenant.signedPdfSha256) return null;
      return { kind, data: await loadAvenantPdfData(db, documentId) } satisfies RenderInput;
    }
    case "CONVOCATION":
    case "MINUTES": {
      const meetingScope = scope ?? (await systemScopeOfMeeting(db, documentId));
      if (!meetingScope) return null;
      const meeting = await getMeeting(db, meetingScope, documentId).catch(() => null);
      if (!meeting) return null;
      const caisse = await db.caisse.findUniqueOrThrow({
        where: { id: meetingScope.territory.caisseId },
        select: { name: true },
      });
      const data = meetingPdfData(meeting, { caisseName: caisse.name, territoryName: meetingScope.territory.name });
      return { kind, data } satisfies RenderInput;
    }
  }
}

/** The scope of the platform itself on a meeting's territory (worker jobs have no user): reads only. */
async function systemScopeOfMeeting(db: Db, meetingId: string): Promise<TerritoryScope | null> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { territory: { select: { id: true, caisseId: true, slug: true, name: true } } },
  });
  if (!meeting) return null;
  return { territory: meeting.territory, roles: [], can: () => false };
}
