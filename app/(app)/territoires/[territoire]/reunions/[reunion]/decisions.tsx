import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { formatDate } from "@/lib/format";
import { decisionStatusLabels } from "@/lib/labels";
import * as actions from "@/lib/meetings/actions";
import { ownerLabel } from "@/lib/meetings/decision-rules";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { Table, Td, Th, THead } from "@/components/ui/table";

export function Decisions({
  meeting,
  canEdit,
  base,
  recordable,
  orgOptions,
}: {
  meeting: MeetingDetail;
  canEdit: boolean;
  base: string;
  recordable: boolean;
  orgOptions: { value: string; label: string }[];
}) {
  return (
    <section aria-labelledby="decisions" className="mt-8">
      <h2 id="decisions" className="text-xl font-semibold">
        Décisions prises
      </h2>
      {meeting.decisions.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucune décision enregistrée.</p>
      ) : (
        <Table caption="Décisions prises à cette réunion" className="mt-3">
          <THead>
            <Th>Décision</Th>
            <Th>Responsable</Th>
            <Th>Échéance</Th>
            <Th>Statut</Th>
            <Th>Suivis</Th>
          </THead>
          <tbody>
            {meeting.decisions.map((d) => (
              <tr key={d.id} className="border-b border-slate-200 align-top">
                <Td>
                  {d.text}
                  {canEdit && (d.status === "OPEN" || d.status === "IN_PROGRESS") ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-brand-700 underline">Modifier</summary>
                      <div className="mt-2">
                        <ActionForm
                          action={actions.updateDecisionAction}
                          title={`Modifier la décision ${d.id}`}
                          submitLabel="Enregistrer"
                          hidden={{ decisionId: d.id, version: d.version }}
                          fields={[
                            {
                              name: "text",
                              label: "Décision",
                              type: "textarea",
                              required: true,
                              defaultValue: d.text,
                              maxLength: 2000,
                            },
                            {
                              name: "ownerName",
                              label: "Responsable (personne)",
                              defaultValue: d.ownerName,
                              maxLength: 200,
                            },
                            {
                              name: "ownerOrganisationId",
                              label: "Organisation responsable",
                              type: "select",
                              defaultValue: d.ownerOrganisation?.id ?? "",
                              options: orgOptions,
                            },
                            {
                              name: "dueDate",
                              label: "Échéance",
                              type: "date",
                              defaultValue: d.dueDate?.toISOString().slice(0, 10) ?? "",
                            },
                          ]}
                        />
                      </div>
                    </details>
                  ) : null}
                </Td>
                <Td>{ownerLabel(d)}</Td>
                <Td>{d.dueDate ? formatDate(d.dueDate) : "—"}</Td>
                <Td>{decisionStatusLabels[d.status]}</Td>
                <Td>
                  {d.followUps.length ? (
                    <ul>
                      {d.followUps.map((f) => (
                        <li key={f.id}>
                          <Link href={`${base}/reunions/${f.meeting.id}`} className="text-brand-700 underline">
                            {formatDate(f.meeting.startsAt)}
                          </Link>{" "}
                          : {decisionStatusLabels[f.statusAfter]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {recordable ? (
        <details className="mt-3 rounded border border-slate-300 bg-white p-3">
          <summary className="cursor-pointer font-medium">Enregistrer une décision</summary>
          <div className="mt-3">
            <ActionForm
              action={actions.addDecisionAction}
              title="Enregistrer une décision"
              submitLabel="Enregistrer la décision"
              successMessage="Décision enregistrée."
              resetOnSuccess
              hidden={{ meetingId: meeting.id }}
              fields={[
                { name: "text", label: "Décision", type: "textarea", required: true, maxLength: 2000 },
                {
                  name: "ownerName",
                  label: "Responsable (personne)",
                  maxLength: 200,
                  hint: "Une personne, une organisation, ou les deux.",
                },
                {
                  name: "ownerOrganisationId",
                  label: "Organisation responsable",
                  type: "select",
                  options: orgOptions,
                },
                { name: "dueDate", label: "Échéance", type: "date" },
              ]}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
