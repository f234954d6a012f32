// Reading an uploaded form without trusting its size. `request.formData()` reads the whole body into memory
// whatever its length; here a declared Content-Length over the limit is refused before a byte is read, and a body
// that runs past the limit (chunked, or lying about its length) is cut off as soon as it does.
import { AppError } from "../errors";

/** Room for the multipart envelope (boundaries, part headers, a version field) around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

export async function readUploadForm(request: Request, maxFileBytes: number, limitLabel: string): Promise<FormData> {
  const limit = maxFileBytes + ENVELOPE_BYTES;
  const tooLarge = () => new AppError("TOO_LARGE", `Le fichier dépasse ${limitLabel}.`);
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) throw tooLarge();
  if (!request.body) throw new AppError("INVALID_INPUT", "Formulaire illisible.");

  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(body, { headers: { "Content-Type": contentType } }).formData().catch(() => {
    throw new AppError("INVALID_INPUT", "Formulaire illisible.");
  });
}
