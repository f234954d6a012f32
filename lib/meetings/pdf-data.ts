// The convocation and minutes of a meeting as plain PDF data (French labels and formats).
import { formatDate, formatDateTime, formatPeriod } from "../format";
import {
  attendanceLabels,
  decisionStatusLabels,
  ficheStatusLabels,
  meetingKindLabels,
  meetingStatusLabels,
} from "../labels";
import type { MeetingPdfData } from "../pdf/steering-documents";
import { ownerLabel } from "./decision-rules";
import type { MeetingDetail } from "./queries";

export function meetingPdfData(
  meeting: MeetingDetail,
  context: { caisseName: string; territoryName: string },
): MeetingPdfData {
  return {
    ...context,
    kindLabel: meetingKindLabels[meeting.kind],
    conventionLabel: meeting.convention
      ? `${meeting.convention.title} n° ${meeting.convention.edition} (${formatPeriod(meeting.convention.startDate, meeting.convention.endDate)})`
      : null,
    dateLabel: formatDateTime(meeting.startsAt),
    place: meeting.place ?? "lieu à préciser",
    statusLabel: meetingStatusLabels[meeting.status],
    agenda: meeting.agendaItems.map((a) => a.title),
    invited: meeting.attendees.map((a) => ({
      name: a.name,
      title: a.title ?? "",
      organisation: a.organisation?.name ?? "",
      attendance: a.attendance === "REPRESENTED" ? `Représenté par ${a.representedBy}` : attendanceLabels[a.attendance],
      adviser: a.isAdviser,
    })),
    minutes: meeting.minutes,
    reviews: meeting.ficheReviews.map((r) => ({
      number: r.fiche.number,
      title: r.fiche.title,
      status: ficheStatusLabels[r.statusSnapshot],
      comment: r.comment ?? "",
    })),
    decisions: meeting.decisions.map((d) => ({
      text: d.text,
      owner: ownerLabel(d),
      due: d.dueDate ? formatDate(d.dueDate) : "—",
      status: decisionStatusLabels[d.status],
    })),
    followUps: meeting.toFollow.map((d) => {
      const here = d.followUps.find((f) => f.meetingId === meeting.id);
      return {
        text: d.text,
        takenAt: formatDate(d.meeting.startsAt),
        owner: ownerLabel(d),
        status: here ? decisionStatusLabels[here.statusAfter] : "À suivre",
        comment: here?.comment ?? "",
      };
    }),
  };
}
