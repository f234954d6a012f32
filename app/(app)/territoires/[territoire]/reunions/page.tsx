import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { Badge } from "@/components/ui/badge";
import { requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { meetingKindLabels, meetingStatusLabels } from "@/lib/labels";
import { createMeetingAction } from "@/lib/meetings/actions";
import { listMeetings } from "@/lib/meetings/queries";
import { MEETING_KINDS } from "@/lib/meetings/schemas";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";

export const metadata: Metadata = { title: "Comités de pilotage et techniques" };

export default async function MeetingsPage({ params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params;
  const { scope } = await requireTerritoryForPage(territoire);
  const meetings = await listMeetings(getDb(), scope);
  const base = `/territoires/${scope.territory.slug}`;
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Mes territoires", href: "/" },
          { label: scope.territory.name, href: base },
          { label: "Réunions" },
        ]}
      />
      <h1 className="mt-2 text-2xl font-semibold">Comités de pilotage et comités techniques</h1>
      <p className="mt-2 text-sm">
        <Link href={`${base}/decisions`} className="text-brand-700 underline">
          Suivi des décisions
        </Link>
      </p>
      {meetings.length === 0 ? (
        <p className="mt-4 text-slate-700">Aucune réunion enregistrée.</p>
      ) : (
        <Table caption="Réunions du territoire, de la plus récente à la plus ancienne" className="mt-4">
          <THead>
            <Th>Date</Th>
            <Th>Instance</Th>
            <Th>Lieu</Th>
            <Th>Statut</Th>
            <Th align="right">Membres</Th>
            <Th align="right">Fiches examinées</Th>
            <Th align="right">Décisions</Th>
            <Th>Compte rendu</Th>
          </THead>
          <tbody>
            {meetings.map((m) => (
              <Tr key={m.id}>
                <Td>
                  <Link href={`${base}/reunions/${m.id}`} className="text-brand-700 underline">
                    {formatDateTime(m.startsAt)}
                  </Link>
                </Td>
                <Td>{meetingKindLabels[m.kind]}</Td>
                <Td>{m.place ?? "—"}</Td>
                <Td>
                  <Badge tone={m.status === "HELD" ? "success" : m.status === "CANCELLED" ? "danger" : "info"}>
                    {meetingStatusLabels[m.status]}
                  </Badge>
                </Td>
                <Td align="right">{m._count.attendees}</Td>
                <Td align="right">{m._count.ficheReviews}</Td>
                <Td align="right">{m._count.decisions}</Td>
                <Td>{m.minutes ? "Rédigé" : "—"}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {scope.can("meeting.edit") ? (
        <section aria-labelledby="planifier" className="mt-8 rounded border border-slate-300 bg-white p-4">
          <h2 id="planifier" className="text-xl font-semibold">
            Planifier une réunion
          </h2>
          <div className="mt-3">
            <ActionForm
              action={createMeetingAction}
              title="Planifier une réunion"
              submitLabel="Planifier"
              successMessage="Réunion planifiée."
              resetOnSuccess
              hidden={{ territoryId: scope.territory.id }}
              fields={[
                {
                  name: "kind",
                  label: "Instance",
                  type: "select",
                  required: true,
                  defaultValue: "COPIL",
                  options: MEETING_KINDS.map((k) => ({ value: k, label: meetingKindLabels[k] })),
                },
                { name: "place", label: "Lieu", required: true, maxLength: 300 },
                { name: "date", label: "Date", type: "date", required: true },
                { name: "time", label: "Heure", type: "time", required: true, defaultValue: "14:00" },
                { name: "agenda", label: "Ordre du jour", type: "textarea", hint: "Un point par ligne." },
                {
                  name: "inviteSignatories",
                  label: "Convoquer les représentants des signataires de la convention",
                  type: "checkbox",
                  defaultValue: true,
                },
              ]}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
