import { analyseRequest } from "@/lib/diagnostic/import-requests";

/** The preview of open-data files (or of the portal's rows) for the caisse's diagnostic (JSON). Writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ caisse: string }> }) {
  const { caisse } = await params;
  return analyseRequest(request, caisse);
}
