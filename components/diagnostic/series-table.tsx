import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import type { DiagnosticTable } from "@/lib/diagnostic/page-data";

/** Every value of one series: years as columns, areas as rows, "—" when not published; its provenance below. */
export function SeriesTable({ table }: { table: DiagnosticTable }) {
  return (
    <div className="mt-4">
      <Table
        caption={
          <>
            {table.label} <span className="font-normal text-slate-700">({table.unitLabel})</span>
          </>
        }
        showCaption
        dense
      >
        <THead>
          <Th>Territoire</Th>
          {table.years.map((year) => (
            <Th key={year} align="right">
              {year}
            </Th>
          ))}
        </THead>
        <tbody>
          {table.rows.map((row) => (
            <Tr key={`${row.levelLabel}-${row.areaName}`}>
              <RowHeader>
                {row.areaName}
                {row.levelLabel ? <span className="text-slate-700"> ({row.levelLabel})</span> : null}
              </RowHeader>
              {row.cells.map((cell, i) => (
                <Td key={table.years[i]} align="right" className="whitespace-nowrap">
                  {cell === "—" ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">non publié</span>
                    </>
                  ) : (
                    cell
                  )}
                </Td>
              ))}
            </Tr>
          ))}
        </tbody>
      </Table>
      {table.note ? <p className="mt-1 text-sm text-slate-700">{table.note}</p> : null}
      <p className="mt-1 text-xs text-slate-700">{table.provenance}</p>
    </div>
  );
}
