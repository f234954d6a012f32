import type { Metadata } from "next";
import { PrintableConvention } from "@/components/conventions/printable-convention";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { loadConventionPdfData } from "@/lib/conventions/pdf-data";
import { requireConventionId } from "@/lib/conventions/queries";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Version imprimable" };

export default async function PrintablePage({
  params,
}: {
  params: Promise<{ territoire: string; convention: string }>;
}) {
  const { territoire, convention: conventionId } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const id = await orNotFound(requireConventionId(db, scope, conventionId));
  return <PrintableConvention data={await loadConventionPdfData(db, id)} />;
}
