import type { PdfAnnex } from "@/lib/pdf/convention-document";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";

/** Annexes 4 (fiches-action) and 5 (facilities), generated from the action plan: the same rows as in the PDF. */
export function GeneratedAnnex({ annex }: { annex: PdfAnnex }) {
  const content = annex.content;
  if (content.kind === "fiches") {
    if (!content.rows.length)
      return <p className="text-sm text-slate-700">Aucune fiche-action n&apos;est encore enregistrée.</p>;
    return (
      <Table caption={`Annexe ${annex.code} : fiches-action`} dense className="mt-2">
        <THead>
          <Th>N°</Th>
          <Th>Fiche-action</Th>
          <Th>Axe</Th>
          <Th>Pilote</Th>
          <Th>Statut</Th>
          <Th>Période</Th>
        </THead>
        <tbody>
          {content.rows.map((r) => (
            <Tr key={r.number}>
              <Td>{r.number}</Td>
              <Td>{r.title}</Td>
              <Td>{r.axis}</Td>
              <Td>{r.pilot}</Td>
              <Td>{r.status}</Td>
              <Td>{r.period}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    );
  }
  if (content.kind === "facilities") {
    if (!content.rows.length)
      return <p className="text-sm text-slate-700">Aucun équipement n&apos;est encore enregistré.</p>;
    return (
      <>
        <Table caption={`Annexe ${annex.code} : équipements et services soutenus`} dense className="mt-2">
          <THead>
            <Th>Structure</Th>
            <Th>Type</Th>
            <Th>Commune</Th>
            <Th>Gestionnaire</Th>
            <Th align="right">Places</Th>
            <Th align="right">Financement</Th>
          </THead>
          <tbody>
            {content.rows.map((r) => (
              <Tr key={r.name}>
                <Td>{r.name}</Td>
                <Td>{r.type}</Td>
                <Td>{r.commune}</Td>
                <Td>{r.manager}</Td>
                <Td align="right">{r.capacity}</Td>
                <Td align="right">{r.funding}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
        <p className="mt-1 text-sm font-medium">{content.total}</p>
      </>
    );
  }
  return null;
}
