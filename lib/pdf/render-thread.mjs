// Entry of a PDF render thread (lib/pdf/render-pool.ts): plain JavaScript, so that Node runs it in any process
// (the worker under tsx, the Next server, vitest); it registers tsx and loads the TypeScript renderer.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { renderStoredPdfInput } = await import("../pdf-store/render.tsx");

parentPort.on("message", async ({ id, input }) => {
  try {
    const pdf = await renderStoredPdfInput(input);
    parentPort.postMessage({ id, pdf }, [pdf.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort.postMessage({ ready: true });
