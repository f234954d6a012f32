"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FicheStatus, Priority } from "@/lib/db/generated/enums";
import { bulkStatusAction } from "@/lib/fiches-action/actions";
import { ficheStatusLabels, priorityLabels } from "@/lib/labels";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { countOf } from "@/lib/typography";

type Row = {
  id: string;
  number: string;
  title: string;
  status: FicheStatus;
  late: boolean;
  priority: Priority;
  themes: string;
  axis: string;
  pilot: string;
  end: string;
  /** The caller may change this fiche's status (the checkbox of the bulk form). */
  editable: boolean;
};
type SortKey = "numero" | "titre" | "statut" | "fin" | "priorite";

export function FichesTable({
  fiches,
  territoryId,
  base,
  canBulk,
  sort,
}: {
  fiches: Row[];
  territoryId: string;
  base: string;
  canBulk: boolean;
  sort: { key: SortKey; order: "asc" | "desc"; links: Record<SortKey, string> };
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<string[]>([]);
  const [status, setStatus] = useState<FicheStatus>("IN_PROGRESS");
  const [comment, setComment] = useState("");
  const { execute, result, isPending } = useAction(bulkStatusAction, {
    onSuccess: () => {
      setSelected([]);
      setComment("");
      router.refresh();
    },
  });
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  const header = (key: SortKey, label: string) => (
    <Th aria-sort={sort.key === key ? (sort.order === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sort.links[key]} className="text-brand-700 underline">
        {label}
        {sort.key === key ? <span aria-hidden="true">{sort.order === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </Th>
  );
  return (
    <>
      {canBulk ? (
        <form
          aria-label="Changement de statut groupé"
          className="mt-2 flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            execute({ territoryId, ficheIds: selected, status, comment });
          }}
        >
          <label className="flex flex-col text-sm">
            Nouveau statut des fiches cochées
            <select
              disabled={!hydrated}
              value={status}
              onChange={(e) => setStatus(e.target.value as FicheStatus)}
              className="mt-1 rounded border border-slate-500 bg-white px-2 py-2"
            >
              {Object.entries(ficheStatusLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            Commentaire
            <input
              disabled={!hydrated}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              maxLength={2000}
              className="mt-1 rounded border border-slate-500 px-2 py-2"
            />
          </label>
          <Button type="submit" disabled={isPending || selected.length === 0}>
            Appliquer à {countOf(selected.length, "fiche")}
          </Button>
          {result.serverError ? <Alert>{result.serverError}</Alert> : null}
        </form>
      ) : null}
      {/* Outside the form: the fiches changed may leave the filtered list, and the form with them. */}
      {result.data ? (
        <Alert tone="success">{countOf(result.data.changed, "fiche mise à jour", "fiches mises à jour")}.</Alert>
      ) : null}
      <Table caption={`Fiches-action, triées par ${sort.key}`} className="mt-3">
        <THead>
          {canBulk ? (
            <Th>
              <span className="sr-only">Sélection</span>
            </Th>
          ) : null}
          {header("numero", "N°")}
          {header("titre", "Fiche-action")}
          <Th>Axe</Th>
          <Th>Pilote</Th>
          {header("statut", "Statut")}
          {header("priorite", "Priorité")}
          {header("fin", "Fin")}
        </THead>
        <tbody>
          {fiches.map((fiche) => (
            <tr key={fiche.id} className="border-b border-slate-200 align-top">
              {canBulk ? (
                <Td>
                  {fiche.editable ? (
                    <input
                      type="checkbox"
                      disabled={!hydrated}
                      checked={selected.includes(fiche.id)}
                      onChange={() => toggle(fiche.id)}
                      aria-label={`Sélectionner la fiche ${fiche.number}`}
                      className="h-4 w-4"
                    />
                  ) : null}
                </Td>
              ) : null}
              <Td>{fiche.number}</Td>
              <Td>
                <Link href={`${base}/${fiche.id}`} className="text-brand-700 underline">
                  {fiche.title}
                </Link>
                <div className="text-slate-700">{fiche.themes}</div>
              </Td>
              <Td>{fiche.axis}</Td>
              <Td>{fiche.pilot}</Td>
              <Td>
                <FicheStatusBadge status={fiche.status} late={fiche.late} />
              </Td>
              <Td>{priorityLabels[fiche.priority]}</Td>
              <Td>{fiche.end}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
