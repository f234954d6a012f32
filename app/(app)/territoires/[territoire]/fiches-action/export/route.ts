import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { getDb } from "@/lib/db/client";
import { exportPlan } from "@/lib/fiches-action/export-plan";
import { currentPlanConvention } from "@/lib/fiches-action/plan";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The action plan (fiches, indicators with values, budget lines) as an Excel workbook. */
export async function GET(_request: Request, { params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const auth = await authorizeRoute(territoire, "territory.read");
  if (auth instanceof Response) return auth;
  try {
    const db = getDb();
    const convention = await currentPlanConvention(db, auth.scope);
    if (!convention) return new Response("Aucune convention pour ce territoire.", { status: 404 });
    const file = await exportPlan(db, auth.scope, convention.id);
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="plan-actions-${territoire}.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
