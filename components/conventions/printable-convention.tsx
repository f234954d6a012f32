import { countOf } from "@/lib/typography";
import type { ConventionPdfData } from "@/lib/pdf/convention-document";
import { frenchTypography as fr } from "@/lib/pdf/typography";
import { sanitizeRichText } from "@/lib/conventions/rich-text";
import { GeneratedAnnex } from "./generated-annex";

/**
 * The convention as printable HTML, from the same data as the PDF: the browser's "print" view, and the
 * comparison point of `npm run bench:pdf` (Chromium's page.pdf() on this markup).
 */
export function PrintableConvention({ data }: { data: ConventionPdfData }) {
  const html = (value: string) => ({ __html: sanitizeRichText(value) });
  return (
    <article className="printable-convention mx-auto max-w-3xl bg-white p-8 text-slate-900">
      {!data.isSigned ? <p className="text-center text-xl font-bold tracking-widest text-slate-700">PROJET</p> : null}
      <header className="my-12 text-center">
        <p>{fr(data.caisseName)}</p>
        <h1 className="mt-8 text-2xl font-bold">{fr(data.title.toUpperCase())}</h1>
        <p className="mt-4 text-lg">{fr(data.territoryName)}</p>
        <p>{fr(data.periodLabel)}</p>
      </header>
      <section aria-label="Parties">
        <h2 className="mt-8 text-lg font-bold">Entre :</h2>
        {data.parties.map((party, index) => (
          <p key={index} className="mt-2">
            {fr(
              `– ${party.name}${party.representation ? `, ${party.representation}` : ""} ; ci-après dénommée « ${party.designation} » ;`,
            )}
          </p>
        ))}
      </section>
      <section aria-label="Annexes" className="mt-8">
        <h2 className="text-lg font-bold">Liste des annexes</h2>
        <ul>
          {data.annexes.map((annex) => (
            <li key={annex.code}>{fr(`Annexe ${annex.code} : ${annex.title}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-label="Visas" className="mt-8 prose-convention">
        {data.visas.map((visa, index) => (
          <div key={index} dangerouslySetInnerHTML={html(visa)} />
        ))}
      </section>
      {data.preamble ? (
        <section className="mt-8">
          <h2 className="text-lg font-bold">PRÉAMBULE</h2>
          <div className="prose-convention" dangerouslySetInnerHTML={html(data.preamble)} />
        </section>
      ) : null}
      {data.articles.map((article) => (
        <section key={article.number} className="mt-6">
          <h2 className="text-lg font-bold">{fr(`Article ${article.number} – ${article.title}`)}</h2>
          <div className="prose-convention" dangerouslySetInnerHTML={html(article.body)} />
        </section>
      ))}
      <p className="mt-8">
        {fr(
          `Fait à ${data.place ?? "…"}, ${data.dateLabel ?? "le …"} en ${data.copies ? countOf(data.copies, "exemplaire") : "… exemplaires"}.`,
        )}
      </p>
      <div className="mt-6 grid grid-cols-2 gap-8">
        {data.signatureBlocks.map((block, index) => (
          <div key={index} className="min-h-28">
            <p className="font-bold">{fr(block.body)}</p>
            <p>{fr(block.title)}</p>
            <p className="mt-10">{fr(block.name)}</p>
          </div>
        ))}
      </div>
      {data.annexes
        .filter(
          (annex) =>
            annex.content.kind === "fiches" ||
            annex.content.kind === "facilities" ||
            annex.content.kind === "diagnostic" ||
            annex.content.kind === "text",
        )
        .map((annex) => (
          <section key={annex.code} className="mt-10" style={{ breakBefore: "page" }}>
            <h2 className="text-lg font-bold">{fr(`Annexe ${annex.code} : ${annex.title}`)}</h2>
            {annex.content.kind === "text" ? (
              <div className="prose-convention" dangerouslySetInnerHTML={html(annex.content.body)} />
            ) : (
              <GeneratedAnnex annex={annex} themeHeading="h3" />
            )}
          </section>
        ))}
    </article>
  );
}
