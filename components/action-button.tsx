"use client";

import { useAction } from "next-safe-action/hooks";
import type { HookSafeActionFn } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "./ui/button";

type Props<I> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  action: HookSafeActionFn<any, any, any, any>;
  input: I;
  label: string;
  /** Asks for confirmation first (deletions, irreversible steps). */
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Accessible name when the visible label is short (e.g. "↑"). */
  ariaLabel?: string;
  /** Where to go after success (a deletion), instead of refreshing the page. */
  redirectTo?: string;
};

/** A button that runs one server action, then refreshes the page; shows the French error when it fails. */
export function ActionButton<I>({
  action,
  input,
  label,
  confirm,
  variant = "secondary",
  ariaLabel,
  redirectTo,
}: Props<I>) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { execute, result, isPending } = useAction(action, {
    onSuccess: () => (redirectTo ? router.push(redirectTo) : router.refresh()),
  });
  const error = result.serverError ?? (result.validationErrors ? "Données invalides." : null);
  if (confirming) {
    return (
      <span role="group" aria-label="Confirmation" className="inline-flex flex-wrap items-center gap-2">
        <span className="text-sm">{confirm}</span>
        <Button
          type="button"
          variant="danger"
          onClick={() => {
            setConfirming(false);
            execute(input);
          }}
        >
          Confirmer
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          Annuler
        </Button>
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={variant}
        aria-label={ariaLabel}
        disabled={isPending}
        onClick={() => (confirm ? setConfirming(true) : execute(input))}
      >
        {isPending ? "…" : label}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
