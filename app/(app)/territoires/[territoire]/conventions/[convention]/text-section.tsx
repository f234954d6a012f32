import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { RichTextView } from "@/components/conventions/rich-text-view";
import { addArticleAction, moveArticleAction, removeArticleAction } from "@/lib/conventions/actions";
import { loadAmendedArticles } from "@/lib/conventions/avenants";
import type { ConventionDetail } from "@/lib/conventions/queries";
import { formatDate } from "@/lib/format";

export function TextSection({
  convention,
  conventionRef: ref,
  base,
  editable,
  showAmended,
  amended,
}: {
  convention: ConventionDetail;
  conventionRef: { conventionId: string; version: number };
  base: string;
  editable: boolean;
  showAmended: boolean;
  amended: Awaited<ReturnType<typeof loadAmendedArticles>> | null;
}) {
  const visas = convention.articles.filter((a) => a.kind === "VISA");
  const preamble = convention.articles.find((a) => a.kind === "PREAMBLE");
  const articles = convention.articles.filter((a) => a.kind === "ARTICLE");
  return (
    <section aria-labelledby="texte" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="texte" className="text-lg font-semibold">
          Texte de la convention
        </h2>
        {convention.avenants.some((a) => a.status === "SIGNED") ? (
          <Link className="text-sm text-brand-700 underline" href={showAmended ? base : `${base}?texte=modifie`}>
            {showAmended ? "Voir le texte d'origine" : "Voir le texte modifié par les avenants"}
          </Link>
        ) : null}
      </div>

      <h3 className="mt-4 font-semibold">Visas</h3>
      <ol className="mt-2 space-y-2">
        {visas.map((visa, index) => (
          <li
            key={visa.id}
            id={`article-${visa.id}`}
            className="scroll-mt-4 flex flex-wrap items-start justify-between gap-2"
          >
            <RichTextView html={visa.body} fields={convention.fields} />
            {editable ? (
              <span className="flex gap-2">
                <Link className="text-sm text-brand-700 underline" href={`${base}/articles/${visa.id}`}>
                  Modifier<span className="sr-only"> le visa {index + 1}</span>
                </Link>
                <ActionButton
                  action={removeArticleAction}
                  input={{ ...ref, articleId: visa.id }}
                  label="Supprimer"
                  ariaLabel={`Supprimer le visa ${index + 1}`}
                  confirm="Supprimer ce visa ?"
                />
              </span>
            ) : null}
          </li>
        ))}
        {convention.signatories.flatMap((s) =>
          s.deliberations.map((d) => (
            <li key={d.id} className="text-slate-800">
              Vu la délibération n° {d.number} ({d.assembly}, {s.organisation.name}) en date du{" "}
              {formatDate(d.sessionDate)} ; <span className="text-sm text-slate-700">(ajouté automatiquement)</span>
            </li>
          )),
        )}
      </ol>
      {editable ? (
        <div className="mt-2">
          <ActionButton
            action={addArticleAction}
            input={{ ...ref, kind: "VISA", title: "", body: "<p>Vu …</p>" }}
            label="Ajouter un visa"
          />
        </div>
      ) : null}

      {preamble ? (
        <>
          <h3 id={`article-${preamble.id}`} className="mt-6 scroll-mt-4 font-semibold">
            Préambule
          </h3>
          <RichTextView html={preamble.body} fields={convention.fields} />
          {editable ? (
            <Link className="text-sm text-brand-700 underline" href={`${base}/articles/${preamble.id}`}>
              Modifier le préambule
            </Link>
          ) : null}
        </>
      ) : null}

      <h3 className="mt-6 font-semibold">Articles</h3>
      <ol className="mt-2 space-y-6">
        {(amended ?? articles).map((article, index) => (
          <li key={article.id} id={`article-${article.id}`} className="scroll-mt-4 border-t border-slate-200 pt-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h4 className="font-semibold">
                Article {index + 1} – {article.title}
                {"amendedBy" in article && article.amendedBy ? (
                  <span className="ml-2 text-sm font-normal text-slate-700">
                    (modifié par l&apos;avenant n° {article.amendedBy})
                  </span>
                ) : null}
              </h4>
              {editable ? (
                <span className="flex flex-wrap gap-2">
                  <Link
                    className="rounded border border-slate-400 px-3 py-2 text-sm text-brand-700 underline"
                    href={`${base}/articles/${article.id}`}
                  >
                    Modifier<span className="sr-only"> l&apos;article {index + 1}</span>
                  </Link>
                  <ActionButton
                    action={moveArticleAction}
                    input={{ ...ref, articleId: article.id, direction: "up" }}
                    label="↑"
                    ariaLabel={`Monter l'article ${index + 1}`}
                  />
                  <ActionButton
                    action={moveArticleAction}
                    input={{ ...ref, articleId: article.id, direction: "down" }}
                    label="↓"
                    ariaLabel={`Descendre l'article ${index + 1}`}
                  />
                  <ActionButton
                    action={removeArticleAction}
                    input={{ ...ref, articleId: article.id }}
                    label="Supprimer"
                    ariaLabel={`Supprimer l'article ${index + 1}`}
                    confirm={`Supprimer l'article ${index + 1} « ${article.title} » ?`}
                    variant="danger"
                  />
                </span>
              ) : null}
            </div>
            <RichTextView html={article.body} fields={convention.fields} />
          </li>
        ))}
      </ol>
      {editable ? (
        <div className="mt-4">
          <ActionForm
            action={addArticleAction}
            title="Nouvel article"
            submitLabel="Ajouter l'article"
            successMessage="Article ajouté à la fin."
            resetOnSuccess
            hidden={{ ...ref, kind: "ARTICLE", body: "<p></p>" }}
            fields={[{ name: "title", label: "Titre du nouvel article", required: true, maxLength: 300 }]}
          />
        </div>
      ) : null}
    </section>
  );
}
