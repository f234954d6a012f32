import { formatNumber } from "@/lib/format";

type Point = { year: number; value: number | null };

/**
 * Yearly values as bars against the target (dashed line) and the baseline (dotted line). The figure has a text
 * alternative, and the values are also given as a table: the chart is never the only way to read them.
 */
export function IndicatorChart({
  name,
  unit,
  values,
  target,
  baseline,
}: {
  name: string;
  unit: string | null;
  values: Point[];
  target: { value: number; year: number | null } | null;
  baseline: { value: number; year: number | null } | null;
}) {
  const numeric = values.filter((v): v is { year: number; value: number } => v.value !== null);
  if (numeric.length === 0 && !target) return null;
  const max = Math.max(1, ...numeric.map((v) => v.value), target?.value ?? 0, baseline?.value ?? 0) * 1.15;
  const width = 320;
  const height = 140;
  const left = 36;
  const bottom = 20;
  const slot = (width - left) / Math.max(1, numeric.length);
  const y = (value: number) => height - bottom - (value / max) * (height - bottom - 8);
  const suffix = unit ? ` ${unit}` : "";
  const label = `${name} : ${numeric.map((v) => `${v.year} : ${formatNumber(v.value)}${suffix}`).join(", ") || "aucune valeur"}${target ? ` ; cible ${formatNumber(target.value)}${suffix}${target.year ? ` en ${target.year}` : ""}` : ""}.`;
  return (
    <figure className="mt-2">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-36 w-full max-w-md">
        <line x1={left} y1={height - bottom} x2={width} y2={height - bottom} stroke="#475569" />
        {numeric.map((v, i) => (
          <g key={v.year}>
            <rect
              x={left + i * slot + slot * 0.2}
              y={y(v.value)}
              width={slot * 0.6}
              height={height - bottom - y(v.value)}
              fill="#1d4ed8"
            />
            <text x={left + i * slot + slot / 2} y={height - 6} textAnchor="middle" fontSize="10" fill="#0f172a">
              {v.year}
            </text>
            <text x={left + i * slot + slot / 2} y={y(v.value) - 3} textAnchor="middle" fontSize="10" fill="#0f172a">
              {formatNumber(v.value)}
            </text>
          </g>
        ))}
        {target ? (
          <g>
            <line
              x1={left}
              y1={y(target.value)}
              x2={width}
              y2={y(target.value)}
              stroke="#b91c1c"
              strokeDasharray="6 3"
              strokeWidth="2"
            />
            <text x={2} y={y(target.value) + 3} fontSize="10" fill="#b91c1c">
              cible
            </text>
          </g>
        ) : null}
        {baseline ? (
          <line
            x1={left}
            y1={y(baseline.value)}
            x2={width}
            y2={y(baseline.value)}
            stroke="#475569"
            strokeDasharray="2 3"
          />
        ) : null}
      </svg>
      <figcaption className="text-xs text-slate-700">
        Barres : valeurs annuelles ; tirets : cible ; pointillés : valeur de référence.
      </figcaption>
    </figure>
  );
}
