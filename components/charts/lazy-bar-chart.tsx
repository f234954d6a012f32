"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { BarChartFigure } from "./bar-chart";
import { chartHeight } from "./chart-height";

// The charts are drawn in the browser only: rendering recharts on the server doubled the dashboard's cost per
// request (measured with `npm run bench:dashboard`), and every number of a chart is also in the table beside it,
// rendered on the server. The space is reserved so that the page does not jump when a chart appears.
const Figure = dynamic(() => import("./bar-chart").then((m) => m.BarChartFigure), { ssr: false });

type Props = ComponentProps<typeof BarChartFigure>;

export function LazyBarChartFigure(props: Props) {
  const height = props.height ?? chartHeight(props.data.length, props.series.length, !!props.horizontal);
  return (
    <div style={{ minHeight: height + 12 }}>
      <Figure {...props} />
    </div>
  );
}
