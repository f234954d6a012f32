import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { Badge } from "@/components/ui/badge";
import { orNotFound, requireTerritoryForPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/format";
import { meetingKindLabels, meetingStatusLabels } from "@/lib/labels";
import { meetingHasBegun } from "@/lib/meetings/meeting-rules";
import { getMeeting, meetingFormOptions } from "@/lib/meetings/queries";
import { StatusActions } from "./status-actions";
import { Agenda } from "./agenda";
import { Attendees } from "./attendees";
import { Minutes } from "./minutes";
import { ReviewedFiches } from "./reviewed-fiches";
import { FollowUps } from "./follow-ups";
import { Decisions } from "./decisions";

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
  const orgOptions = [
    { value: "", label: "—" },
    ...(options?.organisations.map((o) => ({ value: o.id, label: o.name })) ?? []),
  ];

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
      <StatusActions meeting={meeting} canEdit={canEdit} begun={begun} />

      <Agenda meeting={meeting} canEdit={canEdit} />

      <Attendees meeting={meeting} canEdit={canEdit} begun={begun} recordable={recordable} orgOptions={orgOptions} />

      <Minutes meeting={meeting} recordable={recordable} />

      <ReviewedFiches meeting={meeting} canEdit={canEdit} options={options} base={base} recordable={recordable} />

      <FollowUps meeting={meeting} recordable={recordable} />

      <Decisions meeting={meeting} canEdit={canEdit} base={base} recordable={recordable} orgOptions={orgOptions} />
    </>
  );
}
