"use client";

import { useRef } from "react";
import { ActionForm } from "@/components/action-form";
import { createConventionAction } from "@/lib/conventions/actions";
import { defaultPeriodEnd } from "@/lib/conventions/in-force";

export type RenewableConvention = {
  id: string;
  label: string;
  /** The renewal's default period: the day after this edition ends, for five years (yyyy-mm-dd). */
  startDate: string;
  endDate: string;
};

/** The default end of a period starting on a yyyy-mm-dd day, as yyyy-mm-dd (null for an incomplete date). */
function defaultEnd(start: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  const day = new Date(`${start}T00:00:00.000Z`);
  return Number.isNaN(day.getTime()) ? null : defaultPeriodEnd(day).toISOString().slice(0, 10);
}

/**
 * "Nouvelle convention": the period follows the choice. Renewing an edition proposes the day after it ends as the
 * start; any start proposes start + 5 years − 1 day as the end. A date the user typed is never overwritten: a
 * field follows only while it still holds the value last proposed.
 */
export function NewConventionForm({
  territoryId,
  renewable,
  model,
}: {
  territoryId: string;
  renewable: RenewableConvention[];
  model: { startDate: string; endDate: string };
}) {
  const container = useRef<HTMLDivElement>(null);
  const first = renewable[0];
  const initialMode = first ? "renewal" : "model";
  const initial = first ?? model;
  // The values proposed so far per field, beside the current defaults (which the fields hold after a reset).
  const proposed = useRef<Record<"startDate" | "endDate", string[]>>({ startDate: [], endDate: [] });

  const field = (name: string) =>
    container.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) ?? null;
  const propose = (name: "startDate" | "endDate", value: string) => {
    const input = field(name);
    const untouched = input && (input.value === initial[name] || proposed.current[name].includes(input.value));
    if (!input || !untouched || input.value === value) return;
    input.value = value;
    proposed.current[name].push(value);
  };

  function onChange(event: React.ChangeEvent<HTMLDivElement>) {
    const name = (event.target as { name?: string }).name;
    if (name === "mode" || name === "previousConventionId") {
      const previous = renewable.find((c) => c.id === field("previousConventionId")?.value);
      const period = field("mode")?.value === "renewal" && previous ? previous : model;
      propose("startDate", period.startDate);
      propose("endDate", period.endDate);
    } else if (name === "startDate") {
      const end = defaultEnd(field("startDate")?.value ?? "");
      if (end) propose("endDate", end);
    }
  }

  return (
    <div ref={container} onChange={onChange}>
      <ActionForm
        action={createConventionAction}
        title="Nouvelle convention"
        submitLabel="Créer le brouillon"
        successMessage="Brouillon créé : il apparaît dans la liste ci-dessus."
        resetOnSuccess
        hidden={{ territoryId }}
        fields={[
          {
            name: "mode",
            label: "Point de départ",
            type: "select",
            defaultValue: initialMode,
            options: [
              { value: "model", label: "Le modèle de convention" },
              { value: "renewal", label: "Renouveler une convention existante" },
            ],
          },
          {
            name: "previousConventionId",
            label: "Convention à renouveler",
            type: "select",
            options: [{ value: "", label: "—" }, ...renewable.map((c) => ({ value: c.id, label: c.label }))],
            defaultValue: first?.id ?? "",
          },
          {
            name: "title",
            label: "Titre",
            defaultValue: "Convention territoriale globale de services aux familles",
            required: true,
            maxLength: 300,
          },
          { name: "place", label: "Lieu de signature", maxLength: 120 },
          {
            name: "startDate",
            label: "Début",
            type: "date",
            defaultValue: initial.startDate,
            required: true,
            hint: "Un renouvellement commence le lendemain de la fin de la convention renouvelée.",
          },
          {
            name: "endDate",
            label: "Fin",
            type: "date",
            defaultValue: initial.endDate,
            required: true,
            hint: "Par défaut cinq ans après le début, moins un jour.",
          },
        ]}
      />
    </div>
  );
}
