import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { mayEditFiche } from "@/lib/fiches-action/access";
import { updateFicheAction } from "@/lib/fiches-action/actions";
import { getFiche, listConventionAxes, listOrganisationsOfCaisse } from "@/lib/fiches-action/queries";
import { PRIORITIES, THEMES } from "@/lib/fiches-action/schemas";
import { priorityLabels, themeLabels } from "@/lib/labels";
import { listCommunes } from "@/lib/territories/queries";

export const metadata: Metadata = { title: "Modifier une fiche-action" };

const month = (date: Date | null) => (date ? date.toISOString().slice(0, 7) : "");

export default async function EditFichePage({ params }: { params: Promise<{ territoire: string; fiche: string }> }) {
  const { territoire, fiche: ficheId } = await params;
  const { actor, scope } = await requireTerritoryForPage(territoire, "fiche.editPiloted");
  const db = getDb();
  const fiche = await orNotFound(getFiche(db, scope, ficheId));
  if (!mayEditFiche(actor, scope, fiche)) notFound();
  const [organisations, axes, communes] = await Promise.all([
    listOrganisationsOfCaisse(db, scope),
    listConventionAxes(db, scope, fiche.conventionId),
    listCommunes(db, scope),
  ]);
  const base = `/territoires/${scope.territory.slug}/fiches-action`;
  const orgOptions = [{ value: "", label: "—" }, ...organisations.map((o) => ({ value: o.id, label: o.name }))];
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Fiches-action", href: base },
          { label: `Fiche ${fiche.number}`, href: `${base}/${fiche.id}` },
          { label: "Modifier" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Modifier la fiche {fiche.number}</h1>
      <div className="mt-6 rounded border border-slate-300 bg-white p-4">
        <ActionForm
          action={updateFicheAction}
          title="Fiche-action"
          submitLabel="Enregistrer la fiche"
          successMessage="Fiche enregistrée."
          hidden={{ ficheId: fiche.id, version: fiche.version }}
          fields={[
            { name: "number", label: "Numéro", defaultValue: fiche.number, required: true, maxLength: 20 },
            { name: "title", label: "Titre", defaultValue: fiche.title, required: true, maxLength: 300 },
            {
              name: "themes",
              label: "Thématiques",
              type: "checkboxes",
              defaultValue: fiche.themes,
              options: THEMES.map((t) => ({ value: t, label: themeLabels[t] })),
            },
            {
              name: "axisId",
              label: "Axe",
              type: "select",
              defaultValue: fiche.axisId ?? "",
              options: [
                { value: "", label: "—" },
                ...axes.map((a) => ({ value: a.id, label: `${a.position}. ${a.title}` })),
              ],
            },
            {
              name: "pilotOrganisationId",
              label: "Pilote",
              type: "select",
              defaultValue: fiche.pilotOrganisationId ?? "",
              options: orgOptions,
            },
            {
              name: "copilotOrganisationId",
              label: "Co-pilote",
              type: "select",
              defaultValue: fiche.copilotOrganisationId ?? "",
              options: orgOptions,
            },
            {
              name: "partnerIds",
              label: "Partenaires",
              type: "checkboxes",
              defaultValue: fiche.partners.map((p) => p.organisationId),
              options: organisations.map((o) => ({ value: o.id, label: o.shortName ?? o.name })),
            },
            {
              name: "communeIds",
              label: "Communes concernées",
              type: "checkboxes",
              defaultValue: fiche.communes.map((c) => c.communeId),
              options: communes.map((c) => ({ value: c.id, label: c.name })),
            },
            {
              name: "priority",
              label: "Priorité",
              type: "select",
              defaultValue: fiche.priority,
              options: PRIORITIES.map((p) => ({ value: p, label: priorityLabels[p] })),
            },
            { name: "fte", label: "Moyens humains (ETP)", defaultValue: fiche.fte?.toString() ?? "" },
            { name: "startMonth", label: "Début (mois)", type: "month", defaultValue: month(fiche.startMonth) },
            { name: "endMonth", label: "Fin (mois)", type: "month", defaultValue: month(fiche.endMonth) },
            { name: "findings", label: "Constats du diagnostic", type: "textarea", defaultValue: fiche.findings },
            {
              name: "generalObjective",
              label: "Objectif général",
              type: "textarea",
              defaultValue: fiche.generalObjective,
            },
            {
              name: "operationalObjectives",
              label: "Objectifs opérationnels",
              type: "textarea",
              defaultValue: fiche.operationalObjectives,
            },
            { name: "targetPublic", label: "Public visé", type: "textarea", defaultValue: fiche.targetPublic },
            {
              name: "description",
              label: "Description de l'action",
              type: "textarea",
              defaultValue: fiche.description,
            },
          ]}
        />
      </div>
    </>
  );
}
