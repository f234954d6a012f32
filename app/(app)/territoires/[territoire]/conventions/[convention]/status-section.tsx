import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { ReadinessChecklist } from "@/components/conventions/readiness-checklist";
import type { ReadinessItem } from "@/lib/conventions/readiness";
import { changeConventionStatusAction, deleteDraftConventionAction } from "@/lib/conventions/actions";
import type { ConventionDetail } from "@/lib/conventions/queries";
import { isTextEditable, manualTransitions, transitionVerbs } from "@/lib/conventions/status";

export function StatusSection({
  convention,
  conventionRef: ref,
  canEdit,
  readiness,
  base,
}: {
  convention: ConventionDetail;
  conventionRef: { conventionId: string; version: number };
  canEdit: boolean;
  /** The readiness checks, for a convention not yet signed. */
  readiness: ReadinessItem[] | null;
  base: string;
}) {
  return (
    <>
      {canEdit && manualTransitions[convention.status].length ? (
        <section aria-labelledby="statut" className="mt-6 rounded border border-slate-300 bg-white p-4">
          <h2 id="statut" className="text-lg font-semibold">
            Statut
          </h2>
          {readiness ? (
            <ReadinessChecklist
              items={readiness}
              base={base}
              action={convention.status === "VALIDATED" ? "enregistrer les signatures" : "valider le texte"}
            />
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            {manualTransitions[convention.status]
              .filter((to) => to !== "TERMINATED")
              .map((to) => (
                <ActionButton
                  key={to}
                  action={changeConventionStatusAction}
                  input={{ ...ref, to }}
                  label={transitionVerbs[to]!}
                  confirm={to === "VALIDATED" ? "Le texte sera figé pour les assemblées." : undefined}
                />
              ))}
            {isTextEditable(convention.status) ? (
              <ActionButton
                action={deleteDraftConventionAction}
                input={ref}
                label="Supprimer le brouillon"
                variant="danger"
                confirm="Le brouillon, ses articles, signataires et annexes seront supprimés définitivement."
                redirectTo={base.replace(/\/[^/]+$/, "")}
              />
            ) : null}
          </div>
          {manualTransitions[convention.status].includes("TERMINATED") ? (
            <div className="mt-4">
              <ActionForm
                action={changeConventionStatusAction}
                title="Résiliation"
                submitLabel="Résilier la convention"
                hidden={{ ...ref, to: "TERMINATED" }}
                fields={[
                  {
                    name: "terminatedAt",
                    label: "Date d'effet de la résiliation (préavis de trois mois)",
                    type: "date",
                    required: true,
                  },
                ]}
              />
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
