import type { PdfAnnex } from "@/lib/pdf/convention-document";

/** Annexes 4 (fiches-action) and 5 (facilities), generated from the action plan: the same rows as in the PDF. */
export function GeneratedAnnex({ annex }: { annex: PdfAnnex }) {
  const content = annex.content;
  if (content.kind === "fiches") {
    if (!content.rows.length)
      return <p className="text-sm text-slate-700">Aucune fiche-action n&apos;est encore enregistrée.</p>;
    return (
      <table className="mt-2 w-full border-collapse text-sm">
        <caption className="sr-only">Annexe {annex.code} : fiches-action</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-1">
              N°
            </th>
            <th scope="col" className="p-1">
              Fiche-action
            </th>
            <th scope="col" className="p-1">
              Axe
            </th>
            <th scope="col" className="p-1">
              Pilote
            </th>
            <th scope="col" className="p-1">
              Statut
            </th>
            <th scope="col" className="p-1">
              Période
            </th>
          </tr>
        </thead>
        <tbody>
          {content.rows.map((r) => (
            <tr key={r.number} className="border-b border-slate-200">
              <td className="p-1">{r.number}</td>
              <td className="p-1">{r.title}</td>
              <td className="p-1">{r.axis}</td>
              <td className="p-1">{r.pilot}</td>
              <td className="p-1">{r.status}</td>
              <td className="p-1">{r.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (content.kind === "facilities") {
    if (!content.rows.length)
      return <p className="text-sm text-slate-700">Aucun équipement n&apos;est encore enregistré.</p>;
    return (
      <>
        <table className="mt-2 w-full border-collapse text-sm">
          <caption className="sr-only">Annexe {annex.code} : équipements et services soutenus</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-1">
                Structure
              </th>
              <th scope="col" className="p-1">
                Type
              </th>
              <th scope="col" className="p-1">
                Commune
              </th>
              <th scope="col" className="p-1">
                Gestionnaire
              </th>
              <th scope="col" className="p-1 text-right">
                Places
              </th>
              <th scope="col" className="p-1 text-right">
                Financement
              </th>
            </tr>
          </thead>
          <tbody>
            {content.rows.map((r) => (
              <tr key={r.name} className="border-b border-slate-200">
                <td className="p-1">{r.name}</td>
                <td className="p-1">{r.type}</td>
                <td className="p-1">{r.commune}</td>
                <td className="p-1">{r.manager}</td>
                <td className="p-1 text-right">{r.capacity}</td>
                <td className="p-1 text-right">{r.funding}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-1 text-sm font-medium">{content.total}</p>
      </>
    );
  }
  return null;
}
