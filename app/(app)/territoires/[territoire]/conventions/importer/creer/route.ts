import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { checkAnnexFile } from "@/lib/conventions/annex-file";
import { MAX_IMPORT_FILE_BYTES } from "@/lib/conventions/import/extract";
import { importConvention, type SignedOriginal } from "@/lib/conventions/import/import-convention";
import { importConventionSchema } from "@/lib/conventions/import/schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readUploadForm } from "@/lib/files/read-upload";

/** Creates the convention from the reviewed parts (field `data`, JSON) and, for a convention already signed, its
 * original file (field `file`), checked again here. Answers the new convention's address (JSON). */
export async function POST(request: Request, { params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const auth = await authorizeRoute(territoire, "convention.edit");
  if (auth instanceof Response) return auth;
  try {
    const form = await readUploadForm(request, MAX_IMPORT_FILE_BYTES, "10 Mo");
    const raw = form.get("data");
    let json: unknown;
    try {
      json = typeof raw === "string" ? JSON.parse(raw) : null;
    } catch {
      json = null;
    }
    if (!json || typeof json !== "object") throw new AppError("INVALID_INPUT", "Formulaire illisible.");
    const parsed = importConventionSchema.safeParse({ ...json, territoryId: auth.scope.territory.id });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Response.json({ error: issue.message, path: issue.path.join(".") }, { status: 400 });
    }
    let original: SignedOriginal | null = null;
    const file = form.get("file");
    if (parsed.data.signed && file instanceof File && file.size > 0) {
      if (file.size > MAX_IMPORT_FILE_BYTES) throw new AppError("INVALID_INPUT", "Le fichier dépasse 10 Mo.");
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { mime } = await checkAnnexFile(bytes);
      original = { bytes, mime, fileName: file.name };
    }
    const { conventionId } = await importConvention(getDb(), auth.actor, parsed.data, original);
    return Response.json(
      { conventionId, url: `/territoires/${auth.scope.territory.slug}/conventions/${conventionId}` },
      { status: 201 },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
