import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireCaisseForPage } from "@/lib/auth/session";
import { getCaisse } from "@/lib/caisses/queries";
import { getDb } from "@/lib/db/client";
import { updateOrganisationAction } from "@/lib/organisations/actions";
import { getOrganisation, listCaisseTerritories } from "@/lib/organisations/queries";
import { organisationFields } from "../fields";
import { DeleteOrganisationButton } from "./delete-button";

export const metadata: Metadata = { title: "Modifier un partenaire" };

type Props = { params: Promise<{ caisse: string; partenaire: string }> };

export default async function PartnerPage({ params }: Props) {
  const { caisse: caisseId, partenaire } = await params;
  await requireCaisseForPage(caisseId, "organisation.manage");
  const db = getDb();
  const [caisse, organisation, territories] = await Promise.all([
    getCaisse(db, caisseId),
    getOrganisation(db, caisseId, partenaire.slice(0, 64)),
    listCaisseTerritories(db, caisseId),
  ]);
  if (!caisse || !organisation) notFound();
  const list = `/caisses/${caisseId}/partenaires`;
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: `Vue d'ensemble — ${caisse.shortName}`, href: `/caisses/${caisseId}` },
          { label: "Partenaires", href: list },
          { label: organisation.name },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">{organisation.name}</h1>
      <section aria-labelledby="modifier" className="mt-6 max-w-3xl">
        <h2 id="modifier" className="text-lg font-semibold">
          Modifier
        </h2>
        <div className="mt-3">
          <ActionForm
            action={updateOrganisationAction}
            hidden={{ caisseId, organisationId: organisation.id, version: organisation.version }}
            fields={organisationFields(territories, organisation)}
            submitLabel="Enregistrer"
            title="Modifier le partenaire"
            successMessage="Modifications enregistrées."
          />
        </div>
      </section>
      {organisation.kind === "CAISSE" ? null : (
        <section aria-labelledby="supprimer" className="mt-8 max-w-3xl">
          <h2 id="supprimer" className="text-lg font-semibold">
            Supprimer
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Seul un partenaire que rien n&apos;utilise (ni convention, ni fiche, ni réunion, ni utilisateur) peut être
            supprimé.
          </p>
          <div className="mt-2">
            <DeleteOrganisationButton
              input={{ caisseId, organisationId: organisation.id, version: organisation.version }}
              name={organisation.name}
              redirectTo={list}
            />
          </div>
        </section>
      )}
    </>
  );
}
