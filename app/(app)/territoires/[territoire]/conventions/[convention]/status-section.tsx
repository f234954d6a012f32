import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { changeConventionStatusAction } from "@/lib/conventions/actions";
import type { ConventionDetail } from "@/lib/conventions/queries";
import { manualTransitions, transitionVerbs } from "@/lib/conventions/status";

export function StatusSection({
  convention,
  conventionRef: ref,
  canEdit,
}: {
  convention: ConventionDetail;
  conventionRef: { conventionId: string; version: number };
  canEdit: boolean;
}) {
  return (
    <>
      {canEdit && manualTransitions[convention.status].length ? (
        <section aria-labelledby="statut" className="mt-6 rounded border border-slate-300 bg-white p-4">
          <h2 id="statut" className="text-lg font-semibold">
            Statut
          </h2>
          <div className="mt-2 flex flex-wrap gap-3">
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
