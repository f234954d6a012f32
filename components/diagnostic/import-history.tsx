import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { datasetById } from "@/lib/diagnostic/catalogue";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";

type ImportRow = {
  id: string;
  datasetId: string;
  fileName: string | null;
  years: number[];
  extractedAt: Date;
  importedAt: Date;
  added: number;
  updated: number;
  unchanged: number;
  ignored: number;
  importedBy: { name: string } | null;
};

const yearsText = (years: number[]) => {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.length > 1 ? `${sorted[0]} à ${sorted[sorted.length - 1]}` : (sorted[0]?.toString() ?? "—");
};

/** The caisse's imports of open data, newest first. */
export function ImportHistory({ imports }: { imports: ImportRow[] }) {
  if (!imports.length) return <p className="mt-2 text-slate-700">Aucun import pour l&apos;instant.</p>;
  return (
    <Table caption="Imports de données ouvertes de la caisse" className="mt-3" tableClassName="wrap-normal">
      <THead>
        <Th>Importé le</Th>
        <Th>Jeu de données</Th>
        <Th>Fichier</Th>
        <Th>Années</Th>
        <Th>Extraction</Th>
        <Th>Par</Th>
        <Th align="right">Ajoutées</Th>
        <Th align="right">Mises à jour</Th>
        <Th align="right">Inchangées</Th>
        <Th align="right">Ignorées</Th>
      </THead>
      <tbody>
        {imports.map((i) => (
          <Tr key={i.id}>
            <RowHeader>{formatDateTime(i.importedAt)}</RowHeader>
            <Td>
              {datasetById.get(i.datasetId)?.title ?? i.datasetId}{" "}
              <span className="text-slate-600">({i.datasetId})</span>
            </Td>
            <Td className="wrap-anywhere">{i.fileName ?? "Portail data.caf.fr"}</Td>
            <Td>{yearsText(i.years)}</Td>
            <Td>{formatDate(i.extractedAt)}</Td>
            <Td>{i.importedBy?.name ?? "—"}</Td>
            <Td align="right">{formatNumber(i.added)}</Td>
            <Td align="right">{formatNumber(i.updated)}</Td>
            <Td align="right">{formatNumber(i.unchanged)}</Td>
            <Td align="right">{formatNumber(i.ignored)}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
