import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { RichTextView } from "@/components/conventions/rich-text-view";
import { FicheStatusBadge } from "@/components/fiche-status-badge";
import { Badge } from "@/components/ui/badge";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { parisParts } from "@/lib/dates";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/format";
import {
  attendanceLabels,
  decisionStatusLabels,
  ficheStatusLabels,
  meetingKindLabels,
  meetingStatusLabels,
} from "@/lib/labels";
import * as actions from "@/lib/meetings/actions";
import { ownerLabel } from "@/lib/meetings/decision-rules";
import { meetingHasBegun } from "@/lib/meetings/meeting-rules";
import { getMeeting, meetingFormOptions } from "@/lib/meetings/queries";
import { DECISION_STATUSES, MEETING_KINDS } from "@/lib/meetings/schemas";
import { AttendanceForm } from "./attendance-form";
import { MinutesEditor } from "./minutes-editor";

export const metadata: Metadata = { title: "Réunion" };

type Props = { params: Promise<{ territoire: string; reunion: string }> };

export default async function MeetingPage({ params }: Props) {
  const { territoire, reunion } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const db = getDb();
  const meeting = await orNotFound(getMeeting(db, scope, reunion));
  const canEdit = scope.can("meeting.edit");
  const options = canEdit ? await meetingFormOptions(db, scope) : null;
  const base = `/territoires/${scope.territory.slug}`;
  const here = `${base}/reunions/${meeting.id}`;
  const title = `${meetingKindLabels[meeting.kind]} du ${formatDate(meeting.startsAt)}`;
  const begun = meetingHasBegun(meeting);
  const recordable = canEdit && begun && meeting.status !== "CANCELLED";
  const { date, time } = parisParts(meeting.startsAt);
  const orgOptions = [
    { value: "", label: "—" },
    ...(options?.organisations.map((o) => ({ value: o.id, label: o.name })) ?? []),
  ];
  const reviewed = new Set(meeting.ficheReviews.map((r) => r.ficheId));

  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: base },
          { label: "Réunions", href: `${base}/reunions` },
          { label: title },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
        <span>
          {formatDateTime(meeting.startsAt)} — {meeting.place ?? "lieu à préciser"}
        </span>
        <Badge tone={meeting.status === "HELD" ? "success" : meeting.status === "CANCELLED" ? "danger" : "info"}>
          {meetingStatusLabels[meeting.status]}
        </Badge>
      </p>
      {meeting.convention ? (
        <p className="mt-1 text-sm">
          <Link href={`${base}/conventions/${meeting.convention.id}`} className="text-brand-700 underline">
            {meeting.convention.title} n° {meeting.convention.edition}
          </Link>
        </p>
      ) : null}
      <ul className="mt-3 flex flex-wrap gap-4 text-sm">
        <li>
          <a href={`${here}/convocation`} className="text-brand-700 underline">
            Convocation (PDF)
          </a>
        </li>
        <li>
          <a href={`${here}/compte-rendu`} className="text-brand-700 underline">
            Compte rendu (PDF)
          </a>
        </li>
        {meeting.previous ? (
          <li>
            <Link href={`${base}/reunions/${meeting.previous.id}`} className="text-brand-700 underline">
              Réunion précédente ({formatDate(meeting.previous.startsAt)})
            </Link>
          </li>
        ) : null}
        {meeting.next ? (
          <li>
            <Link href={`${base}/reunions/${meeting.next.id}`} className="text-brand-700 underline">
              Réunion suivante ({formatDate(meeting.next.startsAt)})
            </Link>
          </li>
        ) : null}
      </ul>
      {canEdit ? (
        <div className="mt-3 flex flex-wrap gap-3">
          {meeting.status === "PLANNED" && begun ? (
            <ActionButton
              action={actions.changeMeetingStatusAction}
              input={{ meetingId: meeting.id, version: meeting.version, status: "HELD" }}
              label="Déclarer la réunion tenue"
              variant="primary"
            />
          ) : null}
          {meeting.status !== "CANCELLED" ? (
            <ActionButton
              action={actions.changeMeetingStatusAction}
              input={{ meetingId: meeting.id, version: meeting.version, status: "CANCELLED" }}
              label="Annuler la réunion"
              confirm="Annuler cette réunion ?"
              variant="danger"
            />
          ) : null}
          {meeting.status !== "PLANNED" ? (
            <ActionButton
              action={actions.changeMeetingStatusAction}
              input={{ meetingId: meeting.id, version: meeting.version, status: "PLANNED" }}
              label="Remettre en « prévue »"
            />
          ) : null}
        </div>
      ) : null}

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
          <table className="mt-3 w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Membres convoqués</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Membre
                </th>
                <th scope="col" className="p-2">
                  Organisation
                </th>
                <th scope="col" className="p-2">
                  Présence
                </th>
              </tr>
            </thead>
            <tbody>
              {meeting.attendees.map((a) => (
                <tr key={a.id} className="border-b border-slate-200">
                  <td className="p-2">
                    {a.name}
                    {a.title ? `, ${a.title}` : ""}
                    {a.isAdviser ? " (à titre consultatif)" : ""}
                  </td>
                  <td className="p-2">{a.organisation?.name ?? "—"}</td>
                  <td className="p-2">
                    {a.attendance === "REPRESENTED"
                      ? `Représenté par ${a.representedBy}`
                      : attendanceLabels[a.attendance]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
                  { name: "isAdviser", label: "Invité à titre consultatif", type: "checkbox", defaultValue: false },
                ]}
              />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="compte-rendu-titre" className="mt-8">
        <h2 id="compte-rendu-titre" className="text-xl font-semibold">
          Compte rendu
        </h2>
        {recordable ? (
          <MinutesEditor meetingId={meeting.id} version={meeting.version} initial={meeting.minutes ?? ""} />
        ) : meeting.minutes ? (
          <RichTextView html={meeting.minutes} />
        ) : (
          <p className="mt-2 text-slate-700">Le compte rendu n&apos;a pas encore été rédigé.</p>
        )}
      </section>

      <section aria-labelledby="fiches-examinees" className="mt-8">
        <h2 id="fiches-examinees" className="text-xl font-semibold">
          Fiches-action examinées
        </h2>
        {meeting.ficheReviews.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucune fiche examinée.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Fiches-action examinées, avec leur statut au jour de la réunion</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Fiche-action
                </th>
                <th scope="col" className="p-2">
                  Statut à la réunion
                </th>
                <th scope="col" className="p-2">
                  Statut actuel
                </th>
                <th scope="col" className="p-2">
                  Commentaire
                </th>
                {canEdit ? (
                  <th scope="col" className="p-2">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {meeting.ficheReviews.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link href={`${base}/fiches-action/${r.fiche.id}`} className="text-brand-700 underline">
                      {r.fiche.number} — {r.fiche.title}
                    </Link>
                  </td>
                  <td className="p-2">
                    <FicheStatusBadge status={r.statusSnapshot} />
                  </td>
                  <td className="p-2">
                    <FicheStatusBadge status={r.fiche.status} />
                  </td>
                  <td className="p-2">{r.comment ?? "—"}</td>
                  {canEdit ? (
                    <td className="p-2">
                      <ActionButton
                        action={actions.removeFicheReviewAction}
                        input={{ meetingId: meeting.id, reviewId: r.id }}
                        label="Retirer"
                        ariaLabel={`Retirer la fiche ${r.fiche.number}`}
                        confirm="Retirer cette fiche des fiches examinées ?"
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
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
                    Responsable : {ownerLabel(d)} · Échéance : {d.dueDate ? formatDate(d.dueDate) : "—"} · Statut actuel
                    : {decisionStatusLabels[d.status]}
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

      <section aria-labelledby="decisions" className="mt-8">
        <h2 id="decisions" className="text-xl font-semibold">
          Décisions prises
        </h2>
        {meeting.decisions.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucune décision enregistrée.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Décisions prises à cette réunion</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Décision
                </th>
                <th scope="col" className="p-2">
                  Responsable
                </th>
                <th scope="col" className="p-2">
                  Échéance
                </th>
                <th scope="col" className="p-2">
                  Statut
                </th>
                <th scope="col" className="p-2">
                  Suivis
                </th>
              </tr>
            </thead>
            <tbody>
              {meeting.decisions.map((d) => (
                <tr key={d.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">
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
                  </td>
                  <td className="p-2">{ownerLabel(d)}</td>
                  <td className="p-2">{d.dueDate ? formatDate(d.dueDate) : "—"}</td>
                  <td className="p-2">{decisionStatusLabels[d.status]}</td>
                  <td className="p-2">
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
    </>
  );
}
