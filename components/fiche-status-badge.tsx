import type { FicheStatus } from "@/lib/db/generated/enums";
import { ficheStatusLabels } from "@/lib/labels";
import { Badge, type BadgeTone } from "./ui/badge";

const tones: Record<FicheStatus, BadgeTone> = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  DONE: "success",
  POSTPONED: "warning",
  ABANDONED: "neutral",
  BLOCKED: "danger",
};

export function FicheStatusBadge({ status, late }: { status: FicheStatus; late?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tones[status]}>{ficheStatusLabels[status]}</Badge>
      {late ? <Badge tone="danger">En retard</Badge> : null}
    </span>
  );
}
