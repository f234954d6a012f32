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
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

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
      <Table caption="Financement des équipements par année, en euros" className="mt-4">
        <THead>
          <Th>Structure</Th>
          <Th>Type</Th>
          <Th>Commune</Th>
          <Th>Gestionnaire</Th>
          <Th align="right">Places</Th>
          {years.map((year) => (
            <Th key={year} align="right">
              {year}
            </Th>
          ))}
        </THead>
        <tbody>
          {rows.map(({ facility, byYear }) => (
            <Tr key={facility.id}>
              <RowHeader>{facility.name}</RowHeader>
              <Td>{facilityTypeLabels[facility.type]}</Td>
              <Td>{facility.commune?.name ?? "—"}</Td>
              <Td>{facility.managerName ?? "—"}</Td>
              <Td align="right">{facility.capacity != null ? formatNumber(facility.capacity) : "—"}</Td>
              {years.map((year) => (
                <Td
                  key={year}
                  title={`calculé ${formatEuros(byYear[year].computed)} + saisi ${formatEuros(byYear[year].manual)}`}
                  align="right"
                >
                  {byYear[year].total ? formatEuros(byYear[year].total) : "—"}
                </Td>
              ))}
            </Tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <RowHeader colSpan={5} bold>
              Total
            </RowHeader>
            {years.map((year) => (
              <Td key={year} align="right" className="font-semibold">
                {formatEuros(totals[year])}
              </Td>
            ))}
          </tr>
        </tfoot>
      </Table>

      <section aria-labelledby="baremes" className="mt-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="baremes" className="text-lg font-semibold">
          Barèmes par place
        </h2>
        <Table className="mt-3" tableClassName="max-w-2xl">
          <THead>
            <Th>Type</Th>
            <Th>Portée</Th>
            <Th>À partir du</Th>
            <Th align="right">Montant par place</Th>
          </THead>
          <tbody>
            {rates.map((rate) => (
              <Tr key={rate.id}>
                <Td>{facilityTypeLabels[rate.facilityType]}</Td>
                <Td>{rate.territoryId ? "Ce territoire" : "Toute la caisse"}</Td>
                <Td>{formatDate(rate.validFrom)}</Td>
                <Td align="right">{formatEuros(rate.ratePerPlace)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
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
