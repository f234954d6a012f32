import { isDatabaseReachable } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Health check: 200 when the app and its database answer, 503 otherwise. Public, says nothing about data. */
export async function GET() {
  const database = await isDatabaseReachable();
  return Response.json(
    { statut: database ? "ok" : "base de données injoignable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
