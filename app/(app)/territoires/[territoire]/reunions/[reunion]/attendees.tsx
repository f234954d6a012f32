import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { attendanceLabels } from "@/lib/labels";
import * as actions from "@/lib/meetings/actions";
import { AttendanceForm } from "./attendance-form";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";

export function Attendees({
  meeting,
  canEdit,
  begun,
  recordable,
  orgOptions,
}: {
  meeting: MeetingDetail;
  canEdit: boolean;
  begun: boolean;
  recordable: boolean;
  orgOptions: { value: string; label: string }[];
}) {
  return (
    <section aria-labelledby="membres" className="mt-8">
      <h2 id="membres" className="text-xl font-semibold">
        Membres convoqués et présence
      </h2>
      {meeting.attendees.length === 0 ? <p className="mt-2 text-slate-700">Aucun membre convoqué.</p> : null}
      {recordable && meeting.attendees.length ? (
        <AttendanceForm
          key={meeting.attendees.map((a) => a.id).join(" ")}
          meetingId={meeting.id}
          version={meeting.version}
          labels={attendanceLabels}
          rows={meeting.attendees.map((a) => ({
            id: a.id,
            name: a.name,
            title: a.title,
            organisation: a.organisation?.name ?? null,
            isAdviser: a.isAdviser,
            attendance: a.attendance,
            representedBy: a.representedBy,
          }))}
        />
      ) : meeting.attendees.length ? (
        <Table caption="Membres convoqués" className="mt-3">
          <THead>
            <Th>Membre</Th>
            <Th>Organisation</Th>
            <Th>Présence</Th>
          </THead>
          <tbody>
            {meeting.attendees.map((a) => (
              <Tr key={a.id}>
                <Td>
                  {a.name}
                  {a.title ? `, ${a.title}` : ""}
                  {a.isAdviser ? " (à titre consultatif)" : ""}
                </Td>
                <Td>{a.organisation?.name ?? "—"}</Td>
                <Td>
                  {a.attendance === "REPRESENTED"
                    ? `Représenté par ${a.representedBy}`
                    : attendanceLabels[a.attendance]}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {canEdit && !begun ? (
        <p className="mt-2 text-sm text-slate-700">La présence s&apos;enregistre à partir du jour de la réunion.</p>
      ) : null}
      {canEdit ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {meeting.attendees.map((a) => (
            <ActionButton
              key={a.id}
              action={actions.removeAttendeeAction}
              input={{ meetingId: meeting.id, attendeeId: a.id }}
              label={`Retirer ${a.name}`}
              confirm={`Retirer ${a.name} de la liste ?`}
            />
          ))}
        </div>
      ) : null}
      {canEdit ? (
        <details className="mt-3 rounded border border-slate-300 bg-white p-3">
          <summary className="cursor-pointer font-medium">Convoquer un membre ou un invité</summary>
          <div className="mt-3">
            <ActionForm
              action={actions.addAttendeeAction}
              title="Convoquer un membre"
              submitLabel="Ajouter"
              successMessage="Membre ajouté."
              resetOnSuccess
              hidden={{ meetingId: meeting.id }}
              fields={[
                { name: "name", label: "Nom", required: true, maxLength: 200 },
                { name: "title", label: "Qualité", maxLength: 200 },
                { name: "organisationId", label: "Organisation", type: "select", options: orgOptions },
                {
                  name: "email",
                  label: "Adresse électronique",
                  type: "email",
                  autoComplete: "off",
                  maxLength: 254,
                  hint: "La convocation (PDF et invitation d'agenda) y est envoyée, même sans compte sur la plateforme.",
                },
                { name: "isAdviser", label: "Invité à titre consultatif", type: "checkbox", defaultValue: false },
              ]}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
