import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { saveStepAction } from "@/lib/fiches-action/actions";
import type { FicheDetail } from "@/lib/fiches-action/queries";
import { formatDate } from "@/lib/format";

export function Steps({ fiche, editable }: { fiche: FicheDetail; editable: boolean }) {
  return (
    <section aria-labelledby="etapes" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="etapes" className="text-lg font-semibold">
        Étapes
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {fiche.steps.map((step) => (
          <li key={step.id} className="flex flex-wrap items-center gap-2">
            <span>
              {step.done ? "✓ Fait" : "○ À faire"} — {step.title}
              {step.dueDate ? ` (échéance ${formatDate(step.dueDate)})` : ""}
            </span>
            {editable ? (
              <ActionButton
                action={saveStepAction}
                input={{
                  ficheId: fiche.id,
                  stepId: step.id,
                  title: step.title,
                  dueDate: step.dueDate ? step.dueDate.toISOString().slice(0, 10) : "",
                  done: !step.done,
                }}
                label={step.done ? "Marquer à faire" : "Marquer comme faite"}
                ariaLabel={`${step.done ? "Marquer à faire" : "Marquer comme faite"} : ${step.title}`}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="mt-3">
          <ActionForm
            action={saveStepAction}
            title="Nouvelle étape"
            submitLabel="Ajouter l'étape"
            resetOnSuccess
            hidden={{ ficheId: fiche.id }}
            fields={[
              { name: "title", label: "Intitulé", required: true, maxLength: 300 },
              { name: "dueDate", label: "Échéance", type: "date" },
              { name: "done", label: "Déjà faite", type: "checkbox" },
            ]}
          />
        </div>
      ) : null}
    </section>
  );
}
