import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";

/** Creates or edits a sub-step of a fiche. */
export function saveStep(
  db: Db,
  actor: Actor,
  input: { ficheId: string; stepId: string | null; title: string; dueDate: Date | null; done: boolean },
) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, audit) => {
    const data = { title: input.title, dueDate: input.dueDate, done: input.done };
    if (input.stepId) {
      const before = await tx.ficheStep.findFirst({ where: { id: input.stepId, ficheId: fiche.id } });
      if (!before) throw new AppError("NOT_FOUND", "Étape introuvable.");
      await tx.ficheStep.update({ where: { id: before.id }, data });
      await audit("FicheStep", before.id, "fiche.step.update", diffFields(before, data));
      return { stepId: before.id };
    }
    const last = await tx.ficheStep.aggregate({ where: { ficheId: fiche.id }, _max: { position: true } });
    const step = await tx.ficheStep.create({
      data: { ...data, ficheId: fiche.id, position: (last._max.position ?? 0) + 1 },
    });
    await audit("FicheStep", step.id, "fiche.step.create", { title: input.title });
    return { stepId: step.id };
  });
}
