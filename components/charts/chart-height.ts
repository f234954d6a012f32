/** Height of a bar chart in pixels: fixed for vertical bars, by number of bars for horizontal ones. */
export const chartHeight = (rows: number, series: number, horizontal: boolean) => (horizontal ? Math.max(120, rows * 36 * series + 60) : 280);
