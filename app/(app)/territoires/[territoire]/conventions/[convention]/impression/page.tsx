import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintableConvention } from "@/components/conventions/printable-convention";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { loadConventionPdfData } from "@/lib/conventions/pdf-data";
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
  const convention = await db.convention.findFirst({
    where: { id: conventionId, territoryId: scope.territory.id },
    select: { id: true },
  });
  if (!convention) notFound();
  return <PrintableConvention data={await loadConventionPdfData(db, convention.id)} />;
}
