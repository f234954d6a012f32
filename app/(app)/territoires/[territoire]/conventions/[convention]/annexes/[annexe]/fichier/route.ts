import { redirect } from "next/navigation";
import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { saveAnnex } from "@/lib/conventions/save-annex";
import { annexFileSchema, detectAnnexFileType, MAX_ANNEX_FILE_BYTES } from "@/lib/conventions/annex-file";
import { getAnnex, getAnnexFile } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readUploadForm } from "@/lib/files/read-upload";

type Params = { params: Promise<{ territoire: string; convention: string; annexe: string }> };

/** Downloads an annex's uploaded file. */
export async function GET(_request: Request, { params }: Params) {
  const { territoire, convention, annexe } = await params;
  const auth = await authorizeRoute(territoire, "territory.read");
  if (auth instanceof Response) return auth;
  const annex = await getAnnexFile(getDb(), auth.scope, convention, annexe);
  if (!annex?.fileData) return new Response("Fichier introuvable.", { status: 404 });
  return new Response(new Uint8Array(annex.fileData), {
    headers: {
      "Content-Type": annex.fileMime ?? "application/octet-stream",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(annex.fileName ?? "annexe")}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** Uploads (or replaces) an annex's PDF or DOCX file, stored in the database. */
export async function POST(request: Request, { params }: Params) {
  const { territoire, convention, annexe } = await params;
  const auth = await authorizeRoute(territoire, "convention.edit");
  if (auth instanceof Response) return auth;
  try {
    const form = await readUploadForm(request, MAX_ANNEX_FILE_BYTES, "10 Mo");
    const parsed = annexFileSchema.safeParse({ version: form.get("version"), file: form.get("file") });
    if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues.map((i) => i.message).join(" "));
    const db = getDb();
    const annex = await getAnnex(db, auth.scope, convention, annexe);
    const bytes = new Uint8Array(await parsed.data.file.arrayBuffer());
    const type = detectAnnexFileType(bytes);
    if (!type) throw new AppError("INVALID_INPUT", "Le fichier doit être un PDF ou un document Word (DOCX).");
    await saveAnnex(db, auth.actor, {
      conventionId: convention,
      version: parsed.data.version,
      annexId: annex.id,
      code: annex.code,
      title: annex.title,
      content: "FILE",
      body: null,
      file: { name: parsed.data.file.name.slice(0, 200), mime: type.mime, data: bytes },
    });
  } catch (error) {
    return errorResponse(error);
  }
  redirect(`/territoires/${territoire}/conventions/${convention}`);
}
