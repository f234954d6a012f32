// Counting children per parent. Prisma's relation `_count` compiles to a LEFT JOIN on a GROUP BY of the whole child
// table (no WHERE): at national scale it cost 13 to 30 ms per page (measured with `npm run bench:dashboard`). A
// groupBy bounded by the parents' ids stays flat; this turns its rows into a lookup.
export function countsBy<K extends string>(
  rows: ({ _count: { _all: number } } & { [P in K]: string })[],
  key: K,
): (id: string) => number {
  const counts = new Map<string, number>(rows.map((row) => [row[key] as string, row._count._all]));
  return (id) => counts.get(id) ?? 0;
}
