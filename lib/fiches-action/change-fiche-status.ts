import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { requireFicheForEdit } from "./access";
import { writeStatus } from "./fiche-writes";
import type { ChangeFicheStatusData } from "./schemas";

/** Changes a fiche's status (journaled), on the version it was loaded with. */
export async function changeFicheStatus(db: Db, actor: Actor, input: ChangeFicheStatusData) {
  const { scope, fiche } = await requireFicheForEdit(db, actor, input.ficheId);
  return db.$transaction(async (tx) => {
    const current = await tx.ficheAction.findUniqueOrThrow({
      where: { id: fiche.id },
      select: { id: true, status: true, version: true },
    });
    if (current.version !== input.version)
      throw new AppError(
        "CONFLICT",
        "Cette fiche a été modifiée par quelqu'un d'autre entre-temps : rechargez la page.",
      );
    if (current.status === input.status) throw new AppError("INVALID_STATE", "La fiche a déjà ce statut.");
    await writeStatus(tx, auditFor(tx, actor, scope), current, input.status, input.comment, actor.id);
    return { version: current.version + 1 };
  });
}
