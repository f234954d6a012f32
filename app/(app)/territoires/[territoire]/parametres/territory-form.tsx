"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useUnsavedChangesWarning } from "@/components/use-unsaved-changes-warning";
import { updateTerritoryAction } from "@/lib/territories/actions";
import { updateTerritorySchema } from "@/lib/territories/schemas";

type Values = { id: string; version: number; name: string; siren: string; population: string };
type Errors = Partial<Record<"name" | "siren" | "population", string>>;

export function TerritoryForm({ territory }: { territory: Values }) {
  const router = useRouter();
  const [values, setValues] = useState(territory);
  const [errors, setErrors] = useState<Errors>({});
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesWarning(dirty);
  const { execute, result, isPending } = useAction(updateTerritoryAction, {
    onSuccess({ data }) {
      if (data) setValues((current) => ({ ...current, version: data.version }));
      setDirty(false);
      router.refresh();
    },
    onError({ error }) {
      const fields = error.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
      if (fields) setErrors({ name: fields.name?.[0], siren: fields.siren?.[0], population: fields.population?.[0] });
    },
  });

  function update(field: keyof Errors, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setDirty(true);
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input = {
      territoryId: values.id,
      version: values.version,
      name: values.name,
      siren: values.siren,
      population: values.population,
    };
    const parsed = updateTerritorySchema.safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.flatten().fieldErrors;
      setErrors({ name: fields.name?.[0], siren: fields.siren?.[0], population: fields.population?.[0] });
      return;
    }
    setErrors({});
    execute(input);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-6 flex max-w-lg flex-col gap-5"
      aria-label="Paramètres du territoire"
    >
      {result.serverError ? (
        <Alert>
          {result.serverError}{" "}
          <button type="button" className="underline" onClick={() => window.location.reload()}>
            Recharger la page
          </button>
        </Alert>
      ) : null}
      {result.data && !dirty ? <Alert tone="success">Modifications enregistrées.</Alert> : null}
      <Field
        label="Nom du territoire"
        name="name"
        value={values.name}
        onChange={(e) => update("name", e.target.value)}
        error={errors.name}
        required
        maxLength={200}
      />
      <Field
        label="SIREN de l'EPCI"
        name="siren"
        hint="9 chiffres, par exemple 200069268."
        inputMode="numeric"
        value={values.siren}
        onChange={(e) => update("siren", e.target.value)}
        error={errors.siren}
      />
      <Field
        label="Population"
        name="population"
        inputMode="numeric"
        value={values.population}
        onChange={(e) => update("population", e.target.value)}
        error={errors.population}
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Enregistrement…" : "Enregistrer"}
        </Button>
      </div>
    </form>
  );
}
