import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { RichTextView } from "@/components/conventions/rich-text-view";
import { removeAnnexAction, saveAnnexAction } from "@/lib/conventions/actions";
import type { ConventionDetail } from "@/lib/conventions/queries";
import { loadConventionPdfData } from "@/lib/conventions/pdf-data";
import { GeneratedAnnex } from "@/components/conventions/generated-annex";
import type { AnnexContent } from "@/lib/db/generated/enums";
import { SIGNED_STATUSES } from "@/lib/conventions/in-force";

/** Annexes whose content the platform generates (lib/conventions/pdf-data.ts). */
export const GENERATED_ANNEXES: AnnexContent[] = ["DIAGNOSTIC", "FICHES_ACTION", "FACILITIES"];

const annexContentLabels: Record<AnnexContent, string> = {
  TEXT: "Texte",
  FILE: "Fichier joint (PDF ou DOCX)",
  DELIBERATION: "Délibération d'un signataire",
  FICHES_ACTION: "Fiches-action (générée)",
  FACILITIES: "Équipements financés (générée)",
  DIAGNOSTIC: "Diagnostic partagé (générée)",
  PAPER: "Jointe au dossier papier",
};

export function Annexes({
  convention,
  base,
  editable,
  generated,
  conventionRef: ref,
}: {
  convention: ConventionDetail;
  base: string;
  editable: boolean;
  generated: Awaited<ReturnType<typeof loadConventionPdfData>>["annexes"];
  conventionRef: { conventionId: string; version: number };
}) {
  return (
    <section aria-labelledby="annexes" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="annexes" className="text-lg font-semibold">
        Annexes
      </h2>
      <ul className="mt-3 space-y-4">
        {convention.annexes.map((annex) => (
          <li key={annex.id} className="border-t border-slate-200 pt-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-medium">
                Annexe {annex.code} : {annex.title}{" "}
                <span className="text-sm font-normal text-slate-700">({annexContentLabels[annex.content]})</span>
              </h3>
              {editable ? (
                <ActionButton
                  action={removeAnnexAction}
                  input={{ ...ref, annexId: annex.id }}
                  label="Supprimer"
                  ariaLabel={`Supprimer l'annexe ${annex.code}`}
                  confirm={`Supprimer l'annexe ${annex.code} ?`}
                  variant="danger"
                />
              ) : null}
            </div>
            {annex.content === "TEXT" && annex.body ? (
              <RichTextView html={annex.body} fields={convention.fields} />
            ) : null}
            {GENERATED_ANNEXES.includes(annex.content) ? (
              <GeneratedAnnex annex={generated.find((g) => g.code === annex.code)!} />
            ) : null}
            {annex.content === "DIAGNOSTIC" && !SIGNED_STATUSES.includes(convention.status) ? (
              <p className="mt-1 text-sm text-slate-700">
                Générée à partir du{" "}
                <a className="text-brand-700 underline" href={`${base.split("/conventions/")[0]}/diagnostic`}>
                  diagnostic partagé du territoire
                </a>{" "}
                (données ouvertes de la Cnaf et constats) : elle sera figée à la signature de la convention.
              </p>
            ) : null}
            {annex.content === "FILE" && annex.fileName ? (
              <p className="text-sm">
                <a className="text-brand-700 underline" href={`${base}/annexes/${annex.id}/fichier`}>
                  Télécharger {annex.fileName}
                </a>
              </p>
            ) : null}
            {annex.content === "DELIBERATION" ? (
              <p className="text-sm text-slate-700">
                {annex.signatoryId
                  ? "Reprend la délibération enregistrée du signataire."
                  : "Aucun signataire rattaché."}
              </p>
            ) : null}
            {editable && annex.content === "FILE" ? (
              <form
                action={`${base}/annexes/${annex.id}/fichier`}
                method="post"
                encType="multipart/form-data"
                className="mt-2 flex flex-wrap items-end gap-2"
                aria-label={`Fichier de l'annexe ${annex.code}`}
              >
                <input type="hidden" name="version" value={convention.version} />
                <label className="flex flex-col text-sm">
                  Fichier PDF ou DOCX (10 Mo au plus)
                  <input
                    type="file"
                    name="file"
                    accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    required
                    className="mt-1"
                  />
                </label>
                <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-2 text-sm">
                  Joindre
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="mt-4">
          <ActionForm
            action={saveAnnexAction}
            title="Nouvelle annexe"
            submitLabel="Ajouter l'annexe"
            resetOnSuccess
            hidden={ref}
            fields={[
              { name: "code", label: "Code (1a, 3, 4…)", required: true, maxLength: 3 },
              { name: "title", label: "Titre", required: true, maxLength: 300 },
              {
                name: "content",
                label: "Contenu",
                type: "select",
                defaultValue: "TEXT",
                options: Object.entries(annexContentLabels).map(([value, label]) => ({ value, label })),
              },
              { name: "body", label: "Texte (annexes de type texte)", type: "textarea" },
            ]}
          />
        </div>
      ) : null}
    </section>
  );
}
