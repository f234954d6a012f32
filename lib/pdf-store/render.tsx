// Renders a stored PDF's input (lib/pdf-store/documents.ts) to bytes. Runs in a render thread (lib/pdf/render-pool.ts),
// never on the web server's event loop; imports nothing but the PDF code.
import { createElement } from "react";
import { renderConventionPdf } from "../pdf/render-convention";
import { ConvocationDocument, MinutesDocument, renderPdf } from "../pdf/steering-documents";
import type { RenderInput } from "./version";

export async function renderStoredPdfInput(input: RenderInput): Promise<Uint8Array<ArrayBuffer>> {
  switch (input.kind) {
    case "CONVENTION":
    case "AVENANT":
      return (await renderConventionPdf(input.data)).pdf;
    case "CONVOCATION":
      return renderPdf(createElement(ConvocationDocument, { data: input.data }));
    case "MINUTES":
      return renderPdf(createElement(MinutesDocument, { data: input.data }));
  }
}
