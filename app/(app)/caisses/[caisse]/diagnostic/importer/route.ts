import { importRequest } from "@/lib/diagnostic/import-requests";

/** Imports the previewed files (sent again, checked against the preview's fingerprints) into the caisse's series. */
export async function POST(request: Request, { params }: { params: Promise<{ caisse: string }> }) {
  const { caisse } = await params;
  return importRequest(request, caisse);
}
