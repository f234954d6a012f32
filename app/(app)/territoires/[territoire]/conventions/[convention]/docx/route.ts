import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { DOCX_MIME } from "@/lib/conventions/annex-file";
import { loadConventionPdfData } from "@/lib/conventions/pdf-data";
import { getConventionPdf } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";
import { renderConventionDocx } from "@/lib/docx/convention-docx";

/** The convention as a Word document, from the same data as the PDF: for partners who review in Word. A signed
 * convention's legal document stays its sealed PDF; this is always a fresh rendering (PROJET on drafts). */
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
    const docx = await renderConventionDocx(await loadConventionPdfData(db, convention.id));
    return new Response(new Uint8Array(docx), {
      headers: {
        "Content-Type": DOCX_MIME,
        "Content-Length": String(docx.length),
        "Content-Disposition": `attachment; filename="CTG-${territoire}-${convention.edition}.docx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
