// Budget totals of an action plan: per fiche, axe, funder and year, planned and actual. Pure functions over
// plain lines (amounts in cents internally, so sums are exact).
export type BudgetLineData = {
  ficheId: string;
  axisId: string | null;
  year: number;
  funderId: string;
  nature: "OPERATING" | "INVESTMENT";
  planned: number;
  actual: number | null;
};
export type Totals = { planned: number; actual: number };

const cents = (euros: number) => Math.round(euros * 100);

export function sumBy(
  lines: BudgetLineData[],
  key: (line: BudgetLineData) => string | number | null,
): Map<string, Totals> {
  const sums = new Map<string, { planned: number; actual: number }>();
  for (const line of lines) {
    const k = String(key(line));
    const current = sums.get(k) ?? { planned: 0, actual: 0 };
    current.planned += cents(line.planned);
    current.actual += cents(line.actual ?? 0);
    sums.set(k, current);
  }
  return new Map([...sums].map(([k, v]) => [k, { planned: v.planned / 100, actual: v.actual / 100 }]));
}

export function budgetTotals(lines: BudgetLineData[]) {
  const all = sumBy(lines, () => "all").get("all") ?? { planned: 0, actual: 0 };
  return {
    all,
    byFiche: sumBy(lines, (l) => l.ficheId),
    byAxis: sumBy(lines, (l) => l.axisId),
    byFunder: sumBy(lines, (l) => l.funderId),
    byYear: sumBy(lines, (l) => l.year),
  };
}
