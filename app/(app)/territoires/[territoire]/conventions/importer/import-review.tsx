"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { editableToRichText, richTextToEditable } from "@/lib/conventions/import/editable";
import type { ImportedConvention, ImportedParty } from "@/lib/conventions/import/parse";
import { countOf } from "@/lib/typography";

type Analysis = { parsed: ImportedConvention; source: string; repeated: string[]; mime: string | null };

/** What the form edits: rich text as editable lines (lib/conventions/import/editable.ts). */
type Draft = {
  title: string;
  startDate: string;
  endDate: string;
  place: string;
  copies: string;
  parties: ImportedParty[];
  visas: string;
  preamble: string;
  articles: { title: string; body: string }[];
  annexes: { code: string; title: string; body: string }[];
  unplaced: string;
  signed: boolean;
  signatureDate: string;
};

function toDraft(parsed: ImportedConvention): Draft {
  return {
    title: parsed.title,
    startDate: parsed.startDate ?? "",
    endDate: parsed.endDate ?? "",
    place: parsed.place ?? "",
    copies: parsed.copies ? String(parsed.copies) : "",
    parties: parsed.parties,
    visas: parsed.visas.join("\n"),
    preamble: richTextToEditable(parsed.preamble),
    articles: parsed.articles.map((a) => ({ title: a.title, body: richTextToEditable(a.body) })),
    annexes: parsed.annexes.map((a) => ({ ...a, body: richTextToEditable(a.body) })),
    unplaced: parsed.unplaced.join("\n"),
    signed: false,
    signatureDate: parsed.signatureDate ?? "",
  };
}

const inputClass = "rounded border border-slate-500 px-3 py-2 text-slate-900";
const labelClass = "flex flex-col gap-1 text-sm font-medium text-slate-900";

function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  id: string;
}) {
  return (
    <label className={labelClass} htmlFor={props.id}>
      {props.label}
      <input
        id={props.id}
        type={props.type ?? "text"}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        className={`${inputClass} font-normal`}
      />
    </label>
  );
}

function TextArea(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  id: string;
  rows?: number;
  hint?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label className="text-sm font-medium text-slate-900" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-aide`} className="text-sm text-slate-700">
          {props.hint}
        </p>
      ) : null}
      <textarea
        id={props.id}
        value={props.value}
        rows={props.rows ?? 4}
        aria-describedby={props.hint ? `${props.id}-aide` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        className={`${inputClass} font-mono text-sm`}
      />
    </div>
  );
}

const FORMAT_HINT = "Un paragraphe par ligne ; « - » ou « 1. » pour une liste ; « ### » pour un sous-titre.";

export function ImportReview({
  analyseAction,
  createAction,
  canSign,
}: {
  analyseAction: string;
  createAction: string;
  canSign: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (analysis) reviewHeading.current?.focus();
  }, [analysis]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const update = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  async function analyse(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const chosen = form.get("file");
    try {
      const response = await fetch(analyseAction, { method: "POST", body: form });
      if (!response.ok) {
        setError((await response.text()) || "L'analyse a échoué.");
        return;
      }
      const result = (await response.json()) as Analysis;
      setFile(chosen instanceof File && chosen.size > 0 ? chosen : null);
      setAnalysis(result);
      setDraft(toDraft(result.parsed));
    } catch {
      setError("L'envoi a échoué. Réessayez.");
    } finally {
      setPending(false);
    }
  }

  async function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    setPending(true);
    setError(null);
    const signedFile = new FormData(event.currentTarget).get("signedFile");
    const body = new FormData();
    body.set(
      "data",
      JSON.stringify({
        title: draft.title,
        startDate: draft.startDate,
        endDate: draft.endDate,
        place: draft.place,
        copies: draft.copies.trim() ? Number(draft.copies) : null,
        parties: draft.parties,
        visas: draft.visas
          .split("\n")
          .map((v) => v.trim())
          .filter(Boolean),
        preamble: editableToRichText(draft.preamble),
        articles: draft.articles.map((a) => ({ title: a.title, body: editableToRichText(a.body) })),
        annexes: draft.annexes.map((a) => ({ ...a, body: editableToRichText(a.body) })),
        unplaced: draft.unplaced,
        signed: draft.signed,
        signatureDate: draft.signed ? draft.signatureDate : null,
      }),
    );
    const original = signedFile instanceof File && signedFile.size > 0 ? signedFile : file;
    if (draft.signed && original) body.set("file", original);
    try {
      const response = await fetch(createAction, { method: "POST", body });
      if (response.status === 201) {
        router.push(((await response.json()) as { url: string }).url);
        return;
      }
      const type = response.headers.get("Content-Type") ?? "";
      setError(type.includes("json") ? ((await response.json()) as { error: string }).error : await response.text());
    } catch {
      setError("L'envoi a échoué. Réessayez.");
    } finally {
      setPending(false);
    }
  }

  const errorBox = error ? (
    <div ref={errorRef} tabIndex={-1} className="mt-4">
      <Alert>{error}</Alert>
    </div>
  ) : null;

  if (!analysis || !draft) {
    return (
      <>
        <form
          onSubmit={analyse}
          aria-label="Document à importer"
          className="mt-6 flex max-w-3xl flex-col gap-4 rounded border border-slate-300 bg-white p-4"
        >
          <label className={labelClass}>
            Document Word (.docx) ou PDF
            <input
              type="file"
              name="file"
              accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              className="mt-1 font-normal"
            />
          </label>
          <div className="flex flex-col gap-1">
            <label htmlFor="texte-source" className="text-sm font-medium text-slate-900">
              Ou collez le texte de la convention
            </label>
            <textarea id="texte-source" name="text" rows={8} className={`${inputClass} text-sm`} />
          </div>
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? "Analyse en cours…" : "Analyser"}
            </Button>
          </div>
        </form>
        {errorBox}
      </>
    );
  }

  const setParty = (index: number, patch: Partial<ImportedParty>) =>
    update({ parties: draft.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) });

  return (
    <>
      <h2 ref={reviewHeading} tabIndex={-1} className="mt-8 text-xl font-semibold">
        Vérifier ce qui a été reconnu
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {countOf(draft.parties.length, "partie")}, {countOf(draft.articles.length, "article")},{" "}
        {countOf(draft.visas.split("\n").filter(Boolean).length, "visa")}, {countOf(draft.annexes.length, "annexe")} ;{" "}
        {countOf(draft.unplaced.split("\n").filter(Boolean).length, "ligne à placer", "lignes à placer")}.
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <form onSubmit={create} aria-label="Parties reconnues" className="flex min-w-0 flex-col gap-6">
          <fieldset className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
            <legend className="px-1 font-semibold">Convention</legend>
            <TextField id="imp-titre" label="Titre" value={draft.title} onChange={(title) => update({ title })} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                id="imp-debut"
                type="date"
                label="Début"
                value={draft.startDate}
                onChange={(startDate) => update({ startDate })}
              />
              <TextField
                id="imp-fin"
                type="date"
                label="Fin"
                value={draft.endDate}
                onChange={(endDate) => update({ endDate })}
              />
              <TextField
                id="imp-lieu"
                label="Lieu (« Fait à »)"
                value={draft.place}
                onChange={(place) => update({ place })}
              />
              <TextField
                id="imp-exemplaires"
                type="number"
                label="Nombre d'exemplaires"
                value={draft.copies}
                onChange={(copies) => update({ copies })}
              />
            </div>
          </fieldset>

          <fieldset className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
            <legend className="px-1 font-semibold">Parties ({draft.parties.length})</legend>
            {draft.parties.map((party, index) => (
              <div key={index} className="flex flex-col gap-2 border-b border-slate-200 pb-3">
                <TextField
                  id={`imp-partie-${index}-nom`}
                  label={`Partie ${index + 1} : organisation`}
                  value={party.name}
                  onChange={(name) => setParty(index, { name })}
                />
                <div className="grid gap-2 sm:grid-cols-2">
                  <TextField
                    id={`imp-partie-${index}-representant`}
                    label="Représentant"
                    value={party.representativeName}
                    onChange={(representativeName) => setParty(index, { representativeName })}
                  />
                  <TextField
                    id={`imp-partie-${index}-fonction`}
                    label="Fonction"
                    value={party.representativeTitle}
                    onChange={(representativeTitle) => setParty(index, { representativeTitle })}
                  />
                </div>
                <TextField
                  id={`imp-partie-${index}-representation`}
                  label="Représentation"
                  value={party.representationText}
                  onChange={(representationText) => setParty(index, { representationText })}
                />
                <TextField
                  id={`imp-partie-${index}-designation`}
                  label="Ci-après dénommé(e)"
                  value={party.designation}
                  onChange={(designation) => setParty(index, { designation })}
                />
                <div>
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => update({ parties: draft.parties.filter((_, i) => i !== index) })}
                  >
                    Retirer la partie {index + 1}
                  </Button>
                </div>
              </div>
            ))}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  update({
                    parties: [
                      ...draft.parties,
                      {
                        name: "",
                        representativeName: "",
                        representativeTitle: "",
                        representationText: "",
                        designation: "",
                      },
                    ],
                  })
                }
              >
                Ajouter une partie
              </Button>
            </div>
          </fieldset>

          <fieldset className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
            <legend className="px-1 font-semibold">Visas et préambule</legend>
            <TextArea
              id="imp-visas"
              label="Visas (un par ligne)"
              rows={6}
              value={draft.visas}
              onChange={(visas) => update({ visas })}
            />
            <TextArea
              id="imp-preambule"
              label="Préambule"
              hint={FORMAT_HINT}
              rows={6}
              value={draft.preamble}
              onChange={(preamble) => update({ preamble })}
            />
          </fieldset>

          <fieldset className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
            <legend className="px-1 font-semibold">Articles ({draft.articles.length})</legend>
            {draft.articles.map((article, index) => (
              <div key={index} className="flex flex-col gap-2 border-b border-slate-200 pb-3">
                <TextField
                  id={`imp-article-${index}-titre`}
                  label={`Article ${index + 1} : titre`}
                  value={article.title}
                  onChange={(title) =>
                    update({ articles: draft.articles.map((a, i) => (i === index ? { ...a, title } : a)) })
                  }
                />
                <TextArea
                  id={`imp-article-${index}-texte`}
                  label={`Article ${index + 1} : texte`}
                  rows={5}
                  value={article.body}
                  onChange={(body) =>
                    update({ articles: draft.articles.map((a, i) => (i === index ? { ...a, body } : a)) })
                  }
                />
                <div>
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => update({ articles: draft.articles.filter((_, i) => i !== index) })}
                  >
                    Retirer l&apos;article {index + 1}
                  </Button>
                </div>
              </div>
            ))}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() => update({ articles: [...draft.articles, { title: "", body: "" }] })}
              >
                Ajouter un article
              </Button>
            </div>
          </fieldset>

          <fieldset className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
            <legend className="px-1 font-semibold">Annexes ({draft.annexes.length})</legend>
            {draft.annexes.map((annex, index) => (
              <div key={index} className="grid grid-cols-[5rem_1fr] gap-2">
                <TextField
                  id={`imp-annexe-${index}-code`}
                  label="Code"
                  value={annex.code}
                  onChange={(code) =>
                    update({ annexes: draft.annexes.map((a, i) => (i === index ? { ...a, code } : a)) })
                  }
                />
                <TextField
                  id={`imp-annexe-${index}-titre`}
                  label={`Annexe ${index + 1} : titre`}
                  value={annex.title}
                  onChange={(title) =>
                    update({ annexes: draft.annexes.map((a, i) => (i === index ? { ...a, title } : a)) })
                  }
                />
              </div>
            ))}
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() => update({ annexes: [...draft.annexes, { code: "", title: "", body: "" }] })}
              >
                Ajouter une annexe
              </Button>
            </div>
          </fieldset>

          <fieldset className="flex flex-col gap-3 rounded border border-amber-600 bg-white p-4">
            <legend className="px-1 font-semibold">Texte à placer</legend>
            <TextArea
              id="imp-a-placer"
              label="Texte non reconnu"
              hint="Copiez-le dans la partie qui convient. Ce qui reste ici est gardé dans une annexe « Texte importé à placer »."
              rows={5}
              value={draft.unplaced}
              onChange={(unplaced) => update({ unplaced })}
            />
          </fieldset>

          {canSign ? (
            <fieldset className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4">
              <legend className="px-1 font-semibold">Signature</legend>
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  checked={draft.signed}
                  onChange={(e) => update({ signed: e.target.checked })}
                  className="h-4 w-4"
                />
                Cette convention est déjà signée
              </label>
              {draft.signed ? (
                <>
                  <TextField
                    id="imp-date-signature"
                    type="date"
                    label="Date de signature"
                    value={draft.signatureDate}
                    onChange={(signatureDate) => update({ signatureDate })}
                  />
                  <label className={labelClass}>
                    {file ? `Document signé (par défaut : ${file.name})` : "Document signé (PDF ou Word)"}
                    <input
                      type="file"
                      name="signedFile"
                      accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                      className="mt-1 font-normal"
                    />
                  </label>
                  <p className="text-sm text-slate-700">
                    Le document original est conservé tel quel comme document scellé, avec son empreinte SHA-256 ; la
                    convention ne pourra plus être modifiée que par avenant.
                  </p>
                </>
              ) : null}
            </fieldset>
          ) : null}

          {errorBox}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {pending
                ? "Création en cours…"
                : draft.signed
                  ? "Enregistrer la convention signée"
                  : "Créer le brouillon"}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setAnalysis(null);
                setDraft(null);
                setError(null);
              }}
            >
              Importer un autre document
            </Button>
          </div>
        </form>

        <section aria-labelledby="texte-source-titre" className="min-w-0">
          <h3 id="texte-source-titre" className="text-lg font-semibold">
            Texte source
          </h3>
          <pre
            tabIndex={0}
            aria-label="Texte du document importé"
            className="mt-2 max-h-[80vh] overflow-auto rounded border border-slate-300 bg-white p-3 text-sm whitespace-pre-wrap"
          >
            {analysis.source}
          </pre>
          {analysis.parsed.skipped.length || analysis.repeated.length ? (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium">
                Non repris : recalculé par la plateforme ({analysis.parsed.skipped.length + analysis.repeated.length}{" "}
                lignes)
              </summary>
              <p className="mt-1 text-sm text-slate-700">
                Sommaire, mentions « Entre / et », bloc de signatures, en-têtes et pieds de page, filigrane.
              </p>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {[...analysis.parsed.skipped, ...analysis.repeated].map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      </div>
    </>
  );
}
