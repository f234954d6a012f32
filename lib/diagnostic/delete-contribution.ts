// Removing a contribution to the diagnostic: its author (still on the territory) or the caisse.
import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { requireTerritoryOfRecord } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { mayDeleteContribution } from "./contribution-rules";
import type { DeleteContributionData } from "./finding-schemas";
import { richTextToPlain } from "./rich-text";

const CONTRIBUTION_NOT_FOUND = "Contribution introuvable.";

export async function deleteContribution(db: Db, actor: Actor, input: DeleteContributionData) {
  const found = await db.diagnosticContribution.findUnique({
    where: { id: input.contributionId },
    select: { territoryId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", CONTRIBUTION_NOT_FOUND);
  const scope = await requireTerritoryOfRecord(db, actor, found.territoryId, "territory.read", CONTRIBUTION_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const contribution = await tx.diagnosticContribution.findFirst({
      where: { id: input.contributionId, territoryId: scope.territory.id },
      select: { id: true, theme: true, body: true, authorId: true, organisationName: true },
    });
    if (!contribution) throw new AppError("NOT_FOUND", CONTRIBUTION_NOT_FOUND);
    if (!mayDeleteContribution(actor, scope, contribution))
      throw new AppError("FORBIDDEN", "Seuls son auteur et la caisse peuvent retirer cette contribution.");
    await tx.diagnosticContribution.delete({ where: { id: contribution.id } });
    await auditFor(tx, actor, scope)("DiagnosticContribution", contribution.id, "diagnostic.contribution.delete", {
      theme: contribution.theme,
      organisationName: contribution.organisationName,
      body: richTextToPlain(contribution.body),
    });
    return { contributionId: contribution.id };
  });
}
