"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, XAxis, YAxis } from "recharts";

export type ChartFormat = "number" | "euros" | "percent";
export type ChartSeries = { key: string; name: string; fill: "solid" | "hatched" | "dotted" };

const formatters: Record<ChartFormat, Intl.NumberFormat> = {
  number: new Intl.NumberFormat("fr-FR"),
  euros: new Intl.NumberFormat("fr-FR", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
    notation: "compact",
  }),
  percent: new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 }),
};

// Series are told apart by their fill pattern (plain, hatched, dotted) and their legend, not by colour alone;
// each bar carries its value as a label. The numbers are also given in a table beside every chart.
const FILLS: Record<ChartSeries["fill"], string> = {
  solid: "#1e3a8a",
  hatched: "url(#motif-hachures)",
  dotted: "url(#motif-points)",
};

/**
 * A bar chart (recharts) with a text alternative: `summary` is read by screen readers in place of the drawing.
 * Horizontal layout for long category labels (indicators), vertical bars otherwise.
 */
export function BarChartFigure({
  summary,
  data,
  series,
  format = "number",
  horizontal = false,
  reference,
  width = 640,
  height,
}: {
  summary: string;
  data: Record<string, string | number | null>[];
  series: ChartSeries[];
  format?: ChartFormat;
  horizontal?: boolean;
  reference?: { value: number; label: string };
  width?: number;
  height?: number;
}) {
  const f = formatters[format];
  const tick = (value: number) => (format === "euros" ? formatters.euros.format(value) : f.format(value));
  const h = height ?? (horizontal ? Math.max(120, data.length * 36 * series.length + 60) : 280);
  return (
    <figure className="mt-3 max-w-full overflow-x-auto">
      <div role="img" aria-label={summary}>
        <BarChart
          width={width}
          height={h}
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={{ top: 20, right: 48, bottom: 8, left: horizontal ? 8 : 16 }}
          accessibilityLayer={false}
        >
          <defs>
            <pattern
              id="motif-hachures"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#1e3a8a" strokeWidth="3" />
            </pattern>
            <pattern id="motif-points" width="5" height="5" patternUnits="userSpaceOnUse">
              <rect width="5" height="5" fill="#ffffff" />
              <circle cx="2.5" cy="2.5" r="1.4" fill="#0f172a" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          {horizontal ? (
            <>
              <XAxis type="number" tickFormatter={tick} stroke="#334155" />
              <YAxis type="category" dataKey="label" width={200} stroke="#334155" tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" stroke="#334155" tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={tick} stroke="#334155" width={72} />
            </>
          )}
          {reference ? (
            horizontal ? (
              <ReferenceLine
                x={reference.value}
                stroke="#0f172a"
                strokeDasharray="6 3"
                label={{ value: reference.label, position: "top", fill: "#0f172a", fontSize: 12 }}
              />
            ) : (
              <ReferenceLine
                y={reference.value}
                stroke="#0f172a"
                strokeDasharray="6 3"
                label={{ value: reference.label, position: "right", fill: "#0f172a", fontSize: 12 }}
              />
            )
          ) : null}
          {series.length > 1 ? (
            <Legend
              wrapperStyle={{ color: "#0f172a" }}
              // In the bars' order (recharts sorts by name otherwise).
              itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
            />
          ) : null}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={FILLS[s.fill]}
              stroke="#1e3a8a"
              isAnimationActive={false}
            >
              <LabelList
                dataKey={s.key}
                position={horizontal ? "right" : "top"}
                formatter={(v: unknown) => (typeof v === "number" ? f.format(v) : "")}
                fill="#0f172a"
                fontSize={11}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
    </figure>
  );
}
