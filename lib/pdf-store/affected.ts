// Which stored PDFs a write makes stale, from its audit event (every write records one, lib/audit/record.ts): their
// render jobs are sent in the write's transaction. A miss here costs one wait at the next download, never a
// stale PDF: a download always computes the current version (lib/pdf-store/download.ts).
import type { AuditEntity } from "../audit/events";
import type { Tx } from "../db/client";
import type { StoredPdfDocument } from "./version";

/** Entities whose content a convention's PDF prints (its text, parties, annexes of fiches and facilities, names). */
const CONVENTION_CONTENT = new Set<AuditEntity>([
  "Territory",
  "Convention",
  "Signatory",
  "Article",
  "Annex",
  "Deliberation",
  "FicheAction",
  "Facility",
  "FundingRate",
  "Organisation",
  "DiagnosticImport",
  "DiagnosticFinding",
  "DiagnosticContribution",
]);

const UNSIGNED_CONVENTION = { notIn: ["SIGNED", "EXPIRED", "TERMINATED"] as ("SIGNED" | "EXPIRED" | "TERMINATED")[] };

export async function affectedDocuments(
  tx: Tx,
  event: { entity: AuditEntity; entityId: string; territoryId: string | null },
): Promise<StoredPdfDocument[]> {
  const documents: StoredPdfDocument[] = [];
  const meeting = (id: string) =>
    documents.push({ kind: "CONVOCATION", documentId: id }, { kind: "MINUTES", documentId: id });
  switch (event.entity) {
    case "Meeting":
      meeting(event.entityId);
      break;
    case "Decision": {
      const decision = await tx.decision.findUnique({ where: { id: event.entityId }, select: { meetingId: true } });
      if (decision) meeting(decision.meetingId);
      break;
    }
    case "Avenant":
      documents.push({ kind: "AVENANT", documentId: event.entityId });
      break;
  }
  if (event.territoryId && CONVENTION_CONTENT.has(event.entity)) {
    const conventions = await tx.convention.findMany({
      where: { territoryId: event.territoryId, status: UNSIGNED_CONVENTION },
      select: { id: true },
    });
    for (const { id } of conventions) documents.push({ kind: "CONVENTION", documentId: id });
  }
  if (event.territoryId && (event.entity === "Deliberation" || event.entity === "Signatory")) {
    const avenants = await tx.avenant.findMany({
      where: { convention: { territoryId: event.territoryId }, status: { not: "SIGNED" } },
      select: { id: true },
    });
    for (const { id } of avenants) documents.push({ kind: "AVENANT", documentId: id });
  }
  return documents;
}
