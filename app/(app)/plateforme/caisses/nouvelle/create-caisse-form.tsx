"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useUnsavedChangesWarning } from "@/components/use-unsaved-changes-warning";
import { createCaisseAction } from "@/lib/caisses/actions";
import { caisseNames, type CaisseKindCode } from "@/lib/geo/names";

type Departement = { code: string; nom: string; typeLiaison: number };
type FieldName = "kind" | "departement" | "name" | "shortName" | "adminName" | "adminEmail";

export function CreateCaisseForm({ departements }: { departements: Departement[] }) {
  const router = useRouter();
  const [kind, setKind] = useState<CaisseKindCode>("CAF");
  const [departement, setDepartement] = useState("");
  const [names, setNames] = useState({ name: "", shortName: "" });
  // Names follow the kind and département until the operator edits them.
  const [namesEdited, setNamesEdited] = useState(false);
  const [admin, setAdmin] = useState({ adminName: "", adminEmail: "" });
  const [existing, setExisting] = useState<string[] | null>(null);
  const [confirmSecond, setConfirmSecond] = useState(false);
  const [dirty, setDirty] = useState(false);
  const confirmRef = useRef<HTMLInputElement>(null);
  useUnsavedChangesWarning(dirty);
  const { execute, result, isPending } = useAction(createCaisseAction, {
    onSuccess({ data }) {
      if (data?.status === "confirm") {
        setExisting(data.existing);
        setTimeout(() => confirmRef.current?.focus(), 0);
        return;
      }
      if (data?.status === "created") {
        setDirty(false);
        router.push(`/plateforme?ouverte=${data.caisseId}`);
      }
    },
  });
  const fieldErrors = (result.validationErrors?.fieldErrors ?? {}) as Partial<Record<FieldName, string[]>>;
  const error = (field: FieldName) => fieldErrors[field]?.[0];

  function choose(nextKind: CaisseKindCode, code: string) {
    setKind(nextKind);
    setDepartement(code);
    setExisting(null);
    setConfirmSecond(false);
    setDirty(true);
    const d = departements.find((x) => x.code === code);
    if (d && !namesEdited) setNames(caisseNames(nextKind, d));
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    execute({ kind, departement, ...names, ...admin, confirmSecond });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ouvrir une caisse" className="mt-6 flex max-w-xl flex-col gap-5">
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Type de caisse</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="kind"
            value="CAF"
            checked={kind === "CAF"}
            onChange={() => choose("CAF", departement)}
            className="h-4 w-4"
          />
          Caisse d&apos;allocations familiales (CAF)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="kind"
            value="CCSS"
            checked={kind === "CCSS"}
            onChange={() => choose("CCSS", "48")}
            className="h-4 w-4"
          />
          Caisse commune de sécurité sociale (CCSS, Lozère seulement)
        </label>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="champ-departement" className="text-sm font-medium">
          Département
        </label>
        <select
          id="champ-departement"
          name="departement"
          value={departement}
          onChange={(e) => choose(kind, e.target.value)}
          aria-invalid={error("departement") ? true : undefined}
          aria-describedby={error("departement") ? "champ-departement-erreur" : undefined}
          className="rounded border border-slate-500 bg-white px-3 py-2"
        >
          <option value="">Choisissez…</option>
          {departements.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} — {d.nom}
            </option>
          ))}
        </select>
        {error("departement") ? (
          <p id="champ-departement-erreur" className="text-sm text-red-800">
            {error("departement")}
          </p>
        ) : null}
      </div>
      <Field
        label="Nom de la caisse"
        name="name"
        hint="Proposé d'après le département ; modifiable."
        value={names.name}
        onChange={(e) => {
          setNames({ ...names, name: e.target.value });
          setNamesEdited(true);
          setDirty(true);
        }}
        error={error("name")}
        maxLength={200}
        required
      />
      <Field
        label="Nom court"
        name="shortName"
        value={names.shortName}
        onChange={(e) => {
          setNames({ ...names, shortName: e.target.value });
          setNamesEdited(true);
          setDirty(true);
        }}
        error={error("shortName")}
        maxLength={80}
        required
      />
      <fieldset className="flex flex-col gap-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-sm font-medium">Premier administrateur de la caisse (invité par e-mail)</legend>
        <Field
          label="Prénom et nom"
          name="adminName"
          autoComplete="off"
          value={admin.adminName}
          onChange={(e) => {
            setAdmin({ ...admin, adminName: e.target.value });
            setDirty(true);
          }}
          error={error("adminName")}
          maxLength={120}
          required
        />
        <Field
          label="Adresse e-mail"
          name="adminEmail"
          type="email"
          autoComplete="off"
          value={admin.adminEmail}
          onChange={(e) => {
            setAdmin({ ...admin, adminEmail: e.target.value });
            setDirty(true);
          }}
          error={error("adminEmail")}
          maxLength={254}
          required
        />
      </fieldset>
      {existing ? (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-sm">
          <p id="caisse-existante">
            Ce département a déjà {existing.length > 1 ? "des caisses" : "une caisse"} : {existing.join(", ")}. Les
            Pyrénées-Atlantiques en ont deux ; ailleurs, vérifiez qu&apos;il ne s&apos;agit pas d&apos;un doublon.
          </p>
          <label className="mt-2 flex items-center gap-2 font-medium">
            <input
              ref={confirmRef}
              type="checkbox"
              checked={confirmSecond}
              onChange={(e) => setConfirmSecond(e.target.checked)}
              aria-describedby="caisse-existante"
              className="h-4 w-4"
            />
            Ouvrir une autre caisse dans ce département
          </label>
        </div>
      ) : null}
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Ouverture…" : "Ouvrir la caisse et inviter l'administrateur"}
        </Button>
      </div>
    </form>
  );
}
