import { ActionForm } from "@/components/action-form";
import { formatDate } from "@/lib/format";
import { decisionStatusLabels, meetingKindLabels } from "@/lib/labels";
import * as actions from "@/lib/meetings/actions";
import { ownerLabel } from "@/lib/meetings/decision-rules";
import { DECISION_STATUSES } from "@/lib/meetings/schemas";
import type { MeetingDetail } from "@/lib/meetings/queries";

export function FollowUps({ meeting, recordable }: { meeting: MeetingDetail; recordable: boolean }) {
  return (
    <section aria-labelledby="suivi" className="mt-8">
      <h2 id="suivi" className="text-xl font-semibold">
        Suivi des décisions antérieures
      </h2>
      {meeting.toFollow.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune décision antérieure à suivre.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {meeting.toFollow.map((d) => {
            const followUp = d.followUps.find((f) => f.meetingId === meeting.id);
            return (
              <li key={d.id} className="rounded border border-slate-300 bg-white p-3 text-sm">
                <p className="font-medium">{d.text}</p>
                <p className="text-slate-700">
                  Prise au {meetingKindLabels[d.meeting.kind].toLowerCase()} du {formatDate(d.meeting.startsAt)} ·
                  Responsable : {ownerLabel(d)} · Échéance : {d.dueDate ? formatDate(d.dueDate) : "—"} · Statut actuel :{" "}
                  {decisionStatusLabels[d.status]}
                </p>
                {followUp ? (
                  <p className="mt-1">
                    Suivi à cette réunion : <strong>{decisionStatusLabels[followUp.statusAfter]}</strong>
                    {followUp.comment ? ` — ${followUp.comment}` : ""}
                  </p>
                ) : recordable && (d.status === "OPEN" || d.status === "IN_PROGRESS") ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-brand-700 underline">Enregistrer le suivi</summary>
                    <div className="mt-2">
                      <ActionForm
                        action={actions.followUpDecisionAction}
                        title={`Suivi de la décision ${d.id}`}
                        submitLabel="Enregistrer le suivi"
                        hidden={{ decisionId: d.id, version: d.version, meetingId: meeting.id }}
                        fields={[
                          {
                            name: "statusAfter",
                            label: "Statut après la réunion",
                            type: "select",
                            required: true,
                            defaultValue: d.status,
                            options: DECISION_STATUSES.map((s) => ({ value: s, label: decisionStatusLabels[s] })),
                          },
                          { name: "comment", label: "Commentaire", type: "textarea", maxLength: 2000 },
                        ]}
                      />
                    </div>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
