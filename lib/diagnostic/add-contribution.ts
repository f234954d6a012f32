// A partner's contribution to one theme of a territory's diagnostic: anyone on the territory adds one (plain text,
// kept as escaped HTML paragraphs), signed with their name and organisation.
import { auditFor } from "../audit/record";
import type { Actor } from "../auth/actor";
import { CAISSE_ROLES } from "../auth/permissions";
import { requireTerritory } from "../auth/scope";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { AddContributionData } from "./finding-schemas";
import { plainTextToHtml, richTextToPlain } from "./rich-text";

/**
 * The organisation a contribution is signed with: the one of the author's membership on the territory, else, for
 * the caisse's own staff, the caisse.
 */
async function organisationOf(db: Db, actor: Actor, territory: { id: string; caisseId: string }) {
  const onTerritory = actor.memberships.find((m) => m.territoryId === territory.id && m.organisationId);
  if (onTerritory) {
    const organisation = await db.organisation.findFirst({
      where: { id: onTerritory.organisationId!, caisseId: territory.caisseId },
      select: { name: true },
    });
    if (organisation) return organisation.name;
  }
  const caisseWide = actor.memberships.some(
    (m) => m.territoryId === null && m.caisseId === territory.caisseId && CAISSE_ROLES.includes(m.role),
  );
  if (caisseWide) {
    const caisse = await db.caisse.findUnique({ where: { id: territory.caisseId }, select: { name: true } });
    return caisse?.name ?? null;
  }
  return null;
}

export async function addContribution(db: Db, actor: Actor, input: AddContributionData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "diagnostic.contribute");
  const body = plainTextToHtml(input.body);
  if (richTextToPlain(body).length < 3) throw new AppError("INVALID_INPUT", "Contribution : au moins 3 caractères.");
  const organisationName = await organisationOf(db, actor, scope.territory);
  return db.$transaction(async (tx) => {
    const created = await tx.diagnosticContribution.create({
      data: { territoryId: scope.territory.id, theme: input.theme, body, authorId: actor.id, organisationName },
      select: { id: true },
    });
    await auditFor(tx, actor, scope)("DiagnosticContribution", created.id, "diagnostic.contribution.create", {
      theme: input.theme,
      organisationName,
      body: richTextToPlain(body),
    });
    return { contributionId: created.id };
  });
}
