import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { getArticleForEdit } from "@/lib/conventions/queries";
import { isTextEditable } from "@/lib/conventions/status";
import { getDb } from "@/lib/db/client";
import { ArticleEditor } from "./article-editor";

export const metadata: Metadata = { title: "Modifier un article" };

export default async function ArticlePage({
  params,
}: {
  params: Promise<{ territoire: string; convention: string; article: string }>;
}) {
  const { territoire, convention, article: articleId } = await params;
  // Editing pages are for the roles that may edit: others get the same 404 as a missing page.
  const { scope } = await requireTerritoryForPage(territoire, "convention.edit");
  const article = await orNotFound(getArticleForEdit(getDb(), scope, convention, articleId));
  const back = `/territoires/${scope.territory.slug}/conventions/${convention}`;
  const label =
    article.kind === "VISA" ? "Visa" : article.kind === "PREAMBLE" ? "Préambule" : `Article ${article.position}`;
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: `/territoires/${scope.territory.slug}` },
          { label: article.convention.title, href: back },
          { label },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Modifier : {label}</h1>
      {isTextEditable(article.convention.status) ? (
        <ArticleEditor
          label={label}
          conventionId={convention}
          backHref={back}
          fields={article.fields}
          article={{
            id: article.id,
            kind: article.kind,
            title: article.title,
            body: article.body,
            version: article.version,
          }}
        />
      ) : (
        <p className="mt-4 text-slate-700">
          Le texte de cette convention n&apos;est plus modifiable (validée ou signée).
        </p>
      )}
    </>
  );
}
