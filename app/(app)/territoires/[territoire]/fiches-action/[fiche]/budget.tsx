import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { removeBudgetLineAction, saveBudgetLineAction } from "@/lib/fiches-action/actions";
import type { FicheDetail } from "@/lib/fiches-action/queries";
import { formatEuros } from "@/lib/format";
import { budgetNatureLabels } from "@/lib/labels";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

export function Budget({
  fiche,
  editable,
  organisations,
}: {
  fiche: FicheDetail;
  editable: boolean;
  organisations: { id: string; name: string; shortName: string | null }[];
}) {
  return (
    <section aria-labelledby="budget" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="budget" className="text-lg font-semibold">
        Budget
      </h2>
      <Table caption="Lignes budgétaires de la fiche" className="mt-3">
        <THead>
          <Th>Année</Th>
          <Th>Financeur</Th>
          <Th>Nature</Th>
          <Th align="right">Prévu</Th>
          <Th align="right">Réalisé</Th>
          {editable ? (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </THead>
        <tbody>
          {fiche.budgetLines.map((line) => (
            <Tr key={line.id}>
              <Td>{line.year}</Td>
              <Td>{line.funderOrganisation.shortName ?? line.funderOrganisation.name}</Td>
              <Td>{budgetNatureLabels[line.nature]}</Td>
              <Td align="right">{formatEuros(line.planned)}</Td>
              <Td align="right">{line.actual !== null ? formatEuros(line.actual) : "—"}</Td>
              {editable ? (
                <Td>
                  <ActionButton
                    action={removeBudgetLineAction}
                    input={{ ficheId: fiche.id, childId: line.id }}
                    label="Supprimer"
                    ariaLabel={`Supprimer la ligne ${line.year} ${line.funderOrganisation.name}`}
                    confirm="Supprimer cette ligne ?"
                  />
                </Td>
              ) : null}
            </Tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <RowHeader colSpan={3} bold>
              Total
            </RowHeader>
            <Td align="right" className="font-semibold">
              {formatEuros(fiche.totals.all.planned)}
            </Td>
            <Td align="right" className="font-semibold">
              {formatEuros(fiche.totals.all.actual)}
            </Td>
            {editable ? <td /> : null}
          </tr>
          {[...fiche.totals.byYear].map(([year, t]) => (
            <tr key={year}>
              <RowHeader colSpan={3}>Total {year}</RowHeader>
              <Td align="right">{formatEuros(t.planned)}</Td>
              <Td align="right">{formatEuros(t.actual)}</Td>
              {editable ? <td /> : null}
            </tr>
          ))}
        </tfoot>
      </Table>
      {editable ? (
        <div className="mt-3">
          <ActionForm
            action={saveBudgetLineAction}
            title="Nouvelle ligne budgétaire"
            submitLabel="Ajouter la ligne"
            resetOnSuccess
            hidden={{ ficheId: fiche.id }}
            fields={[
              {
                name: "year",
                label: "Année",
                type: "number",
                defaultValue: new Date().getUTCFullYear(),
                required: true,
              },
              {
                name: "funderOrganisationId",
                label: "Financeur",
                type: "select",
                options: organisations.map((o) => ({ value: o.id, label: o.name })),
              },
              {
                name: "nature",
                label: "Nature",
                type: "select",
                defaultValue: "OPERATING",
                options: [
                  { value: "OPERATING", label: "Fonctionnement" },
                  { value: "INVESTMENT", label: "Investissement" },
                ],
              },
              { name: "planned", label: "Prévu (€)", required: true },
              { name: "actual", label: "Réalisé (€)" },
            ]}
          />
        </div>
      ) : null}
    </section>
  );
}
