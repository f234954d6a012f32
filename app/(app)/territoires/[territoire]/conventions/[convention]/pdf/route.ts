import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { DOCX_MIME } from "@/lib/conventions/annex-file";
import { getConventionPdf } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";
import { currentDraftPdf, PdfNotReady, pdfNotReadyResponse } from "@/lib/pdf-store/download";

/**
 * The signed PDF as stored (never re-rendered), or the current draft with its PROJET watermark, as the worker
 * rendered and stored it (waiting for it when the newest version is still rendering: lib/pdf-store/download.ts).
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ territoire: string; convention: string }> },
) {
  const { territoire, convention: conventionId } = await params;
  const auth = await authorizeRoute(territoire, "territory.read");
  if (auth instanceof Response) return auth;
  try {
    const db = getDb();
    const convention = await getConventionPdf(db, auth.scope, conventionId);
    const pdf =
      convention.signedPdf ??
      (await currentDraftPdf(db, auth.scope, { kind: "CONVENTION", documentId: convention.id }));
    // A convention imported as signed outside the platform keeps its original file, which may be a DOCX.
    const isDocx = convention.signedPdf !== null && convention.signedFileMime === DOCX_MIME;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": isDocx ? DOCX_MIME : "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="CTG-${territoire}-${convention.edition}${convention.signedPdf ? "-signee" : "-projet"}.${isDocx ? "docx" : "pdf"}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof PdfNotReady) return pdfNotReadyResponse();
    return errorResponse(error);
  }
}
