import { meetingPdfRoute } from "@/lib/meetings/pdf-route";

/** The meeting's minutes (compte rendu) as a PDF. */
export const GET = meetingPdfRoute("compte-rendu");
