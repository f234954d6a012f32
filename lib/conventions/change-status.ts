import type { Actor } from "../auth/actor";
import { auditFor } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertVersion, lockConvention, requireConvention } from "./access";
import type { ChangeStatusData } from "./schemas";
import { conventionReadiness, readinessMessage } from "./readiness";
import { checkTransition } from "./status";

export async function changeConventionStatus(db: Db, actor: Actor, input: ChangeStatusData, today = new Date()) {
  const { scope } = await requireConvention(db, actor, input.conventionId, "convention.edit");
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, input.conventionId, scope.territory.id);
    assertVersion(convention, input.version);
    // One connection per transaction: queries in sequence (pg deprecates concurrent queries on one client).
    const details = await tx.convention.findUniqueOrThrow({
      where: { id: convention.id },
      select: { endDate: true, startDate: true },
    });
    const signatoryCount = await tx.signatory.count({ where: { conventionId: convention.id } });
    const signatureCount = await tx.signatory.count({
      where: { conventionId: convention.id, signedAt: { not: null } },
    });
    const articleCount = await tx.article.count({ where: { conventionId: convention.id, kind: "ARTICLE" } });
    const check = checkTransition({
      from: convention.status,
      to: input.to,
      signatoryCount,
      signatureCount,
      articleCount,
      endDate: details.endDate,
      today,
    });
    if (!check.ok) throw new AppError("INVALID_STATE", check.message);
    if (input.to === "VALIDATED") {
      const refusal = readinessMessage(
        await conventionReadiness(tx, convention.id, scope.territory.id),
        "Validation impossible",
      );
      if (refusal) throw new AppError("INVALID_STATE", refusal);
    }
    if (input.to === "TERMINATED" && !input.terminatedAt)
      throw new AppError("INVALID_INPUT", "Indiquez la date d'effet de la résiliation.");
    if (input.to === "TERMINATED" && input.terminatedAt! < details.startDate)
      throw new AppError("INVALID_INPUT", "La résiliation ne peut pas précéder le début de la convention.");
    await tx.convention.update({
      where: { id: convention.id },
      data: {
        status: input.to,
        version: { increment: 1 },
        ...(input.to === "TERMINATED" ? { terminatedAt: input.terminatedAt } : {}),
      },
    });
    await auditFor(tx, actor, scope)("Convention", convention.id, "convention.status", {
      status: { old: convention.status, new: input.to },
    });
    return { version: convention.version + 1 };
  });
}
