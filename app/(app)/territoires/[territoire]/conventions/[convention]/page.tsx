import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { ConventionStatusBadge } from "@/components/convention-status-badge";
import { PdfDownloadButton } from "@/components/conventions/pdf-download-button";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { loadAmendedArticles } from "@/lib/conventions/avenants";
import { getConvention } from "@/lib/conventions/queries";
import { loadConventionPdfData } from "@/lib/conventions/pdf-data";
import { conventionReadiness } from "@/lib/conventions/readiness";
import { isSealed, isTextEditable } from "@/lib/conventions/status";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { StatusSection } from "./status-section";
import { Informations } from "./informations";
import { TextSection } from "./text-section";
import { Annexes, GENERATED_ANNEXES } from "./annexes";

export const metadata: Metadata = { title: "Convention" };

type Props = { params: Promise<{ territoire: string; convention: string }>; searchParams: Promise<{ texte?: string }> };

export default async function ConventionPage({ params, searchParams }: Props) {
  const { territoire, convention: conventionId } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const convention = await orNotFound(getConvention(db, scope, conventionId));
  const base = `/territoires/${scope.territory.slug}/conventions/${convention.id}`;
  const canEdit = scope.can("convention.edit");
  const editable = canEdit && isTextEditable(convention.status);
  const showAmended =
    (await searchParams).texte === "modifie" && convention.avenants.some((a) => a.status === "SIGNED");
  const amended = showAmended ? await loadAmendedArticles(db, convention.id) : null;
  // Annexes 3, 4 and 5 are generated from the diagnostic and the action plan, with the same rows as in the PDF.
  const generated = convention.annexes.some((a) => GENERATED_ANNEXES.includes(a.content))
    ? (await loadConventionPdfData(db, convention.id)).annexes
    : [];
  const ref = { conventionId: convention.id, version: convention.version };
  const readiness =
    canEdit && !isSealed(convention.status) ? await conventionReadiness(db, convention.id, scope.territory.id) : null;

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Conventions", href: `/territoires/${scope.territory.slug}/conventions` },
          { label: `CTG n° ${convention.edition}` },
        ]}
      />
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{convention.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
            <span>
              CTG n° {convention.edition} · du {formatDate(convention.startDate)} au {formatDate(convention.endDate)}
            </span>
            <ConventionStatusBadge status={convention.status} />
          </p>
          {convention.signedPdfSha256 ? (
            <p className="mt-1 break-all text-sm text-slate-700">
              Signée le {formatDate(convention.signatureDate)} · empreinte SHA-256 du{" "}
              {convention.signedFileMime ? "document Word signé" : "PDF signé"} :{" "}
              <code>{convention.signedPdfSha256}</code>
            </p>
          ) : null}
        </div>
        <div className="flex flex-col items-start gap-2">
          <PdfDownloadButton
            href={`${base}/pdf`}
            label={
              convention.signedFileMime
                ? "Télécharger le document Word signé"
                : convention.signedPdfSha256
                  ? "Télécharger le PDF signé"
                  : "Télécharger le projet en PDF"
            }
            fileName={`CTG-${scope.territory.slug}-${convention.edition}.${convention.signedFileMime ? "docx" : "pdf"}`}
          />
          <a className="text-brand-700 text-sm underline" href={`${base}/docx`} download>
            Télécharger en Word (.docx)
          </a>
        </div>
      </div>

      <nav aria-label="Sections de la convention" className="mt-4">
        <ul className="flex flex-wrap gap-4 text-sm">
          <li>
            <Link className="text-brand-700 underline" href={`${base}/signataires`}>
              Signataires, délibérations et signatures
            </Link>
          </li>
          <li>
            <Link className="text-brand-700 underline" href={`${base}/historique`}>
              Historique des modifications
            </Link>
          </li>
          <li>
            <Link className="text-brand-700 underline" href={`${base}/avenants`}>
              Avenants ({convention.avenants.length})
            </Link>
          </li>
          <li>
            <Link className="text-brand-700 underline" href={`${base}/impression`}>
              Version imprimable
            </Link>
          </li>
          {convention.previousEdition ? (
            <li>
              <Link
                className="text-brand-700 underline"
                href={`/territoires/${scope.territory.slug}/conventions/${convention.previousEdition.id}`}
              >
                Convention précédente (n° {convention.previousEdition.edition})
              </Link>
            </li>
          ) : null}
          {convention.nextEdition ? (
            <li>
              <Link
                className="text-brand-700 underline"
                href={`/territoires/${scope.territory.slug}/conventions/${convention.nextEdition.id}`}
              >
                Convention suivante (n° {convention.nextEdition.edition})
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <StatusSection convention={convention} conventionRef={ref} canEdit={canEdit} readiness={readiness} base={base} />

      <Informations convention={convention} editable={editable} conventionRef={ref} />

      <TextSection
        conventionRef={ref}
        convention={convention}
        base={base}
        editable={editable}
        showAmended={showAmended}
        amended={amended}
      />

      <Annexes convention={convention} base={base} editable={editable} generated={generated} conventionRef={ref} />
    </>
  );
}
