"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RichTextEditor } from "@/components/rich-text-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAdoptWhenClean } from "@/components/use-adopt-when-clean";
import { useUnsavedChangesWarning } from "@/components/use-unsaved-changes-warning";
import { saveAvenantChangeAction } from "@/lib/conventions/actions";

type Kind = "REPLACE" | "ADD";
/** An article of the convention as in force before this avenant (signed avenants applied). */
export type AmendableArticle = { id: string; number: number; title: string; body: string };
export type ExistingChange = { id: string; kind: Kind; articleId: string | null; title: string; body: string };

type FieldErrors = Partial<Record<"kind" | "articleId" | "title" | "body", string[]>>;

/**
 * One change of a draft avenant (an article replaced or added), its text in the same rich-text editor as the
 * convention's articles. Choosing the article to replace starts the new text from the one in force, as long as
 * nothing has been typed yet. Without `change` it adds a change and empties itself after saving.
 */
export function AvenantChangeForm({
  avenantId,
  avenantNumber,
  version,
  articles,
  change,
  changeNumber,
}: {
  avenantId: string;
  avenantNumber: number;
  version: number;
  articles: AmendableArticle[];
  /** The change to edit, and its number in the avenant; none to add one. */
  change?: ExistingChange;
  changeNumber?: number;
}) {
  const router = useRouter();
  const empty = { kind: "REPLACE" as Kind, articleId: "", title: "", body: "" };
  const initial = change ? { ...change, articleId: change.articleId ?? "" } : empty;
  const [kind, setKind] = useState<Kind>(initial.kind);
  const [articleId, setArticleId] = useState(initial.articleId);
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  // What the title and text were last set to without typing (empty, the change's, or the replaced article's):
  // while they still hold it, choosing another article may replace them.
  const [untouched, setUntouched] = useState({ title: initial.title, body: initial.body });
  const [editorKey, setEditorKey] = useState(0);
  const [baseVersion, setBaseVersion] = useState(version);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  useUnsavedChangesWarning(dirty);
  useAdoptWhenClean(version, dirty, () => setBaseVersion(version));

  const { execute, result, isPending } = useAction(saveAvenantChangeAction, {
    onSuccess({ data }) {
      if (data) setBaseVersion(data.version);
      setDirty(false);
      setSaved(true);
      if (!change) {
        setKind(empty.kind);
        setArticleId("");
        setTitle("");
        setBody("");
        setUntouched({ title: "", body: "" });
        setEditorKey((k) => k + 1);
      }
      router.refresh();
    },
  });
  const errors = ((result.validationErrors as { fieldErrors?: FieldErrors } | undefined)?.fieldErrors ??
    {}) as FieldErrors;
  const formErrors = (result.validationErrors as { formErrors?: string[] } | undefined)?.formErrors ?? [];

  const idBase = `avenant-${avenantNumber}-${change ? `modification-${changeNumber}` : "nouvelle"}`;
  const ids = {
    kind: `${idBase}-nature`,
    article: `${idBase}-article`,
    title: `${idBase}-titre`,
    body: `${idBase}-texte`,
  };
  const errorId = (field: string) => `${idBase}-${field}-erreur`;
  const edited = () => {
    setDirty(true);
    setSaved(false);
  };

  function chooseArticle(id: string) {
    setArticleId(id);
    edited();
    const article = articles.find((a) => a.id === id);
    if (!article) return;
    const next = {
      title: title === untouched.title ? article.title : title,
      body: body === untouched.body ? article.body : body,
    };
    if (next.body !== body) setEditorKey((k) => k + 1);
    setTitle(next.title);
    setBody(next.body);
    setUntouched({ title: article.title, body: article.body });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    execute({
      avenantId,
      version: baseVersion,
      changeId: change?.id ?? "",
      kind,
      articleId: kind === "REPLACE" ? articleId : "",
      title,
      body,
    });
  }

  const label = change
    ? `Modification ${changeNumber} de l'avenant ${avenantNumber}`
    : `Nouvelle modification de l'avenant ${avenantNumber}`;
  const inputClass = (error?: string) => `rounded border px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`;
  const describedBy = (field: keyof FieldErrors) => (errors[field]?.[0] ? errorId(field) : undefined);
  const fieldError = (field: keyof FieldErrors) =>
    errors[field]?.[0] ? (
      <p id={errorId(field)} className="text-sm text-red-800">
        {errors[field]![0]}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="flex flex-col gap-4">
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      {formErrors.length ? <Alert>{formErrors.join(" ")}</Alert> : null}
      {saved && !result.serverError ? (
        <Alert tone="success">{change ? "Modification enregistrée." : "Modification ajoutée à l'avenant."}</Alert>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.kind} className="text-sm font-medium">
            Nature
          </label>
          <select
            id={ids.kind}
            value={kind}
            aria-invalid={errors.kind ? true : undefined}
            aria-describedby={describedBy("kind")}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              edited();
            }}
            className={`${inputClass(errors.kind?.[0])} bg-white`}
          >
            <option value="REPLACE">Remplacer un article</option>
            <option value="ADD">Ajouter un article</option>
          </select>
          {fieldError("kind")}
        </div>
        {kind === "REPLACE" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.article} className="text-sm font-medium">
              Article remplacé
            </label>
            <select
              id={ids.article}
              value={articleId}
              aria-invalid={errors.articleId ? true : undefined}
              aria-describedby={describedBy("articleId")}
              onChange={(e) => chooseArticle(e.target.value)}
              className={`${inputClass(errors.articleId?.[0])} bg-white`}
            >
              <option value="">—</option>
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  Article {a.number} – {a.title}
                </option>
              ))}
            </select>
            {fieldError("articleId")}
          </div>
        ) : null}
        <div className="flex flex-col gap-1 md:col-span-2">
          <label htmlFor={ids.title} className="text-sm font-medium">
            Titre de l&apos;article (nouvelle rédaction)
          </label>
          <input
            id={ids.title}
            value={title}
            maxLength={300}
            required
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy("title")}
            onChange={(e) => {
              setTitle(e.target.value);
              edited();
            }}
            className={inputClass(errors.title?.[0])}
          />
          {fieldError("title")}
        </div>
        <div className="flex flex-col gap-1 md:col-span-2">
          <span className="text-sm font-medium">Texte de l&apos;article (nouvelle rédaction)</span>
          <RichTextEditor
            key={editorKey}
            id={ids.body}
            label="Texte de l'article (nouvelle rédaction)"
            value={body}
            describedBy={describedBy("body")}
            onChange={(html) => {
              setBody(html);
              edited();
            }}
          />
          {fieldError("body")}
        </div>
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Enregistrement…" : change ? "Enregistrer la modification" : "Ajouter la modification"}
        </Button>
      </div>
    </form>
  );
}
