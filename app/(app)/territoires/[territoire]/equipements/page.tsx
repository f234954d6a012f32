import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { addFacilityFundingAction, saveFacilityAction, saveFundingRateAction } from "@/lib/facilities/actions";
import { getFacilitiesFunding, listFundingYears } from "@/lib/facilities/queries";
import { FACILITY_TYPES } from "@/lib/facilities/schemas";
import { formatDate, formatEuros, formatNumber } from "@/lib/format";
import { facilityTypeLabels } from "@/lib/labels";
import { listCommunes } from "@/lib/territories/queries";

export const metadata: Metadata = { title: "Équipements et financements" };

export default async function FacilitiesPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const thisYear = new Date().getUTCFullYear();
  const years = await listFundingYears(db, scope, thisYear);
  const [{ rows, totals, rates }, communes] = await Promise.all([
    getFacilitiesFunding(db, scope, years),
    listCommunes(db, scope),
  ]);
  const canEdit = scope.can("fiche.edit");
  const typeOptions = FACILITY_TYPES.map((t) => ({ value: t, label: facilityTypeLabels[t] }));

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: "Équipements" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Équipements et services financés</h1>
      <p className="mt-1 text-slate-700">
        Annexe 5 de la convention : financement par année, part calculée (montant par place selon les barèmes en
        vigueur) et montants saisis.
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Financement des équipements par année, en euros</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Structure
              </th>
              <th scope="col" className="p-2">
                Type
              </th>
              <th scope="col" className="p-2">
                Commune
              </th>
              <th scope="col" className="p-2">
                Gestionnaire
              </th>
              <th scope="col" className="p-2 text-right">
                Places
              </th>
              {years.map((year) => (
                <th key={year} scope="col" className="p-2 text-right">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ facility, byYear }) => (
              <tr key={facility.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">
                  {facility.name}
                </th>
                <td className="p-2">{facilityTypeLabels[facility.type]}</td>
                <td className="p-2">{facility.commune?.name ?? "—"}</td>
                <td className="p-2">{facility.managerName ?? "—"}</td>
                <td className="p-2 text-right">{facility.capacity != null ? formatNumber(facility.capacity) : "—"}</td>
                {years.map((year) => (
                  <td
                    key={year}
                    className="p-2 text-right"
                    title={`calculé ${formatEuros(byYear[year].computed)} + saisi ${formatEuros(byYear[year].manual)}`}
                  >
                    {byYear[year].total ? formatEuros(byYear[year].total) : "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5} className="p-2 text-left">
                Total
              </th>
              {years.map((year) => (
                <td key={year} className="p-2 text-right font-semibold">
                  {formatEuros(totals[year])}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <section aria-labelledby="baremes" className="mt-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="baremes" className="text-lg font-semibold">
          Barèmes par place
        </h2>
        <table className="mt-3 w-full max-w-2xl border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Type
              </th>
              <th scope="col" className="p-2">
                Portée
              </th>
              <th scope="col" className="p-2">
                À partir du
              </th>
              <th scope="col" className="p-2 text-right">
                Montant par place
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.id} className="border-b border-slate-200">
                <td className="p-2">{facilityTypeLabels[rate.facilityType]}</td>
                <td className="p-2">{rate.territoryId ? "Ce territoire" : "Toute la caisse"}</td>
                <td className="p-2">{formatDate(rate.validFrom)}</td>
                <td className="p-2 text-right">{formatEuros(rate.ratePerPlace)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {canEdit ? (
          <div className="mt-4">
            <ActionForm
              action={saveFundingRateAction}
              title="Nouveau barème"
              submitLabel="Ajouter le barème"
              resetOnSuccess
              hidden={{ territoryId: scope.territory.id }}
              fields={[
                { name: "facilityType", label: "Type de structure", type: "select", options: typeOptions },
                {
                  name: "scope",
                  label: "Portée",
                  type: "select",
                  defaultValue: "territory",
                  options: [
                    { value: "territory", label: "Ce territoire" },
                    ...(scope.can("territory.edit") ? [{ value: "caisse", label: "Toute la caisse" }] : []),
                  ],
                },
                { name: "ratePerPlace", label: "Montant par place (€)", required: true },
                { name: "validFrom", label: "À partir du", type: "date", required: true },
              ]}
            />
          </div>
        ) : null}
      </section>

      {canEdit ? (
        <section
          aria-labelledby="ajout-structure"
          className="mt-8 grid gap-6 rounded border border-slate-300 bg-white p-4"
        >
          <h2 id="ajout-structure" className="text-lg font-semibold">
            Ajouter une structure ou un montant
          </h2>
          <ActionForm
            action={saveFacilityAction}
            title="Nouvelle structure"
            submitLabel="Ajouter la structure"
            resetOnSuccess
            hidden={{ territoryId: scope.territory.id }}
            fields={[
              { name: "name", label: "Nom", required: true, maxLength: 200 },
              { name: "type", label: "Type", type: "select", options: typeOptions },
              {
                name: "communeId",
                label: "Commune",
                type: "select",
                options: [{ value: "", label: "—" }, ...communes.map((c) => ({ value: c.id, label: c.name }))],
              },
              { name: "managerName", label: "Gestionnaire", maxLength: 200 },
              { name: "capacity", label: "Places", type: "number" },
              { name: "openedOn", label: "Ouverture", type: "date" },
              { name: "closedOn", label: "Fermeture", type: "date" },
            ]}
          />
          {rows.length ? (
            <ActionForm
              action={addFacilityFundingAction}
              title="Montant saisi"
              submitLabel="Ajouter le montant"
              resetOnSuccess
              hidden={{}}
              fields={[
                {
                  name: "facilityId",
                  label: "Structure",
                  type: "select",
                  options: rows.map((r) => ({ value: r.facility.id, label: r.facility.name })),
                },
                { name: "year", label: "Année", type: "number", defaultValue: thisYear, required: true },
                {
                  name: "kind",
                  label: "Nature",
                  type: "select",
                  defaultValue: "BONUS_TERRITOIRE",
                  options: [
                    { value: "BONUS_TERRITOIRE", label: "Bonus territoire CTG" },
                    { value: "OTHER", label: "Autre financement" },
                  ],
                },
                { name: "label", label: "Libellé", maxLength: 200 },
                { name: "amount", label: "Montant (€)", required: true },
              ]}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
