import { RichTextView } from "@/components/conventions/rich-text-view";
import { MinutesEditor } from "./minutes-editor";
import type { MeetingDetail } from "@/lib/meetings/queries";

export function Minutes({ meeting, recordable }: { meeting: MeetingDetail; recordable: boolean }) {
  return (
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
  );
}
