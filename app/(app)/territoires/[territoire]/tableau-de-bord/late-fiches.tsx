import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { formatMonth } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/queries";
import { link, type FichesLink } from "./links";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";

export function LateFiches({ d, base, fiches }: { d: TerritoryDashboard; base: string; fiches: FichesLink }) {
  return (
    <section aria-labelledby="retards" className="mt-8">
      <h2 id="retards" className="text-xl font-semibold">
        Fiches-action en retard ({d.fiches.late.length})
      </h2>
      {d.fiches.late.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune fiche en retard.</p>
      ) : (
        <>
          <Table caption="Fiches-action dont la fin prévue est passée" className="mt-3">
            <THead>
              <Th>Fiche-action</Th>
              <Th>Fin prévue</Th>
              <Th>Statut</Th>
              <Th>Pilote</Th>
            </THead>
            <tbody>
              {d.fiches.late.slice(0, 10).map((f) => {
                const full = d.ficheList.find((x) => x.id === f.id);
                return (
                  <Tr key={f.id}>
                    <Td>
                      <a href={`${base}/fiches-action/${f.id}`} className={link}>
                        {f.number} — {f.title}
                      </a>
                    </Td>
                    <Td>{formatMonth(f.endMonth)}</Td>
                    <Td>
                      <FicheStatusBadge status={f.status} />
                    </Td>
                    <Td>{full?.pilotOrganisation?.shortName ?? full?.pilotOrganisation?.name ?? "—"}</Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
          <p className="mt-2 text-sm">
            <a href={fiches({ retard: "1" })} className={link}>
              {d.fiches.late.length === 1
                ? "Voir la fiche en retard"
                : `Voir les ${d.fiches.late.length} fiches en retard`}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
