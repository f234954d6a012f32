import { ActionForm } from "@/components/action-form";
import { IndicatorChart } from "@/components/indicator-chart";
import { Badge } from "@/components/ui/badge";
import { SERIES, seriesByKey, THEMES } from "@/lib/diagnostic/catalogue";
import { linkIndicatorSeriesAction, saveIndicatorAction, saveIndicatorValueAction } from "@/lib/fiches-action/actions";
import type { FicheDetail } from "@/lib/fiches-action/queries";
import { formatNumber } from "@/lib/format";
import { frequencyLabels } from "@/lib/labels";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

const SERIES_FIELD_LABEL = "Valeurs issues du diagnostic";
const SERIES_HINT =
  "Indicateurs quantitatifs : la valeur de référence et les valeurs annuelles sont reprises de la série (EPCI du territoire) et mises à jour à chaque import des données ouvertes.";
/** The series of the catalogue, by theme ("Petite enfance — Taux de couverture global"), after "none". */
const seriesOptions = [
  { value: "", label: "Aucune (valeurs saisies)" },
  ...SERIES.map((s) => ({
    value: s.key,
    label: `${THEMES.find((t) => t.theme === s.theme)?.title ?? ""} — ${s.label}`,
  })),
];

export function Indicators({ fiche, editable }: { fiche: FicheDetail; editable: boolean }) {
  return (
    <section aria-labelledby="indicateurs" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="indicateurs" className="text-lg font-semibold">
        Indicateurs
      </h2>
      {fiche.indicators.length === 0 ? <p className="mt-2 text-sm text-slate-700">Aucun indicateur.</p> : null}
      {fiche.indicators.map((indicator) => (
        <div key={indicator.id} className="mt-4 border-t border-slate-200 pt-3">
          <h3 className="font-medium">
            {indicator.name}
            {indicator.unit ? ` (${indicator.unit})` : ""}
          </h3>
          <p className="text-sm text-slate-700">
            {indicator.kind === "QUALITATIVE" ? "Qualitatif" : "Quantitatif"} · {frequencyLabels[indicator.frequency]}
            {indicator.baselineValue != null
              ? ` · référence ${formatNumber(Number(indicator.baselineValue))}${indicator.baselineYear ? ` (${indicator.baselineYear})` : ""}`
              : ""}
            {indicator.targetValue != null
              ? ` · cible ${formatNumber(Number(indicator.targetValue))}${indicator.targetYear ? ` (${indicator.targetYear})` : ""}`
              : ""}
            {indicator.source ? ` · source : ${indicator.source}` : ""}
          </p>
          {indicator.diagnosticSeries ? (
            <p className="text-sm text-slate-700" data-diagnostic-series={indicator.diagnosticSeries}>
              Valeur de référence et valeurs annuelles issues du diagnostic ({indicator.diagnosticSeries}, Cnaf) :{" "}
              {seriesByKey.get(indicator.diagnosticSeries)?.label ?? indicator.diagnosticSeries}.
            </p>
          ) : null}
          {indicator.kind === "QUANTITATIVE" ? (
            <IndicatorChart
              name={indicator.name}
              unit={indicator.unit}
              values={indicator.values.map((v) => ({
                year: v.year,
                value: v.value === null ? null : Number(v.value),
              }))}
              target={
                indicator.targetValue != null
                  ? { value: Number(indicator.targetValue), year: indicator.targetYear }
                  : null
              }
              baseline={
                indicator.baselineValue != null
                  ? { value: Number(indicator.baselineValue), year: indicator.baselineYear }
                  : null
              }
            />
          ) : null}
          <Table caption={`Valeurs de l'indicateur ${indicator.name}`} dense className="mt-2" tableClassName="max-w-xl">
            <THead>
              <Th>Année</Th>
              <Th>Valeur</Th>
              <Th>Commentaire</Th>
            </THead>
            <tbody>
              {indicator.values.map((v) => (
                <Tr key={v.id}>
                  <RowHeader>{v.year}</RowHeader>
                  <Td>
                    {v.value !== null ? formatNumber(Number(v.value)) : v.textValue}
                    {v.fromDiagnostic ? (
                      <>
                        {" "}
                        <Badge tone="info">données ouvertes</Badge>
                      </>
                    ) : null}
                  </Td>
                  <Td>{v.comment ?? ""}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          {editable ? (
            <div className="mt-3">
              <ActionForm
                action={saveIndicatorValueAction}
                title={`Valeur de l'indicateur ${indicator.name}`}
                submitLabel="Enregistrer la valeur"
                resetOnSuccess
                hidden={{ indicatorId: indicator.id }}
                fields={[
                  {
                    name: "year",
                    label: "Année",
                    type: "number",
                    defaultValue: new Date().getUTCFullYear(),
                    required: true,
                  },
                  indicator.kind === "QUANTITATIVE"
                    ? { name: "value", label: "Valeur", required: true }
                    : { name: "textValue", label: "Appréciation", required: true },
                  { name: "comment", label: "Commentaire", maxLength: 2000 },
                ]}
              />
              {indicator.kind === "QUANTITATIVE" ? (
                <ActionForm
                  action={linkIndicatorSeriesAction}
                  title={`Données du diagnostic de l'indicateur ${indicator.name}`}
                  submitLabel={indicator.diagnosticSeries ? "Modifier le lien" : "Lier à la série"}
                  hidden={{ indicatorId: indicator.id }}
                  fields={[
                    {
                      name: "diagnosticSeries",
                      label: SERIES_FIELD_LABEL,
                      type: "select",
                      defaultValue: indicator.diagnosticSeries ?? "",
                      options: seriesOptions,
                      hint: indicator.diagnosticSeries
                        ? "Choisir « Aucune » détache l'indicateur : ses valeurs restent, sans mise à jour."
                        : SERIES_HINT,
                    },
                  ]}
                />
              ) : null}
            </div>
          ) : null}
        </div>
      ))}
      {editable ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-brand-700 underline">Ajouter un indicateur</summary>
          <div className="mt-3">
            <ActionForm
              action={saveIndicatorAction}
              title="Nouvel indicateur"
              submitLabel="Ajouter l'indicateur"
              resetOnSuccess
              hidden={{ ficheId: fiche.id }}
              fields={[
                { name: "name", label: "Nom", required: true, maxLength: 300 },
                { name: "unit", label: "Unité", maxLength: 40 },
                {
                  name: "kind",
                  label: "Type",
                  type: "select",
                  defaultValue: "QUANTITATIVE",
                  options: [
                    { value: "QUANTITATIVE", label: "Quantitatif" },
                    { value: "QUALITATIVE", label: "Qualitatif" },
                  ],
                },
                {
                  name: "frequency",
                  label: "Fréquence",
                  type: "select",
                  defaultValue: "YEARLY",
                  options: Object.entries(frequencyLabels).map(([value, label]) => ({ value, label })),
                },
                { name: "baselineValue", label: "Valeur de référence" },
                { name: "baselineYear", label: "Année de référence", type: "number" },
                { name: "targetValue", label: "Cible" },
                { name: "targetYear", label: "Année cible", type: "number" },
                { name: "source", label: "Source des données", maxLength: 300 },
                {
                  name: "diagnosticSeries",
                  label: SERIES_FIELD_LABEL,
                  type: "select",
                  defaultValue: "",
                  options: seriesOptions,
                  hint: SERIES_HINT,
                },
              ]}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
