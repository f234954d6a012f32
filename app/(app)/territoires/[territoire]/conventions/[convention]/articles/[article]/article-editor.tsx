"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RichTextEditor } from "@/components/rich-text-editor";
import type { FieldValues } from "@/lib/conventions/fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useUnsavedChangesWarning } from "@/components/use-unsaved-changes-warning";
import { saveArticleAction } from "@/lib/conventions/actions";

type Article = { id: string; kind: "VISA" | "PREAMBLE" | "ARTICLE"; title: string; body: string; version: number };
type Conflict = { version: number; title: string; body: string; authorName: string | null; savedAt: Date | string };

export function ArticleEditor({
  label,
  conventionId,
  article,
  backHref,
  fields,
}: {
  /** "Article 3", "Visa", "Préambule": named in the confirmation. */
  label: string;
  conventionId: string;
  article: Article;
  backHref: string;
  /** The current values of the fields bound to the convention's data. */
  fields: FieldValues;
}) {
  const router = useRouter();
  const [title, setTitle] = useState(article.title);
  const [body, setBody] = useState(article.body);
  const [baseVersion, setBaseVersion] = useState(article.version);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  useUnsavedChangesWarning(dirty);
  const { execute, result, isPending } = useAction(saveArticleAction, {
    onSuccess({ data }) {
      if (!data) return;
      if (data.status === "conflict") {
        setConflict(data.current);
        return;
      }
      setBaseVersion(data.version);
      setDirty(false);
      setSaved(true);
      setConflict(null);
      router.refresh();
    },
  });
  const titleError = (result.validationErrors as { fieldErrors?: { title?: string[] } } | undefined)?.fieldErrors
    ?.title?.[0];
  const bodyError = (result.validationErrors as { fieldErrors?: { body?: string[] } } | undefined)?.fieldErrors
    ?.body?.[0];

  const save = (version: number) => {
    setSaved(false);
    execute({ conventionId, articleId: article.id, version, title, body });
  };

  return (
    <div className="mt-6 flex flex-col gap-4">
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      {saved ? (
        <Alert tone="success">
          {label} enregistré — version {baseVersion}.
        </Alert>
      ) : null}
      {conflict ? (
        <section aria-labelledby="conflit" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
          <h2 id="conflit" className="text-lg font-semibold">
            Conflit de modification
          </h2>
          <p className="mt-1">
            {conflict.authorName ?? "Quelqu'un"} a enregistré une autre version de ce texte pendant que vous le
            modifiiez. Votre texte n&apos;a pas été enregistré. Comparez les deux versions : reprenez la leur, ou
            fusionnez dans l&apos;éditeur puis enregistrez.
          </p>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            <div>
              <h3 className="font-medium">Version enregistrée par {conflict.authorName ?? "un autre utilisateur"}</h3>
              {conflict.title ? <p className="font-semibold">{conflict.title}</p> : null}
              <div
                className="prose-convention rounded border border-slate-400 bg-white p-2"
                dangerouslySetInnerHTML={{ __html: conflict.body }}
              />
            </div>
            <div>
              <h3 className="font-medium">Votre version (non enregistrée)</h3>
              {title ? <p className="font-semibold">{title}</p> : null}
              <div
                className="prose-convention rounded border border-slate-400 bg-white p-2"
                dangerouslySetInnerHTML={{ __html: body }}
              />
            </div>
          </div>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setTitle(conflict.title);
                setBody(conflict.body);
                setBaseVersion(conflict.version);
                setEditorKey((k) => k + 1);
                setConflict(null);
                setDirty(false);
              }}
            >
              Reprendre leur version
            </Button>
            <Button type="button" onClick={() => save(conflict.version)} disabled={isPending}>
              Enregistrer ma version fusionnée
            </Button>
          </div>
        </section>
      ) : null}
      {article.kind === "ARTICLE" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="titre-article" className="text-sm font-medium">
            Titre de l&apos;article
          </label>
          <input
            id="titre-article"
            value={title}
            maxLength={300}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? "titre-article-erreur" : undefined}
            onChange={(e) => {
              setTitle(e.target.value);
              setDirty(true);
              setSaved(false);
            }}
            className="rounded border border-slate-500 px-3 py-2"
          />
          {titleError ? (
            <p id="titre-article-erreur" className="text-sm text-red-800">
              {titleError}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <span id="texte-article-libelle" className="text-sm font-medium">
          Texte
        </span>
        <p id="texte-article-champs" className="text-sm text-slate-700">
          Les champs surlignés (dates, durée, lieu, noms des parties…) suivent les informations de la convention :
          changez-les dans ses informations, le texte suit.
        </p>
        <RichTextEditor
          key={editorKey}
          id="texte-article"
          label="Texte"
          value={body}
          fields={fields}
          describedBy={bodyError ? "texte-article-erreur texte-article-champs" : "texte-article-champs"}
          onChange={(html) => {
            setBody(html);
            setDirty(true);
            setSaved(false);
          }}
        />
        {bodyError ? (
          <p id="texte-article-erreur" className="text-sm text-red-800">
            {bodyError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" onClick={() => save(baseVersion)} disabled={isPending}>
          {isPending ? "Enregistrement…" : "Enregistrer"}
        </Button>
        <Link href={backHref} className="text-brand-700 underline">
          Retour à la convention
        </Link>
        <span className="text-sm text-slate-700">Version {baseVersion}</span>
      </div>
    </div>
  );
}
