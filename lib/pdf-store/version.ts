// The version of a stored PDF: the SHA-256 of its render input with the renderer's revision, so that a stored PDF
// is served only while the data (and the code) that made it are unchanged. No database or server-only import here:
// signing (lib/conventions/sign-convention.ts) and the render thread use it too.
import { createHash } from "node:crypto";
import type { StoredPdfKind } from "../db/generated/client";
import type { ConventionPdfData } from "../pdf/convention-document";
import type { MeetingPdfData } from "../pdf/steering-documents";

/**
 * Bump when a change of the PDF code changes its output for the same data (layout, fonts, wording): every stored
 * PDF then becomes stale and is rendered again on its next download or change.
 */
export const PDF_RENDERER_REVISION = "2026-12-02.1";

export const STORED_PDF_KINDS = [
  "CONVENTION",
  "AVENANT",
  "CONVOCATION",
  "MINUTES",
] as const satisfies readonly StoredPdfKind[];

/** What the render thread needs: plain data (no Date, no class), so that it crosses postMessage and JSON as is. */
export type RenderInput =
  | { kind: "CONVENTION" | "AVENANT"; data: ConventionPdfData }
  | { kind: "CONVOCATION" | "MINUTES"; data: MeetingPdfData };

export type StoredPdfDocument = { kind: StoredPdfKind; documentId: string };

export function renderInputVersion(input: RenderInput): string {
  return createHash("sha256").update(PDF_RENDERER_REVISION).update("\n").update(JSON.stringify(input)).digest("hex");
}
