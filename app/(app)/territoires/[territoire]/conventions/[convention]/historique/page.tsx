import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { WordDiffView } from "@/components/conventions/word-diff-view";
import { Button } from "@/components/ui/button";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { getArticleHistory, getConvention, listFieldChanges } from "@/lib/conventions/queries";
import { wordDiff } from "@/lib/conventions/word-diff";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { AuditTable } from "@/components/audit-table";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { countOf } from "@/lib/typography";

export const metadata: Metadata = { title: "Historique de la convention" };

type Props = {
  params: Promise<{ territoire: string; convention: string }>;
  searchParams: Promise<{ article?: string; de?: string; a?: string }>;
};

const kindLabel = (kind: string, position: number) =>
  kind === "VISA" ? `Visa ${position}` : kind === "PREAMBLE" ? "Préambule" : `Article ${position}`;

export default async function HistoryPage({ params, searchParams }: Props) {
  const { territoire, convention: conventionId } = await params;
  const query = await searchParams;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const convention = await orNotFound(getConvention(db, scope, conventionId));
  const [articles, fieldChanges] = await Promise.all([
    getArticleHistory(db, scope, convention.id),
    listFieldChanges(db, scope, convention.id),
  ]);
  const selected =
    articles.find((a) => a.id === query.article) ?? articles.find((a) => a.revisions.length > 1) ?? articles[0];
  const versions = selected?.revisions ?? [];
  const to = versions.find((r) => String(r.version) === query.a) ?? versions[0];
  const from = versions.find((r) => String(r.version) === query.de) ?? versions[1] ?? versions[0];
  const base = `/territoires/${scope.territory.slug}/conventions/${convention.id}`;

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: convention.title, href: base },
          { label: "Historique" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Historique des modifications</h1>

      <section aria-labelledby="comparer" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="comparer" className="text-lg font-semibold">
          Comparer deux versions d&apos;un article
        </h2>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-3" aria-label="Choix des versions">
          <label className="flex flex-col text-sm">
            Article
            <select
              name="article"
              defaultValue={selected?.id}
              className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
            >
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {kindLabel(a.kind, a.position)}
                  {a.title ? ` – ${a.title}` : ""} ({countOf(a.revisions.length, "version")})
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            De la version
            <select
              name="de"
              defaultValue={from?.version}
              className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
            >
              {versions.map((r) => (
                <option key={r.id} value={r.version}>
                  v{r.version} — {r.authorName}, {formatDateTime(r.createdAt)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            À la version
            <select
              name="a"
              defaultValue={to?.version}
              className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
            >
              {versions.map((r) => (
                <option key={r.id} value={r.version}>
                  v{r.version} — {r.authorName}, {formatDateTime(r.createdAt)}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            Comparer
          </Button>
        </form>
        {from && to ? (
          <div className="mt-4">
            <p className="text-sm text-slate-700">
              Version {from.version} ({from.authorName}, {formatDateTime(from.createdAt)}) → version {to.version} (
              {to.authorName}, {formatDateTime(to.createdAt)}) — texte ajouté souligné, texte supprimé barré.
            </p>
            {from.title !== to.title ? (
              <p className="mt-2">
                Titre : <del className="line-through">{from.title}</del> → <ins className="underline">{to.title}</ins>
              </p>
            ) : null}
            <div className="mt-2">
              <WordDiffView parts={wordDiff(from.body, to.body)} />
            </div>
          </div>
        ) : null}
        {selected ? (
          <>
            <h3 className="mt-6 font-medium">Versions de : {kindLabel(selected.kind, selected.position)}</h3>
            <Table className="mt-2">
              <THead>
                <Th>Version</Th>
                <Th>Auteur</Th>
                <Th>Date</Th>
              </THead>
              <tbody>
                {versions.map((r) => (
                  <Tr key={r.id}>
                    <Td>v{r.version}</Td>
                    <Td>{r.authorName}</Td>
                    <Td>{formatDateTime(r.createdAt)}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </>
        ) : null}
      </section>

      <section aria-labelledby="champs" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="champs" className="text-lg font-semibold">
          Autres modifications (informations, signataires, annexes, délibérations, statut)
        </h2>
        {fieldChanges.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucune.</p>
        ) : (
          <AuditTable events={fieldChanges} caption="Autres modifications de la convention" />
        )}
      </section>
    </>
  );
}
