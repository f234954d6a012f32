import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editConvention } from "./access";

/** Deletes an annex. */
export async function removeAnnex(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; annexId: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const annex = await tx.annex.findFirst({ where: { id: input.annexId, conventionId: convention.id } });
    if (!annex) throw new AppError("NOT_FOUND", "Annexe introuvable.");
    await tx.annex.delete({ where: { id: annex.id } });
    await audit("Annex", annex.id, "annex.delete", {
      code: { old: annex.code, new: null },
      title: { old: annex.title, new: null },
    });
    return {};
  });
}
