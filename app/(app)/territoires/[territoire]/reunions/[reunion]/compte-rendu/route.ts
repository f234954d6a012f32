import { createElement } from "react";
import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { getDb } from "@/lib/db/client";
import { meetingPdfData } from "@/lib/meetings/pdf-data";
import { getMeeting } from "@/lib/meetings/queries";
import { MinutesDocument, renderPdf } from "@/lib/pdf/steering-documents";

/** The meeting's compte-rendu as a PDF, rendered from the current data. */
export async function GET(_request: Request, { params }: { params: Promise<{ territoire: string; reunion: string }> }) {
  const { territoire, reunion } = await params;
  const auth = await authorizeRoute(territoire, "territory.read");
  if (auth instanceof Response) return auth;
  try {
    const db = getDb();
    const meeting = await getMeeting(db, auth.scope, reunion);
    const caisse = await db.caisse.findUniqueOrThrow({ where: { id: auth.scope.territory.caisseId }, select: { name: true } });
    const pdf = await renderPdf(createElement(MinutesDocument, { data: meetingPdfData(meeting, { caisseName: caisse.name, territoryName: auth.scope.territory.name }) }));
    const day = meeting.startsAt.toISOString().slice(0, 10);
    return new Response(pdf, {
      headers: { "Content-Type": "application/pdf", "Content-Length": String(pdf.length), "Content-Disposition": `attachment; filename="compte-rendu-${meeting.kind.toLowerCase()}-${day}.pdf"`, "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
