import { RichTextView } from "@/components/conventions/rich-text-view";
import type { DiagnosticThemeView } from "@/lib/diagnostic/page-data";
import { Contributions } from "./contributions";
import { DiagnosticChartFigure } from "./diagnostic-chart";
import { FindingEditor } from "./finding-editor";
import { SeriesTable } from "./series-table";

/** One theme of the diagnostic: its figures (charts and tables with their provenance), findings, contributions. */
export function ThemeSection({
  territoryId,
  view,
  canEdit,
  canContribute,
}: {
  territoryId: string;
  view: DiagnosticThemeView;
  canEdit: boolean;
  canContribute: boolean;
}) {
  const id = `theme-${view.theme.toLowerCase().replace(/_/g, "-")}`;
  return (
    <section aria-labelledby={id} className="mt-10 border-t border-slate-300 pt-6">
      <h2 id={id} className="text-xl font-semibold">
        {view.title}
      </h2>
      <p className="mt-1 text-slate-700">{view.intro}</p>

      <h3 className="mt-4 text-lg font-semibold">Données</h3>
      {view.tables.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune donnée importée pour ce thème.</p>
      ) : (
        <>
          {view.charts.map((chart) => (
            <DiagnosticChartFigure key={chart.key} chart={chart} />
          ))}
          {view.tables.map((table) => (
            <SeriesTable key={table.key} table={table} />
          ))}
        </>
      )}

      <h3 className="mt-6 text-lg font-semibold">Constats</h3>
      {view.finding.updatedAt ? (
        <p className="text-sm text-slate-700">
          Mis à jour le {view.finding.updatedAt}
          {view.finding.updatedBy ? ` par ${view.finding.updatedBy}` : ""}.
        </p>
      ) : null}
      {canEdit ? (
        <FindingEditor
          territoryId={territoryId}
          theme={view.theme}
          themeTitle={view.title}
          version={view.finding.version}
          initial={view.finding.body}
        />
      ) : view.finding.body ? (
        <RichTextView html={view.finding.body} />
      ) : (
        <p className="mt-2 text-slate-700">La caisse n&apos;a pas encore rédigé ses constats sur ce thème.</p>
      )}

      <h3 className="mt-6 text-lg font-semibold">Contributions des partenaires</h3>
      <Contributions
        territoryId={territoryId}
        theme={view.theme}
        themeTitle={view.title}
        contributions={view.contributions}
        canContribute={canContribute}
      />
    </section>
  );
}
