"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createTerritoryAction } from "@/lib/territories/actions";

type Props = {
  caisseId: string;
  epciSiren: string;
  defaultName: string;
  /** No member commune in the caisse's département: the admin confirms. */
  outside: boolean;
  /** « de la Lozère » */
  departementName: string;
  communes: number;
};

export function CreateTerritoryForm({ caisseId, epciSiren, defaultName, outside, departementName, communes }: Props) {
  const router = useRouter();
  const [name, setName] = useState(defaultName);
  const [confirmOutside, setConfirmOutside] = useState(false);
  const [addCommunes, setAddCommunes] = useState(true);
  const { execute, result, isPending } = useAction(createTerritoryAction, {
    onSuccess({ data }) {
      if (data) router.push(`/territoires/${data.slug}`);
    },
  });
  const fieldErrors = (result.validationErrors?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ caisseId, epciSiren, name, confirmOutside, addCommunes });
      }}
      noValidate
      aria-label="Créer le territoire"
      className="mt-4 flex max-w-xl flex-col gap-4"
    >
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      {fieldErrors.epciSiren ? <Alert>{fieldErrors.epciSiren[0]}</Alert> : null}
      <Field
        label="Nom du territoire"
        name="name"
        hint="Repris de la liste officielle, sans « CC » ni « CA » ; modifiable."
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldErrors.name?.[0]}
        maxLength={200}
        required
      />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="addCommunes"
          checked={addCommunes}
          onChange={(e) => setAddCommunes(e.target.checked)}
          className="mt-0.5 h-4 w-4"
        />
        {communes === 1
          ? "Ajouter la commune membre comme partenaire du territoire"
          : `Ajouter les ${communes} communes membres comme partenaires du territoire`}
      </label>
      {outside ? (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-sm">
          <p id="hors-departement">
            Ce territoire est hors de votre département : aucune de ses communes n&apos;est dans le département{" "}
            {departementName}.
          </p>
          <label className="mt-2 flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              name="confirmOutside"
              checked={confirmOutside}
              onChange={(e) => setConfirmOutside(e.target.checked)}
              aria-describedby="hors-departement"
              className="h-4 w-4"
            />
            Je confirme la création de ce territoire hors du département
          </label>
        </div>
      ) : null}
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Création…" : "Créer le territoire"}
        </Button>
      </div>
    </form>
  );
}
