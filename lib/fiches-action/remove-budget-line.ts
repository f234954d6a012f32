import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";

/** Deletes a budget line of a fiche. */
export function removeBudgetLine(db: Db, actor: Actor, input: { ficheId: string; childId: string }) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, audit) => {
    const line = await tx.budgetLine.findFirst({ where: { id: input.childId, ficheId: fiche.id } });
    if (!line) throw new AppError("NOT_FOUND", "Ligne budgétaire introuvable.");
    await tx.budgetLine.delete({ where: { id: line.id } });
    await audit("BudgetLine", line.id, "budget.delete", { planned: { old: line.planned.toString(), new: null } });
    return {};
  });
}
