import type { PdfAnnex } from "@/lib/pdf/convention-document";
import { DIAGNOSTIC_EMPTY_TEXT } from "@/lib/diagnostic/annex-text";
import { sanitizeRichText } from "@/lib/conventions/rich-text";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";

/**
 * Annexes generated from the data: 3 (shared diagnostic), 4 (fiches-action) and 5 (facilities), with the same rows
 * as in the PDF. `themeHeading`: the heading level of the diagnostic's themes (below the annex's own heading).
 */
export function GeneratedAnnex({ annex, themeHeading = "h4" }: { annex: PdfAnnex; themeHeading?: "h3" | "h4" }) {
  const content = annex.content;
  if (content.kind === "diagnostic") {
    if (!content.themes.length) return <p className="text-sm text-slate-700">{DIAGNOSTIC_EMPTY_TEXT}</p>;
    const Heading = themeHeading;
    return (
      <div className="mt-2 space-y-4" data-annex="diagnostic">
        {content.themes.map((theme) => (
          <section key={theme.title}>
            <Heading className="font-semibold">{theme.title}</Heading>
            {theme.findings ? (
              <div
                className="prose-convention text-sm"
                dangerouslySetInnerHTML={{ __html: sanitizeRichText(theme.findings) }}
              />
            ) : null}
            {theme.tables.map((table) => (
              <Table
                key={table.caption}
                caption={`${table.caption} (${table.unit})`}
                showCaption
                dense
                className="mt-2"
              >
                <THead>
                  <Th>Territoire</Th>
                  {table.columns.map((year) => (
                    <Th key={year} align="right">
                      {year}
                    </Th>
                  ))}
                </THead>
                <tbody>
                  {table.rows.map((r) => (
                    <Tr key={r.area}>
                      <RowHeader>{r.area}</RowHeader>
                      {r.values.map((v, i) => (
                        <Td key={i} align="right">
                          {v}
                        </Td>
                      ))}
                    </Tr>
                  ))}
                </tbody>
              </Table>
            ))}
            {theme.source ? <p className="mt-1 text-xs text-slate-700">{theme.source}</p> : null}
          </section>
        ))}
      </div>
    );
  }
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
