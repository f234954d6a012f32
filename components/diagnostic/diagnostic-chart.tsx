import { BarChartFigure } from "@/components/charts/bar-chart";
import type { DiagnosticChart } from "@/lib/diagnostic/page-data";

/** One headline series: bars per year, one series per area told apart by fill pattern and legend, a text summary. */
export function DiagnosticChartFigure({ chart }: { chart: DiagnosticChart }) {
  return (
    <div className="mt-4 max-w-full">
      <p className="font-medium">
        {chart.title} <span className="font-normal text-slate-700">({chart.unitLabel})</span>
      </p>
      <BarChartFigure summary={chart.summary} data={chart.data} series={chart.series} />
      {chart.note ? <p className="text-sm text-slate-700">{chart.note}</p> : null}
    </div>
  );
}
