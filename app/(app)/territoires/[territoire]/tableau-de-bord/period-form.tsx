import { Button } from "@/components/ui/button";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link } from "./links";

export function PeriodForm({ d, base, year }: { d: TerritoryDashboard; base: string; year: number | undefined }) {
  const c = d.convention;
  const thisYear = d.today.getUTCFullYear();
  const yearChoices = c
    ? Array.from(
        { length: c.endDate.getUTCFullYear() - c.startDate.getUTCFullYear() + 1 },
        (_, i) => c.startDate.getUTCFullYear() + i,
      ).filter((y) => y <= thisYear)
    : [];
  const bilanYear = year ?? Math.min(thisYear, c?.endDate.getUTCFullYear() ?? thisYear);
  return (
    <>
      <form method="get" aria-label="Période" className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          Année
          <select
            name="annee"
            defaultValue={year ?? ""}
            className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
          >
            <option value="">Toute la convention</option>
            {yearChoices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          Afficher
        </Button>
        <a href={`${base}/tableau-de-bord/bilan?annee=${bilanYear}`} className={`${link} text-sm`}>
          Bilan annuel {bilanYear} (PDF)
        </a>
      </form>

      {year ? (
        <p className="mt-2 text-sm text-slate-700">
          Budget, indicateurs, réunions et décisions de {year} ; les statuts des fiches et les retards sont ceux
          d&apos;aujourd&apos;hui.
        </p>
      ) : null}
    </>
  );
}
