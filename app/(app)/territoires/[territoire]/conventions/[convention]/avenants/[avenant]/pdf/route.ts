import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { getAvenantPdf } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";
import { currentDraftPdf, PdfNotReady, pdfNotReadyResponse } from "@/lib/pdf-store/download";

/** The signed avenant as stored, or its draft with the PROJET watermark as the worker stored it. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ territoire: string; convention: string; avenant: string }> },
) {
  const { territoire, convention, avenant: avenantId } = await params;
  const auth = await authorizeRoute(territoire, "territory.read");
  if (auth instanceof Response) return auth;
  try {
    const db = getDb();
    const avenant = await getAvenantPdf(db, auth.scope, convention, avenantId);
    const pdf =
      avenant.signedPdf ?? (await currentDraftPdf(db, auth.scope, { kind: "AVENANT", documentId: avenant.id }));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="avenant-${avenant.number}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof PdfNotReady) return pdfNotReadyResponse();
    return errorResponse(error);
  }
}
