// A child process that renders one convocation PDF: MeetingPdfData as JSON on stdin, the PDF on stdout. The worker
// runs under `--conditions=react-server` (for its server-only modules), where React's server build cannot drive
// @react-pdf/renderer's reconciler; this process loads the ordinary React (lib/meetings/convocation-file.ts).
import { createElement } from "react";
import { ConvocationDocument, renderPdf, type MeetingPdfData } from "./steering-documents";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const data = JSON.parse(Buffer.concat(chunks).toString("utf8")) as MeetingPdfData;
const pdf = await renderPdf(createElement(ConvocationDocument, { data }));
process.stdout.write(Buffer.from(pdf), () => process.exit(0));
