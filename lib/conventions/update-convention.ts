import type { Actor } from "../auth/actor";
import { diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { editConvention } from "./access";
import type { UpdateConventionData } from "./schemas";

/** Title, period, place and number of copies of a convention. */
export async function updateConvention(db: Db, actor: Actor, input: UpdateConventionData) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const before = await tx.convention.findUniqueOrThrow({ where: { id: convention.id } });
    const next = {
      title: input.title,
      startDate: input.startDate,
      endDate: input.endDate,
      place: input.place,
      copies: input.copies,
    };
    await tx.convention.update({ where: { id: convention.id }, data: next });
    await audit("Convention", convention.id, "convention.update", diffFields(before, next));
    return {};
  });
}
