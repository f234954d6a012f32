import "server-only";
import { createElement } from "react";
import { authorizeRoute, errorResponse } from "../auth/route";
import { getDb } from "../db/client";
import { ConvocationDocument, MinutesDocument, renderPdf } from "../pdf/steering-documents";
import { meetingPdfData } from "./pdf-data";
import { getMeeting } from "./queries";

const documents = { convocation: ConvocationDocument, "compte-rendu": MinutesDocument } as const;

/** The GET handler of a meeting's convocation or minutes: the PDF rendered from the current data, for any reader of the territory. */
export function meetingPdfRoute(kind: keyof typeof documents) {
  return async function GET(
    _request: Request,
    { params }: { params: Promise<{ territoire: string; reunion: string }> },
  ) {
    const { territoire, reunion } = await params;
    const auth = await authorizeRoute(territoire, "territory.read");
    if (auth instanceof Response) return auth;
    try {
      const db = getDb();
      const meeting = await getMeeting(db, auth.scope, reunion);
      const caisse = await db.caisse.findUniqueOrThrow({
        where: { id: auth.scope.territory.caisseId },
        select: { name: true },
      });
      const pdf = await renderPdf(
        createElement(documents[kind], {
          data: meetingPdfData(meeting, { caisseName: caisse.name, territoryName: auth.scope.territory.name }),
        }),
      );
      const day = meeting.startsAt.toISOString().slice(0, 10);
      return new Response(pdf, {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Length": String(pdf.length),
          "Content-Disposition": `attachment; filename="${kind}-${meeting.kind.toLowerCase()}-${day}.pdf"`,
          "Cache-Control": "private, no-store",
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
