"use client";

import { useAction } from "next-safe-action/hooks";
import type { HookSafeActionFn } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useAdoptWhenClean } from "./use-adopt-when-clean";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";

export type FormField = {
  name: string;
  label: string;
  type?:
    | "text"
    | "date"
    | "number"
    | "textarea"
    | "select"
    | "checkbox"
    | "checkboxes"
    | "time"
    | "month"
    | "email"
    | "password";
  autoComplete?: string;
  defaultValue?: string | number | boolean | null | string[];
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  maxLength?: number;
};

type Props = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  action: HookSafeActionFn<any, any, any, any>;
  /** Values sent as they are (ids, the version the form is based on). */
  hidden: Record<string, string | number | null>;
  fields: FormField[];
  submitLabel: string;
  title: string;
  /** The confirmation: a text, or made from the action's data; by default "Enregistré — version N." when it has one. */
  successMessage?: string | ((data: unknown) => string);
  /** Reset the fields after a successful save (creation forms). */
  resetOnSuccess?: boolean;
  /** Called with the action's data after a success (from client components: a redirect, a sign-in). */
  onSuccess?: (data: unknown) => void;
};

/**
 * A form for one server action: French field errors from the action's zod schema beside each field, the
 * action's error (conflict, forbidden, sealed convention…) above, a warning before leaving with unsaved changes.
 */
export function ActionForm({
  action,
  hidden,
  fields,
  submitLabel,
  title,
  successMessage,
  resetOnSuccess,
  onSuccess,
}: Props) {
  const router = useRouter();
  const [dirty, setDirty] = useState(false);
  const [formKey, setFormKey] = useState(0);
  /** The confirmation of the last save, until the form changes or is sent again ("" when none). */
  const [savedMessage, setSavedMessage] = useState("");
  // Where the keyboard focus goes once the outcome is shown: the message (saved, refused) or the first invalid field.
  const [focusOutcome, setFocusOutcome] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The hidden values (ids, version) the displayed fields were loaded with. A refresh of the page (after any action
  // on it) brings newer ones: they replace the form only while the user has no draft, so a draft based on an older
  // version is sent with that version and refused as a conflict instead of overwriting someone else's save.
  const [base, setBase] = useState(hidden);
  const hiddenKey = JSON.stringify(hidden);
  useAdoptWhenClean(hiddenKey, dirty, () => {
    setBase(hidden);
    setFormKey((k) => k + 1); // fields re-read their default values from the fresh page
  });
  useUnsavedChangesWarning(dirty);
  const { execute, result, isPending } = useAction(action, {
    onSuccess: ({ data }) => {
      // Our own save's new version, at once: a draft typed before the page refresh lands is based on it.
      const version = (data as { version?: unknown } | undefined)?.version;
      if (typeof version === "number" && "version" in base) setBase({ ...base, version });
      setDirty(false);
      setSavedMessage(
        typeof successMessage === "function"
          ? successMessage(data)
          : (successMessage ?? (typeof version === "number" ? `Enregistré — version ${version}.` : "Enregistré.")),
      );
      setFocusOutcome((n) => n + 1);
      if (resetOnSuccess) setFormKey((k) => k + 1);
      if (onSuccess) onSuccess(data);
      else router.refresh();
    },
    onError: () => setFocusOutcome((n) => n + 1),
  });
  useEffect(() => {
    if (focusOutcome === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? statusRef.current)?.focus();
  }, [focusOutcome]);
  const fieldErrors =
    (
      result.validationErrors as
        { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | undefined
    )?.fieldErrors ?? {};
  const formErrors = (result.validationErrors as { formErrors?: string[] } | undefined)?.formErrors ?? [];
  const idBase = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input: Record<string, unknown> = { ...base };
    for (const field of fields) {
      input[field.name] =
        field.type === "checkbox"
          ? data.get(field.name) === "on"
          : field.type === "checkboxes"
            ? data.getAll(field.name)
            : (data.get(field.name) ?? "");
    }
    setSavedMessage("");
    execute(input);
  }

  return (
    <form
      ref={formRef}
      key={formKey}
      onSubmit={onSubmit}
      onChange={() => {
        setDirty(true);
        setSavedMessage("");
      }}
      noValidate
      aria-label={title}
      className="flex flex-col gap-4"
    >
      <div ref={statusRef} tabIndex={-1} className="flex flex-col gap-2 empty:hidden">
        {result.serverError ? <Alert>{result.serverError}</Alert> : null}
        {formErrors.length ? <Alert>{formErrors.join(" ")}</Alert> : null}
        {savedMessage && !result.serverError ? <Alert tone="success">{savedMessage}</Alert> : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map((field) => {
          const id = `${idBase}-${field.name}`;
          const error = fieldErrors[field.name]?.[0];
          const describedBy =
            [field.hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
          const common = {
            id,
            name: field.name,
            "aria-invalid": error ? true : undefined,
            "aria-describedby": describedBy,
            required: field.required,
          };
          const inputClass = `rounded border px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`;
          return (
            <div
              key={field.name}
              className={`flex flex-col gap-1 ${field.type === "textarea" || field.type === "checkboxes" ? "md:col-span-2" : ""}`}
            >
              {field.type === "checkboxes" ? (
                <fieldset aria-describedby={describedBy} className="rounded border border-slate-300 p-2">
                  <legend className="px-1 text-sm font-medium">{field.label}</legend>
                  <div className="grid gap-1 sm:grid-cols-2 md:grid-cols-3">
                    {field.options?.map((option) => (
                      <label key={option.value} className="flex items-center gap-2 text-sm">
                        <input
                          type="checkbox"
                          name={field.name}
                          value={option.value}
                          defaultChecked={
                            Array.isArray(field.defaultValue) && field.defaultValue.includes(option.value)
                          }
                          className="h-4 w-4"
                        />
                        {option.label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : field.type === "checkbox" ? (
                <div className="flex items-center gap-2">
                  <input type="checkbox" {...common} defaultChecked={Boolean(field.defaultValue)} className="h-4 w-4" />
                  <label htmlFor={id} className="text-sm font-medium">
                    {field.label}
                  </label>
                </div>
              ) : (
                <>
                  <label htmlFor={id} className="text-sm font-medium">
                    {field.label}
                  </label>
                  {field.hint ? (
                    <p id={`${id}-aide`} className="text-sm text-slate-700">
                      {field.hint}
                    </p>
                  ) : null}
                  {field.type === "textarea" ? (
                    <textarea
                      {...common}
                      rows={4}
                      defaultValue={(field.defaultValue as string) ?? ""}
                      maxLength={field.maxLength}
                      className={inputClass}
                    />
                  ) : field.type === "select" ? (
                    <select
                      {...common}
                      defaultValue={(field.defaultValue as string) ?? ""}
                      className={`${inputClass} bg-white`}
                    >
                      {field.options?.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      {...common}
                      type={field.type ?? "text"}
                      defaultValue={field.defaultValue == null ? "" : String(field.defaultValue)}
                      maxLength={field.maxLength}
                      autoComplete={field.autoComplete}
                      className={inputClass}
                    />
                  )}
                </>
              )}
              {error ? (
                <p id={`${id}-erreur`} className="text-sm text-red-800">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Enregistrement…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
