import "server-only";
import { authorizeRoute, errorResponse } from "../auth/route";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { currentDraftPdf, PdfNotReady, pdfNotReadyResponse } from "../pdf-store/download";
import { MEETING_NOT_FOUND } from "./meeting-access";

const kinds = { convocation: "CONVOCATION", "compte-rendu": "MINUTES" } as const;

/**
 * The GET handler of a meeting's convocation or minutes, for any reader of the territory: the PDF of the current
 * data, as the worker rendered and stored it (lib/pdf-store/download.ts).
 */
export function meetingPdfRoute(kind: keyof typeof kinds) {
  return async function GET(
    _request: Request,
    { params }: { params: Promise<{ territoire: string; reunion: string }> },
  ) {
    const { territoire, reunion } = await params;
    const auth = await authorizeRoute(territoire, "territory.read");
    if (auth instanceof Response) return auth;
    try {
      const db = getDb();
      const meeting = await db.meeting.findFirst({
        where: { id: reunion, territoryId: auth.scope.territory.id },
        select: { id: true, kind: true, startsAt: true },
      });
      if (!meeting) throw new AppError("NOT_FOUND", MEETING_NOT_FOUND);
      const pdf = await currentDraftPdf(db, auth.scope, { kind: kinds[kind], documentId: meeting.id });
      const day = meeting.startsAt.toISOString().slice(0, 10);
      return new Response(new Uint8Array(pdf), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Length": String(pdf.length),
          "Content-Disposition": `attachment; filename="${kind}-${meeting.kind.toLowerCase()}-${day}.pdf"`,
          "Cache-Control": "private, no-store",
        },
      });
    } catch (error) {
      if (error instanceof PdfNotReady) return pdfNotReadyResponse();
      return errorResponse(error);
    }
  };
}
