import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { ficheStatusLabels } from "@/lib/labels";
import * as actions from "@/lib/meetings/actions";
import type { MeetingDetail, MeetingFormOptions } from "@/lib/meetings/queries";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";

export function ReviewedFiches({
  meeting,
  canEdit,
  options,
  base,
  recordable,
}: {
  meeting: MeetingDetail;
  canEdit: boolean;
  options: MeetingFormOptions | null;
  base: string;
  recordable: boolean;
}) {
  const reviewed = new Set(meeting.ficheReviews.map((r) => r.ficheId));
  return (
    <section aria-labelledby="fiches-examinees" className="mt-8">
      <h2 id="fiches-examinees" className="text-xl font-semibold">
        Fiches-action examinées
      </h2>
      {meeting.ficheReviews.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune fiche examinée.</p>
      ) : (
        <Table caption="Fiches-action examinées, avec leur statut au jour de la réunion" className="mt-3">
          <THead>
            <Th>Fiche-action</Th>
            <Th>Statut à la réunion</Th>
            <Th>Statut actuel</Th>
            <Th>Commentaire</Th>
            {canEdit ? (
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            ) : null}
          </THead>
          <tbody>
            {meeting.ficheReviews.map((r) => (
              <Tr key={r.id}>
                <Td>
                  <Link href={`${base}/fiches-action/${r.fiche.id}`} className="text-brand-700 underline">
                    {r.fiche.number} — {r.fiche.title}
                  </Link>
                </Td>
                <Td>
                  <FicheStatusBadge status={r.statusSnapshot} />
                </Td>
                <Td>
                  <FicheStatusBadge status={r.fiche.status} />
                </Td>
                <Td>{r.comment ?? "—"}</Td>
                {canEdit ? (
                  <Td>
                    <ActionButton
                      action={actions.removeFicheReviewAction}
                      input={{ meetingId: meeting.id, reviewId: r.id }}
                      label="Retirer"
                      ariaLabel={`Retirer la fiche ${r.fiche.number}`}
                      confirm="Retirer cette fiche des fiches examinées ?"
                    />
                  </Td>
                ) : null}
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {recordable && options ? (
        <details className="mt-3 rounded border border-slate-300 bg-white p-3">
          <summary className="cursor-pointer font-medium">Enregistrer l&apos;examen d&apos;une fiche</summary>
          <p className="mt-2 text-sm text-slate-700">
            Le statut de la fiche au moment de l&apos;enregistrement est conservé.
          </p>
          <div className="mt-3">
            <ActionForm
              action={actions.reviewFicheAction}
              title="Examiner une fiche"
              submitLabel="Enregistrer l'examen"
              successMessage="Examen enregistré."
              resetOnSuccess
              hidden={{ meetingId: meeting.id }}
              fields={[
                {
                  name: "ficheId",
                  label: "Fiche-action",
                  type: "select",
                  required: true,
                  options: options.fiches
                    .filter((f) => !reviewed.has(f.id))
                    .map((f) => ({
                      value: f.id,
                      label: `CTG n° ${f.convention.edition} · ${f.number} — ${f.title} (${ficheStatusLabels[f.status]})`,
                    })),
                },
                { name: "comment", label: "Commentaire", type: "textarea", maxLength: 2000 },
              ]}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
