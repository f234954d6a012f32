import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { getDb } from "@/lib/db/client";
import { importPlan } from "@/lib/fiches-action/import-plan";
import { currentPlanConvention } from "@/lib/fiches-action/plan";
import { AppError } from "@/lib/errors";
import { readUploadForm } from "@/lib/files/read-upload";

const MAX_BYTES = 20 * 1024 * 1024;

/** Imports an uploaded workbook into the plan; answers JSON: the counts, or every error. */
export async function POST(request: Request, { params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const auth = await authorizeRoute(territoire, "fiche.edit");
  if (auth instanceof Response) return auth;
  try {
    const form = await readUploadForm(request, MAX_BYTES, "20 Mo");
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("INVALID_INPUT", "Choisissez un fichier Excel (.xlsx).");
    if (file.size > MAX_BYTES) throw new AppError("INVALID_INPUT", "Le fichier dépasse 20 Mo.");
    const db = getDb();
    const convention = await currentPlanConvention(db, auth.scope);
    if (!convention) throw new AppError("NOT_FOUND", "Aucune convention pour ce territoire.");
    const result = await importPlan(db, auth.actor, {
      territoryId: auth.scope.territory.id,
      conventionId: convention.id,
      file: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(result, { status: result.ok ? 200 : 422 });
  } catch (error) {
    return errorResponse(error);
  }
}
