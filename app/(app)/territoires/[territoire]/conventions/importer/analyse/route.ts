import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { readUploadForm } from "@/lib/files/read-upload";
import { extractSource, MAX_IMPORT_FILE_BYTES } from "@/lib/conventions/import/extract";
import { parseConvention } from "@/lib/conventions/import/parse";

/** Reads an uploaded DOCX or PDF, or pasted text, and answers what was recognised (JSON). Writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const auth = await authorizeRoute(territoire, "convention.edit");
  if (auth instanceof Response) return auth;
  try {
    const form = await readUploadForm(request, MAX_IMPORT_FILE_BYTES, "10 Mo");
    const file = form.get("file");
    const text = form.get("text");
    const source =
      file instanceof File && file.size > 0
        ? await extractSource({ kind: "file", bytes: new Uint8Array(await file.arrayBuffer()) })
        : typeof text === "string" && text.trim()
          ? await extractSource({ kind: "text", text })
          : null;
    if (!source) throw new AppError("INVALID_INPUT", "Choisissez un fichier (Word ou PDF) ou collez le texte.");
    return Response.json({
      parsed: parseConvention(source.blocks),
      source: source.text,
      repeated: source.repeated,
      mime: source.mime,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
