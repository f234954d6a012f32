import { ActionForm } from "@/components/action-form";
import { changeFicheStatusAction } from "@/lib/fiches-action/actions";
import type { FicheDetail } from "@/lib/fiches-action/queries";
import { FICHE_STATUSES } from "@/lib/fiches-action/schemas";
import { formatDateTime } from "@/lib/format";
import { ficheStatusLabels } from "@/lib/labels";

export function StatusJournal({ fiche, editable }: { fiche: FicheDetail; editable: boolean }) {
  return (
    <section aria-labelledby="statut" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="statut" className="text-lg font-semibold">
        Statut et journal
      </h2>
      {editable ? (
        <div className="mt-3">
          <ActionForm
            action={changeFicheStatusAction}
            title="Changement de statut"
            submitLabel="Changer le statut"
            successMessage="Statut mis à jour."
            hidden={{ ficheId: fiche.id, version: fiche.version }}
            fields={[
              {
                name: "status",
                label: "Nouveau statut",
                type: "select",
                defaultValue: fiche.status,
                options: FICHE_STATUSES.map((s) => ({ value: s, label: ficheStatusLabels[s] })),
              },
              { name: "comment", label: "Commentaire", maxLength: 2000 },
            ]}
          />
        </div>
      ) : null}
      <h3 className="mt-4 font-medium">Journal</h3>
      <ol className="mt-2 space-y-1 text-sm">
        {fiche.statusChanges.map((change) => (
          <li key={change.id}>
            {formatDateTime(change.createdAt)} —{" "}
            {change.actorId ? (fiche.nameOf.get(change.actorId) ?? "—") : "Reprise"} :{" "}
            {change.fromStatus ? `${ficheStatusLabels[change.fromStatus]} → ` : ""}
            {ficheStatusLabels[change.toStatus]}
            {change.comment ? <> — « {change.comment} »</> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
