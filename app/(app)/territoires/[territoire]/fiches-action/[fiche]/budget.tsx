import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { removeBudgetLineAction, saveBudgetLineAction } from "@/lib/fiches-action/actions";
import type { FicheDetail } from "@/lib/fiches-action/queries";
import { formatEuros } from "@/lib/format";
import { budgetNatureLabels } from "@/lib/labels";

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
      <table className="mt-3 w-full border-collapse text-sm">
        <caption className="sr-only">Lignes budgétaires de la fiche</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Année
            </th>
            <th scope="col" className="p-2">
              Financeur
            </th>
            <th scope="col" className="p-2">
              Nature
            </th>
            <th scope="col" className="p-2 text-right">
              Prévu
            </th>
            <th scope="col" className="p-2 text-right">
              Réalisé
            </th>
            {editable ? (
              <th scope="col" className="p-2">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {fiche.budgetLines.map((line) => (
            <tr key={line.id} className="border-b border-slate-200">
              <td className="p-2">{line.year}</td>
              <td className="p-2">{line.funderOrganisation.shortName ?? line.funderOrganisation.name}</td>
              <td className="p-2">{budgetNatureLabels[line.nature]}</td>
              <td className="p-2 text-right">{formatEuros(line.planned)}</td>
              <td className="p-2 text-right">{line.actual !== null ? formatEuros(line.actual) : "—"}</td>
              {editable ? (
                <td className="p-2">
                  <ActionButton
                    action={removeBudgetLineAction}
                    input={{ ficheId: fiche.id, childId: line.id }}
                    label="Supprimer"
                    ariaLabel={`Supprimer la ligne ${line.year} ${line.funderOrganisation.name}`}
                    confirm="Supprimer cette ligne ?"
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3} className="p-2 text-left">
              Total
            </th>
            <td className="p-2 text-right font-semibold">{formatEuros(fiche.totals.all.planned)}</td>
            <td className="p-2 text-right font-semibold">{formatEuros(fiche.totals.all.actual)}</td>
            {editable ? <td /> : null}
          </tr>
          {[...fiche.totals.byYear].map(([year, t]) => (
            <tr key={year}>
              <th scope="row" colSpan={3} className="p-2 text-left font-normal">
                Total {year}
              </th>
              <td className="p-2 text-right">{formatEuros(t.planned)}</td>
              <td className="p-2 text-right">{formatEuros(t.actual)}</td>
              {editable ? <td /> : null}
            </tr>
          ))}
        </tfoot>
      </table>
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
