"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAdoptWhenClean } from "@/components/use-adopt-when-clean";
import { useUnsavedChangesWarning } from "@/components/use-unsaved-changes-warning";
import { recordAttendanceAction } from "@/lib/meetings/actions";
import type { ATTENDANCES } from "@/lib/meetings/schemas";
import { RowHeader, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { ofName } from "@/lib/typography";

type Row = {
  id: string;
  name: string;
  title: string | null;
  organisation: string | null;
  isAdviser: boolean;
  attendance: string;
  representedBy: string | null;
};

/** The attendance sheet: one choice per member (present, excused, represented by…, absent), saved at once. */
export function AttendanceForm({
  meetingId,
  version,
  rows,
  labels,
}: {
  meetingId: string;
  version: number;
  rows: Row[];
  labels: Record<string, string>;
}) {
  const router = useRouter();
  const [entries, setEntries] = useState(() =>
    rows.map((r) => ({ attendeeId: r.id, attendance: r.attendance, representedBy: r.representedBy ?? "" })),
  );
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  // The version the sheet was loaded with; a newer one replaces the sheet only while there is no draft.
  const [base, setBase] = useState(version);
  useAdoptWhenClean(JSON.stringify(rows) + version, dirty, () => {
    setBase(version);
    setEntries(rows.map((r) => ({ attendeeId: r.id, attendance: r.attendance, representedBy: r.representedBy ?? "" })));
  });
  useUnsavedChangesWarning(dirty);
  const { execute, result, isPending } = useAction(recordAttendanceAction, {
    onSuccess: ({ data }) => {
      if (data) setBase(data.version);
      setDirty(false);
      setSaved(true);
      router.refresh();
    },
  });
  const errors = result.validationErrors as
    { formErrors?: string[]; fieldErrors?: Record<string, string[]> } | undefined;
  const messages = [...(errors?.formErrors ?? []), ...Object.values(errors?.fieldErrors ?? {}).flat()];
  const update = (index: number, patch: Partial<(typeof entries)[number]>) => {
    setEntries((current) => current.map((e, i) => (i === index ? { ...e, ...patch } : e)));
    setDirty(true);
    setSaved(false);
  };
  return (
    <form
      aria-label="Feuille de présence"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        execute({
          meetingId,
          version: base,
          entries: entries as { attendeeId: string; attendance: (typeof ATTENDANCES)[number]; representedBy: string }[],
        });
      }}
      className="mt-3 flex flex-col gap-3"
    >
      {result.serverError ? <Alert>{result.serverError}</Alert> : null}
      {messages.length ? <Alert>{messages.join(" ")}</Alert> : null}
      {saved && !result.serverError ? <Alert tone="success">Présences enregistrées.</Alert> : null}
      <Table caption="Présence des membres">
        <THead>
          <Th>Membre</Th>
          <Th>Présence</Th>
          <Th>Représenté par</Th>
        </THead>
        <tbody>
          {rows.map((row, index) => (
            <Tr key={row.id}>
              <RowHeader>
                <span className="font-medium">{row.name}</span>
                {row.title ? `, ${row.title}` : ""}
                {row.organisation ? <span className="block text-slate-700">{row.organisation}</span> : null}
                {row.isAdviser ? <span className="block text-slate-700">Invité à titre consultatif</span> : null}
              </RowHeader>
              <Td>
                <select
                  aria-label={`Présence ${ofName(row.name)}`}
                  value={entries[index].attendance}
                  onChange={(e) => update(index, { attendance: e.target.value })}
                  className="rounded border border-slate-500 bg-white px-2 py-1"
                >
                  {Object.entries(labels).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </Td>
              <Td>
                <input
                  type="text"
                  aria-label={`${row.name} représenté par`}
                  value={entries[index].representedBy}
                  disabled={entries[index].attendance !== "REPRESENTED"}
                  maxLength={200}
                  onChange={(e) => update(index, { representedBy: e.target.value })}
                  className="w-full rounded border border-slate-500 px-2 py-1 disabled:bg-slate-100"
                />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Enregistrement…" : "Enregistrer les présences"}
        </Button>
      </div>
    </form>
  );
}
