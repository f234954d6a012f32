"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteOrganisationAction } from "@/lib/organisations/actions";

type Props = { input: { caisseId: string; organisationId: string; version: number }; name: string; redirectTo: string };

/** Deletes after a confirmation, then goes back to the list (the partner's page no longer exists). */
export function DeleteOrganisationButton({ input, name, redirectTo }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { execute, result, isPending } = useAction(deleteOrganisationAction, {
    onSuccess: () => router.push(redirectTo),
  });
  return (
    <div className="flex flex-col gap-2">
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      {confirming ? (
        <div role="group" aria-label="Confirmation" className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Supprimer « {name} » de l&apos;annuaire ?</span>
          <Button
            type="button"
            variant="danger"
            disabled={isPending}
            onClick={() => {
              setConfirming(false);
              execute(input);
            }}
          >
            Confirmer la suppression
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            Annuler
          </Button>
        </div>
      ) : (
        <div>
          <Button type="button" variant="danger" disabled={isPending} onClick={() => setConfirming(true)}>
            {isPending ? "Suppression…" : "Supprimer ce partenaire"}
          </Button>
        </div>
      )}
    </div>
  );
}
