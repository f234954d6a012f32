"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RichTextEditor } from "@/components/rich-text-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAdoptWhenClean } from "@/components/use-adopt-when-clean";
import { useUnsavedChangesWarning } from "@/components/use-unsaved-changes-warning";
import { saveMinutesAction } from "@/lib/meetings/actions";

/** The minutes in rich text, saved with the meeting's version: a concurrent save is refused, never overwritten. */
export function MinutesEditor({
  meetingId,
  version,
  initial,
}: {
  meetingId: string;
  version: number;
  initial: string;
}) {
  const router = useRouter();
  const [html, setHtml] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  // The version the text was loaded with; a newer one replaces the text only while there is no draft.
  const [base, setBase] = useState(version);
  const [editorKey, setEditorKey] = useState(0);
  useAdoptWhenClean(version, dirty, () => {
    setBase(version);
    setHtml(initial);
    setEditorKey((k) => k + 1);
  });
  useUnsavedChangesWarning(dirty);
  const { execute, result, isPending } = useAction(saveMinutesAction, {
    onSuccess: ({ data }) => {
      if (data) setBase(data.version);
      setDirty(false);
      setSaved(true);
      router.refresh();
    },
  });
  const validation = result.validationErrors as { fieldErrors?: Record<string, string[]> } | undefined;
  return (
    <form
      aria-label="Compte rendu"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        execute({ meetingId, version: base, minutes: html });
      }}
      className="mt-3 flex flex-col gap-3"
    >
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      {validation?.fieldErrors?.minutes ? <Alert>{validation.fieldErrors.minutes.join(" ")}</Alert> : null}
      {saved && !result.serverError ? <Alert tone="success">Compte rendu enregistré.</Alert> : null}
      <RichTextEditor
        key={editorKey}
        id="compte-rendu"
        label="Relevé des échanges"
        value={html}
        onChange={(value) => {
          setHtml(value);
          setDirty(true);
          setSaved(false);
        }}
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Enregistrement…" : "Enregistrer le compte rendu"}
        </Button>
      </div>
    </form>
  );
}
