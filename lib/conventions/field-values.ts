// The current values of a convention's fields (lib/conventions/fields.ts), loaded with the territory in the WHERE
// clause: for the editor, the convention page and the readiness check.
import type { Db, Tx } from "../db/client";
import { bindFields, conventionFieldValues, type FieldValues } from "./fields";

/** What a convention's fields need of its territory: its name, its caisse's and its EPCI's (a Prisma select). */
export const territoryForFields = {
  select: { name: true, caisse: { select: { name: true } }, epciOrganisation: { select: { name: true } } },
} as const;

export async function loadFieldValues(db: Db | Tx, conventionId: string, territoryId: string): Promise<FieldValues> {
  const convention = await db.convention.findFirstOrThrow({
    where: { id: conventionId, territoryId },
    select: {
      startDate: true,
      endDate: true,
      place: true,
      copies: true,
      territory: territoryForFields,
      signatories: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
    },
  });
  return conventionFieldValues(convention);
}

/** Replaces every field of the convention's articles and text annexes by its current value (at signature). */
export async function freezeFields(tx: Tx, conventionId: string, territoryId: string): Promise<void> {
  const values = await loadFieldValues(tx, conventionId, territoryId);
  const where = { conventionId, convention: { territoryId }, body: { contains: "data-field" } };
  for (const article of await tx.article.findMany({ where, select: { id: true, body: true } })) {
    await tx.article.update({ where: { id: article.id }, data: { body: bindFields(article.body, values) } });
  }
  for (const annex of await tx.annex.findMany({ where, select: { id: true, body: true } })) {
    await tx.annex.update({ where: { id: annex.id }, data: { body: bindFields(annex.body ?? "", values) } });
  }
}
