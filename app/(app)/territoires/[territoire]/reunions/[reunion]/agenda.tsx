import { ActionForm } from "@/components/action-form";
import { meetingKindLabels } from "@/lib/labels";
import * as actions from "@/lib/meetings/actions";
import { parisParts } from "@/lib/dates";
import { MEETING_KINDS } from "@/lib/meetings/schemas";
import type { MeetingDetail } from "@/lib/meetings/queries";

export function Agenda({ meeting, canEdit }: { meeting: MeetingDetail; canEdit: boolean }) {
  const { date, time } = parisParts(meeting.startsAt);
  return (
    <section aria-labelledby="ordre-du-jour" className="mt-8">
      <h2 id="ordre-du-jour" className="text-xl font-semibold">
        Ordre du jour
      </h2>
      {meeting.agendaItems.length ? (
        <ol className="mt-2 list-decimal pl-6">
          {meeting.agendaItems.map((a) => (
            <li key={a.id}>{a.title}</li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-slate-700">Aucun point à l&apos;ordre du jour.</p>
      )}
      {canEdit ? (
        <details className="mt-3 rounded border border-slate-300 bg-white p-3">
          <summary className="cursor-pointer font-medium">Modifier la date, le lieu ou l&apos;ordre du jour</summary>
          <div className="mt-3">
            <ActionForm
              action={actions.updateMeetingAction}
              title="Modifier la réunion"
              submitLabel="Enregistrer"
              hidden={{ meetingId: meeting.id, version: meeting.version }}
              fields={[
                {
                  name: "kind",
                  label: "Instance",
                  type: "select",
                  required: true,
                  defaultValue: meeting.kind,
                  options: MEETING_KINDS.map((k) => ({ value: k, label: meetingKindLabels[k] })),
                },
                { name: "place", label: "Lieu", required: true, defaultValue: meeting.place, maxLength: 300 },
                { name: "date", label: "Date", type: "date", required: true, defaultValue: date },
                { name: "time", label: "Heure", type: "time", required: true, defaultValue: time },
                {
                  name: "agenda",
                  label: "Ordre du jour",
                  type: "textarea",
                  hint: "Un point par ligne.",
                  defaultValue: meeting.agendaItems.map((a) => a.title).join("\n"),
                },
              ]}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
