// The convocation PDF of a meeting as bytes, for emails. The ONE place that answers "the convocation's file": today
// rendered from the current data (the same document as the download route); it can later read a stored PDF.
import { createElement } from "react";
import type { PrismaClient } from "../db/generated/client";
import { ConvocationDocument, renderPdf } from "../pdf/steering-documents";
import { meetingPdfData } from "./pdf-data";
import { getMeeting } from "./queries";

export async function convocationFile(
  db: PrismaClient,
  meetingId: string,
): Promise<{ filename: string; bytes: Uint8Array } | null> {
  const found = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      territory: { select: { id: true, caisseId: true, slug: true, name: true, caisse: { select: { name: true } } } },
    },
  });
  if (!found) return null;
  const { caisse, ...territory } = found.territory;
  // The worker reads on behalf of the platform: a scope of the meeting's own territory.
  const meeting = await getMeeting(db, { territory, roles: [], can: () => false }, meetingId);
  const bytes = await renderPdf(
    createElement(ConvocationDocument, {
      data: meetingPdfData(meeting, { caisseName: caisse.name, territoryName: territory.name }),
    }),
  );
  const day = meeting.startsAt.toISOString().slice(0, 10);
  return { filename: `convocation-${meeting.kind.toLowerCase()}-${day}.pdf`, bytes };
}
