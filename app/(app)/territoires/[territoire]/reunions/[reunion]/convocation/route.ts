import { meetingPdfRoute } from "@/lib/meetings/pdf-route";

/** The meeting's convocation as a PDF. */
export const GET = meetingPdfRoute("convocation");
