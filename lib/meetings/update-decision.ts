import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { checkOwner, requireDecisionForEdit } from "./meeting-access";
import { CLOSED_DECISION_STATUSES, type UpdateDecisionData } from "./schemas";
import { decisionAssigned } from "../notifications/events";

/** Text, owner and due date of an open decision. */
export async function updateDecision(db: Db, actor: Actor, input: UpdateDecisionData) {
  const { scope, decision } = await requireDecisionForEdit(db, actor, input.decisionId);
  return db.$transaction(async (tx) => {
    await checkOwner(tx, scope, input.ownerOrganisationId);
    const data = {
      text: input.text,
      ownerName: input.ownerName,
      ownerOrganisationId: input.ownerOrganisationId,
      dueDate: input.dueDate,
    };
    const updated = await tx.decision.updateMany({
      where: { id: decision.id, version: input.version, status: { notIn: [...CLOSED_DECISION_STATUSES] } },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Cette décision a été modifiée par quelqu'un d'autre entre-temps : rechargez la page.",
      );
    await auditFor(tx, actor, scope)("Decision", decision.id, "decision.update", diffFields(decision, data));
    if (data.ownerOrganisationId && data.ownerOrganisationId !== decision.ownerOrganisationId)
      await decisionAssigned(tx, actor.id, { id: decision.id, territoryId: scope.territory.id, ...data });
    return { decisionId: decision.id, version: input.version + 1 };
  });
}
