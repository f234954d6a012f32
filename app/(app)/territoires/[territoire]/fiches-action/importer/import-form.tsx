"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { countOf } from "@/lib/typography";

type ImportError = { sheet: string; row: number; column: string; message: string };
type Result =
  | { ok: true; created: number; updated: number; indicators: number; values: number; budgetLines: number }
  | { ok: false; errors: ImportError[] };

export function ImportForm({ action, planHref }: { action: string; planHref: string }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setResult(null);
    setFailure(null);
    try {
      const response = await fetch(action, { method: "POST", body: new FormData(event.currentTarget) });
      if (response.headers.get("Content-Type")?.includes("application/json")) setResult(await response.json());
      else setFailure(await response.text());
    } catch {
      setFailure("L'envoi du fichier a échoué. Réessayez.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mt-6 flex flex-col gap-4">
      <form
        onSubmit={onSubmit}
        aria-label="Import Excel"
        className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4"
      >
        <label className="flex flex-col text-sm font-medium">
          Classeur Excel (.xlsx)
          <input
            type="file"
            name="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 font-normal"
          />
        </label>
        <Button type="submit" disabled={pending}>
          {pending ? "Import en cours…" : "Importer"}
        </Button>
      </form>
      {failure ? <Alert>{failure}</Alert> : null}
      {result?.ok ? (
        <Alert tone="success">
          Import réussi : {countOf(result.created, "fiche créée", "fiches créées")},{" "}
          {countOf(result.updated, "mise à jour", "mises à jour")}, {countOf(result.indicators, "indicateur")},{" "}
          {countOf(result.values, "valeur")}, {countOf(result.budgetLines, "ligne budgétaire", "lignes budgétaires")}.{" "}
          <Link className="underline" href={planHref}>
            Voir le plan
          </Link>
        </Alert>
      ) : null}
      {result && !result.ok ? (
        <section aria-labelledby="erreurs">
          <Alert>Le fichier contient {countOf(result.errors.length, "erreur")} : rien n&apos;a été enregistré.</Alert>
          <h2 id="erreurs" className="mt-4 text-lg font-semibold">
            Erreurs à corriger
          </h2>
          <Table className="mt-2">
            <THead>
              <Th>Feuille</Th>
              <Th>Ligne</Th>
              <Th>Colonne</Th>
              <Th>Erreur</Th>
            </THead>
            <tbody>
              {result.errors.map((e, i) => (
                <Tr key={i}>
                  <Td>{e.sheet}</Td>
                  <Td>{e.row}</Td>
                  <Td>{e.column}</Td>
                  <Td>{e.message}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
