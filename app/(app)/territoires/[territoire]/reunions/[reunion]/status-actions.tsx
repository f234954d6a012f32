import { ActionButton } from "@/components/action-button";
import * as actions from "@/lib/meetings/actions";
import type { MeetingDetail } from "@/lib/meetings/queries";

export function StatusActions({
  meeting,
  canEdit,
  begun,
}: {
  meeting: MeetingDetail;
  canEdit: boolean;
  begun: boolean;
}) {
  return (
    <>
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
    </>
  );
}
