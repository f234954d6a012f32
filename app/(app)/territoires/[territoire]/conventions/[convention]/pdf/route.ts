import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { DOCX_MIME } from "@/lib/conventions/annex-file";
import { loadConventionPdfData } from "@/lib/conventions/pdf-data";
import { getConventionPdf } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";
import { renderConventionPdf } from "@/lib/pdf/render-convention";

/** The signed PDF as stored (never re-rendered), or the current draft rendered with its PROJET watermark. */
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
    const pdf = convention.signedPdf ?? (await renderConventionPdf(await loadConventionPdfData(db, convention.id))).pdf;
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
    return errorResponse(error);
  }
}
