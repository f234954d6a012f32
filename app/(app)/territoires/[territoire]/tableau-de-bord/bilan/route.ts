import { createElement } from "react";
import { authorizeRoute, errorResponse } from "@/lib/auth/route";
import { bilanPdfData } from "@/lib/dashboard/bilan";
import { getTerritoryDashboard } from "@/lib/dashboard/queries";
import { getDb } from "@/lib/db/client";
import { BilanDocument, renderPdf } from "@/lib/pdf/steering-documents";
import { getCaisseOfTerritory } from "@/lib/territories/queries";
import { z } from "@/lib/zod-fr";

const querySchema = z.object({
  annee: z.coerce
    .number({ error: "Année attendue." })
    .int("Année attendue.")
    .min(2000, "Année : 2000 ou après.")
    .max(2100, "Année : 2100 au plus."),
});

/** The printable annual bilan of the territory: the dashboard of one year (?annee=2025), as a PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const auth = await authorizeRoute(territoire, "territory.read");
  if (auth instanceof Response) return auth;
  const parsed = querySchema.safeParse({
    annee: new URL(request.url).searchParams.get("annee") ?? new Date().getUTCFullYear(),
  });
  if (!parsed.success)
    return new Response(parsed.error.issues[0].message, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  try {
    const db = getDb();
    const year = parsed.data.annee;
    const dashboard = await getTerritoryDashboard(db, auth.scope, { year });
    const caisse = await getCaisseOfTerritory(db, auth.scope);
    const pdf = await renderPdf(
      createElement(BilanDocument, {
        data: bilanPdfData(dashboard, { caisseName: caisse.name, territoryName: auth.scope.territory.name, year }),
      }),
    );
    return new Response(pdf, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="bilan-${year}-${auth.scope.territory.slug}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
