import { ActionForm } from "@/components/action-form";
import { updateConventionAction } from "@/lib/conventions/actions";
import type { ConventionDetail } from "@/lib/conventions/queries";
import { isSealed } from "@/lib/conventions/status";
import { formatEuros } from "@/lib/format";

export function Informations({
  convention,
  editable,
  conventionRef: ref,
}: {
  convention: ConventionDetail;
  editable: boolean;
  conventionRef: { conventionId: string; version: number };
}) {
  return (
    <section aria-labelledby="informations" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="informations" className="text-lg font-semibold">
        Informations générales
      </h2>
      {editable ? (
        <div className="mt-3">
          <ActionForm
            action={updateConventionAction}
            title="Informations générales"
            submitLabel="Enregistrer"
            hidden={ref}
            fields={[
              { name: "title", label: "Titre", defaultValue: convention.title, required: true, maxLength: 300 },
              { name: "place", label: "Fait à (lieu de signature)", defaultValue: convention.place, maxLength: 120 },
              {
                name: "startDate",
                label: "Début",
                type: "date",
                defaultValue: convention.startDate.toISOString().slice(0, 10),
                required: true,
              },
              {
                name: "endDate",
                label: "Fin",
                type: "date",
                defaultValue: convention.endDate.toISOString().slice(0, 10),
                required: true,
              },
              { name: "copies", label: "Nombre d'exemplaires", type: "number", defaultValue: convention.copies },
            ]}
          />
        </div>
      ) : (
        <dl className="mt-3 grid gap-2 text-sm md:grid-cols-2">
          <div>
            <dt className="font-medium">Fait à</dt>
            <dd>{convention.place ?? "—"}</dd>
          </div>
          <div>
            <dt className="font-medium">Exemplaires</dt>
            <dd>{convention.copies ?? "—"}</dd>
          </div>
          <div>
            <dt className="font-medium">Engagement annuel de la caisse</dt>
            <dd>{convention.annualFunding ? formatEuros(convention.annualFunding) : "—"}</dd>
          </div>
          {isSealed(convention.status) ? (
            <div>
              <dt className="font-medium">Modifications</dt>
              <dd>Convention signée : toute modification passe par un avenant.</dd>
            </div>
          ) : null}
        </dl>
      )}
    </section>
  );
}
