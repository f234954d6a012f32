// Plain anchors rather than next/link: the dashboard has a hundred drill-down links, and next/link would prefetch
// every list in view on each visit.
export const link = "text-brand-700 underline";

export type FichesLink = (params: Record<string, string | number | undefined>) => string;

/** Links to the plan's list of fiches, filtered (the dashboard's convention, plus the given filters). */
export function fichesLink(base: string, conventionId: string | undefined): FichesLink {
  return (params) => {
    const query = new URLSearchParams(
      Object.entries({ convention: conventionId, ...params })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return `${base}/fiches-action?${query.toString()}`;
  };
}
