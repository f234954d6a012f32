import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { editFicheChild } from "./fiche-writes";
import type { SaveBudgetLineData } from "./schemas";

/** Creates or edits a budget line (year × funder × nature) of a fiche; one line per year, funder and nature. */
export function saveBudgetLine(db: Db, actor: Actor, input: SaveBudgetLineData) {
  return editFicheChild(db, actor, input.ficheId, async (tx, fiche, audit) => {
    const territory = await tx.ficheAction.findUniqueOrThrow({
      where: { id: fiche.id },
      select: { territory: { select: { caisseId: true } } },
    });
    if (
      !(await tx.organisation.findFirst({
        where: { id: input.funderOrganisationId, caisseId: territory.territory.caisseId },
      }))
    )
      throw new AppError("NOT_FOUND", "Financeur introuvable.");
    const data = {
      year: input.year,
      funderOrganisationId: input.funderOrganisationId,
      nature: input.nature,
      planned: input.planned,
      actual: input.actual,
    };
    const duplicate = await tx.budgetLine.findFirst({
      where: {
        ficheId: fiche.id,
        year: input.year,
        funderOrganisationId: input.funderOrganisationId,
        nature: input.nature,
        NOT: input.lineId ? { id: input.lineId } : undefined,
      },
    });
    if (duplicate)
      throw new AppError(
        "CONFLICT",
        "Une ligne existe déjà pour cette année, ce financeur et cette nature : modifiez-la.",
      );
    if (input.lineId) {
      const before = await tx.budgetLine.findFirst({ where: { id: input.lineId, ficheId: fiche.id } });
      if (!before) throw new AppError("NOT_FOUND", "Ligne budgétaire introuvable.");
      await tx.budgetLine.update({ where: { id: before.id }, data });
      await audit("BudgetLine", before.id, "budget.update", diffFields(before, data));
      return { lineId: before.id };
    }
    const line = await tx.budgetLine.create({ data: { ...data, ficheId: fiche.id } });
    await audit("BudgetLine", line.id, "budget.create", diffFields({}, data));
    return { lineId: line.id };
  });
}
