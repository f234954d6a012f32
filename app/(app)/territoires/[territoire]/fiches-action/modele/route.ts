import { authorizeRoute } from "@/lib/auth/route";
import { templateWorkbook } from "@/lib/fiches-action/excel-layout";

/** The empty import template: the four sheets with their headers, and a sheet of allowed values. */
export async function GET(_request: Request, { params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const auth = await authorizeRoute(territoire, "territory.read");
  if (auth instanceof Response) return auth;
  return new Response(new Uint8Array(await templateWorkbook()), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": 'attachment; filename="modele-plan-actions.xlsx"',
    },
  });
}
