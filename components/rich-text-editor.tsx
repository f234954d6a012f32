"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useId, useState } from "react";
import { FIELD_LABELS, FIELD_NAMES, type FieldName, type FieldValues } from "@/lib/conventions/fields";
import { ConventionField } from "./rich-text-field";

/**
 * A word-processor-like editor limited to what a convention needs: paragraphs, sub-headings, bullet and numbered
 * lists, bold and italic. Keyboard: Ctrl+B, Ctrl+I, and the toolbar buttons (reachable with Tab). With `fields`
 * (a convention's texts), fields bound to the convention's data show their value and can be inserted.
 */
export function RichTextEditor({
  id,
  label,
  value,
  onChange,
  describedBy,
  fields,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (html: string) => void;
  describedBy?: string;
  fields?: FieldValues;
}) {
  const fieldSelectId = useId();
  const [fieldToInsert, setFieldToInsert] = useState<FieldName>("startDate");
  const editor = useEditor({
    immediatelyRender: false,
    // TipTap's few base rules are in globals.css: an injected <style> element would need the CSP nonce.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [3] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: false,
        underline: false,
      }),
      ...(fields ? [ConventionField.configure({ values: fields })] : []),
    ],
    content: value,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        class:
          "prose-convention min-h-64 rounded-b border border-slate-500 bg-white p-3 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700",
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive("bold") ?? false,
      italic: e?.isActive("italic") ?? false,
      heading: e?.isActive("heading", { level: 3 }) ?? false,
      bullet: e?.isActive("bulletList") ?? false,
      ordered: e?.isActive("orderedList") ?? false,
    }),
  });
  const buttons: { label: string; active: boolean; run: () => void }[] = editor
    ? [
        { label: "Gras", active: !!state?.bold, run: () => editor.chain().focus().toggleBold().run() },
        { label: "Italique", active: !!state?.italic, run: () => editor.chain().focus().toggleItalic().run() },
        {
          label: "Sous-titre",
          active: !!state?.heading,
          run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
        },
        { label: "Liste à puces", active: !!state?.bullet, run: () => editor.chain().focus().toggleBulletList().run() },
        {
          label: "Liste numérotée",
          active: !!state?.ordered,
          run: () => editor.chain().focus().toggleOrderedList().run(),
        },
      ]
    : [];
  return (
    <div>
      <div
        role="toolbar"
        aria-label={`Mise en forme : ${label}`}
        className="flex flex-wrap gap-1 rounded-t border border-b-0 border-slate-500 bg-slate-100 p-1"
      >
        {buttons.map((button) => (
          <button
            key={button.label}
            type="button"
            aria-pressed={button.active}
            // A mouse click must not take the focus out of the text: keys typed right after it would land on the
            // button while the editor refocuses. Keyboard users activate the button and the command refocuses.
            onMouseDown={(event) => event.preventDefault()}
            onClick={button.run}
            className={`rounded px-2 py-1 text-sm ${button.active ? "bg-brand-700 text-white" : "bg-white text-slate-900 hover:bg-slate-200"}`}
          >
            {button.label}
          </button>
        ))}
        {fields && editor ? (
          <span className="flex flex-wrap items-center gap-1">
            <label htmlFor={fieldSelectId} className="sr-only">
              Champ à insérer
            </label>
            <select
              id={fieldSelectId}
              value={fieldToInsert}
              onChange={(event) => setFieldToInsert(event.target.value as FieldName)}
              className="rounded border border-slate-500 bg-white px-1 py-1 text-sm"
            >
              {FIELD_NAMES.map((name) => (
                <option key={name} value={name}>
                  {FIELD_LABELS[name]} ({fields[name] ?? "à renseigner"})
                </option>
              ))}
            </select>
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() =>
                editor
                  .chain()
                  .focus()
                  .insertContent({ type: "conventionField", attrs: { name: fieldToInsert } })
                  .run()
              }
              className="rounded bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-200"
            >
              Insérer le champ
            </button>
          </span>
        ) : null}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
