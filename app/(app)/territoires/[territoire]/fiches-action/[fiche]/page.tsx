import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { mayEditFiche } from "@/lib/fiches-action/access";
import { isLate } from "@/lib/fiches-action/late";
import { getFiche, listOrganisationsOfCaisse } from "@/lib/fiches-action/queries";
import { priorityLabels } from "@/lib/labels";
import { Description } from "./description";
import { StatusJournal } from "./status-journal";
import { Indicators } from "./indicators";
import { Budget } from "./budget";
import { Steps } from "./steps";
import { Notes } from "./notes";

export const metadata: Metadata = { title: "Fiche-action" };

export default async function FichePage({ params }: { params: Promise<{ territoire: string; fiche: string }> }) {
  const { territoire, fiche: ficheId } = await params;
  const { actor, scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const fiche = await orNotFound(getFiche(db, scope, ficheId));
  const editable = mayEditFiche(actor, scope, fiche);
  const organisations = editable ? await listOrganisationsOfCaisse(db, scope) : [];
  const base = `/territoires/${scope.territory.slug}/fiches-action`;
  const late = isLate(fiche);
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Fiches-action", href: base },
          { label: `Fiche ${fiche.number}` },
        ]}
      />
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">
            Fiche {fiche.number} — {fiche.title}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <FicheStatusBadge status={fiche.status} late={late} />{" "}
            <span className="text-sm text-slate-700">
              Priorité {priorityLabels[fiche.priority].toLowerCase()} · CTG n° {fiche.convention.edition}
            </span>
          </p>
        </div>
        {editable ? (
          <Link
            href={`${base}/${fiche.id}/modifier`}
            className="rounded border border-slate-400 bg-white px-3 py-2 text-sm text-brand-700 underline"
          >
            Modifier la fiche
          </Link>
        ) : null}
      </div>

      <Description fiche={fiche} />

      <StatusJournal fiche={fiche} editable={editable} />

      <Indicators fiche={fiche} editable={editable} />

      <Budget fiche={fiche} editable={editable} organisations={organisations} />

      <Steps fiche={fiche} editable={editable} />

      <Notes fiche={fiche} editable={editable} />
    </>
  );
}
