import type { InputHTMLAttributes } from "react";

/** A labelled input with its error message tied through aria-describedby. */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = input.id ?? `champ-${name}`;
  const describedBy =
    [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-aide`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded border px-3 py-2 text-slate-900 ${error ? "border-red-700" : "border-slate-500"}`}
      />
      {error ? (
        <p id={`${id}-erreur`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
