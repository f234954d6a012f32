import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { loadAvenantPdfData } from "@/lib/conventions/avenants";
import { getAvenantPdf } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";
import { renderConventionPdf } from "@/lib/pdf/render-convention";

/** The signed avenant as stored, or its draft rendered with the PROJET watermark. */
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
    const pdf = avenant.signedPdf ?? (await renderConventionPdf(await loadAvenantPdfData(db, avenant.id))).pdf;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="avenant-${avenant.number}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
