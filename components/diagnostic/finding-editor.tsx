"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { RichTextEditor } from "@/components/rich-text-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAdoptWhenClean } from "@/components/use-adopt-when-clean";
import { useUnsavedChangesWarning } from "@/components/use-unsaved-changes-warning";
import type { DiagnosticTheme } from "@/lib/db/generated/enums";
import { saveDiagnosticFindingAction } from "@/lib/diagnostic/finding-actions";

/**
 * The caisse's findings on one theme, in rich text, saved with the version they were loaded with (0: none yet): a
 * concurrent save is refused, never overwritten. The outcome (saved, refused) takes the keyboard focus.
 */
export function FindingEditor({
  territoryId,
  theme,
  themeTitle,
  version,
  initial,
}: {
  territoryId: string;
  theme: DiagnosticTheme;
  themeTitle: string;
  version: number;
  initial: string;
}) {
  const router = useRouter();
  const [html, setHtml] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState("");
  const [base, setBase] = useState(version);
  const [editorKey, setEditorKey] = useState(0);
  const [focusOutcome, setFocusOutcome] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);
  useAdoptWhenClean(version, dirty, () => {
    setBase(version);
    setHtml(initial);
    setEditorKey((k) => k + 1);
  });
  useUnsavedChangesWarning(dirty);
  const { execute, result, isPending } = useAction(saveDiagnosticFindingAction, {
    onSuccess: ({ data }) => {
      if (data) setBase(data.version);
      setDirty(false);
      setSaved(data ? `Constats « ${themeTitle} » enregistrés — version ${data.version}.` : "Constats enregistrés.");
      setFocusOutcome((n) => n + 1);
      router.refresh();
    },
    onError: () => setFocusOutcome((n) => n + 1),
  });
  useEffect(() => {
    if (focusOutcome > 0) statusRef.current?.focus();
  }, [focusOutcome]);
  const validation = result.validationErrors as { fieldErrors?: Record<string, string[]> } | undefined;
  const fieldErrors = Object.values(validation?.fieldErrors ?? {}).flat();
  const id = `constats-${theme.toLowerCase()}`;
  return (
    <form
      aria-label={`Constats : ${themeTitle}`}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved("");
        execute({ territoryId, theme, version: base, body: html });
      }}
      className="mt-2 flex flex-col gap-3"
    >
      <div ref={statusRef} tabIndex={-1} className="flex flex-col gap-2 empty:hidden">
        {result.serverError ? <Alert>{result.serverError}</Alert> : null}
        {fieldErrors.length ? <Alert>{fieldErrors.join(" ")}</Alert> : null}
        {saved && !result.serverError ? <Alert tone="success">{saved}</Alert> : null}
      </div>
      <RichTextEditor
        key={editorKey}
        id={id}
        label={`Constats de la caisse : ${themeTitle}`}
        value={html}
        onChange={(value) => {
          setHtml(value);
          setDirty(true);
          setSaved("");
        }}
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Enregistrement…" : "Enregistrer les constats"}
        </Button>
      </div>
    </form>
  );
}
