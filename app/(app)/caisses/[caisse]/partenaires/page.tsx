import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import { requireCaisseForPage } from "@/lib/auth/session";
import { getCaisse } from "@/lib/caisses/queries";
import { getDb } from "@/lib/db/client";
import { organisationKindLabels } from "@/lib/labels";
import { createOrganisationAction } from "@/lib/organisations/actions";
import { listCaisseTerritories, listOrganisations } from "@/lib/organisations/queries";
import { organisationFields } from "./fields";

export const metadata: Metadata = { title: "Partenaires de la caisse" };

const link = "text-brand-700 underline";

export default async function PartnersPage({ params }: { params: Promise<{ caisse: string }> }) {
  const { caisse: caisseId } = await params;
  await requireCaisseForPage(caisseId, "organisation.manage");
  const db = getDb();
  const [caisse, organisations, territories] = await Promise.all([
    getCaisse(db, caisseId),
    listOrganisations(db, caisseId),
    listCaisseTerritories(db, caisseId),
  ]);
  if (!caisse) notFound();
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: `Vue d'ensemble — ${caisse.shortName}`, href: `/caisses/${caisseId}` },
          { label: "Partenaires" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Partenaires — {caisse.shortName}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        L&apos;annuaire des organisations de la caisse : signataires des conventions, pilotes des fiches-action,
        participants aux instances. Un partenaire utilisé ne peut pas être supprimé.
      </p>
      <Table caption="Partenaires de la caisse" className="mt-6">
        <THead>
          <Th>Nom</Th>
          <Th>Type</Th>
          <Th>Nom court</Th>
          <Th>SIREN</Th>
          <Th>Territoires</Th>
        </THead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id} className="border-b border-slate-200">
              <RowHeader>
                <Link href={`/caisses/${caisseId}/partenaires/${organisation.id}`} className={link}>
                  {organisation.name}
                </Link>
              </RowHeader>
              <Td>{organisationKindLabels[organisation.kind]}</Td>
              <Td>{organisation.shortName ?? "—"}</Td>
              <Td>{organisation.siren ?? "—"}</Td>
              <Td>
                {organisation.territories.length
                  ? organisation.territories.map((t, i) => (
                      <span key={t.id}>
                        {i > 0 ? ", " : ""}
                        <Link href={`/territoires/${t.slug}`} className={link}>
                          {t.name}
                        </Link>
                      </span>
                    ))
                  : "Toute la caisse"}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <section aria-labelledby="ajouter" className="mt-8 max-w-3xl rounded border border-slate-300 bg-white p-4">
        <h2 id="ajouter" className="text-lg font-semibold">
          Ajouter un partenaire
        </h2>
        <div className="mt-3">
          <ActionForm
            action={createOrganisationAction}
            hidden={{ caisseId }}
            fields={organisationFields(territories)}
            submitLabel="Ajouter"
            title="Ajouter un partenaire"
            successMessage="Partenaire ajouté."
            resetOnSuccess
          />
        </div>
      </section>
    </>
  );
}
