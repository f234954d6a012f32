import type { ConventionStatus } from "@/lib/db/generated/enums";
import { conventionStatusLabels } from "@/lib/labels";
import { Badge, type BadgeTone } from "./ui/badge";

const tones: Record<ConventionStatus, BadgeTone> = {
  DRAFT: "neutral",
  CONSULTATION: "info",
  VALIDATED: "warning",
  SIGNED: "success",
  EXPIRED: "neutral",
  TERMINATED: "danger",
};

export function ConventionStatusBadge({ status }: { status: ConventionStatus }) {
  return <Badge tone={tones[status]}>{conventionStatusLabels[status]}</Badge>;
}
