import { ActionForm } from "@/components/action-form";
import { addNoteAction } from "@/lib/fiches-action/actions";
import type { FicheDetail } from "@/lib/fiches-action/queries";
import { formatDate } from "@/lib/format";

export function Notes({ fiche, editable }: { fiche: FicheDetail; editable: boolean }) {
  return (
    <section aria-labelledby="notes" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="notes" className="text-lg font-semibold">
        Notes de suivi
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {fiche.notes.map((note) => (
          <li key={note.id}>
            <span className="font-medium">{formatDate(note.date)}</span> —{" "}
            {note.authorId ? (fiche.nameOf.get(note.authorId) ?? "") : ""} : {note.body}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="mt-3">
          <ActionForm
            action={addNoteAction}
            title="Nouvelle note"
            submitLabel="Ajouter la note"
            resetOnSuccess
            hidden={{ ficheId: fiche.id }}
            fields={[
              {
                name: "date",
                label: "Date",
                type: "date",
                defaultValue: new Date().toISOString().slice(0, 10),
                required: true,
              },
              { name: "body", label: "Note", type: "textarea", required: true, maxLength: 5000 },
            ]}
          />
        </div>
      ) : null}
    </section>
  );
}
