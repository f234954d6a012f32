// The current values of a convention's fields (lib/conventions/fields.ts), loaded with the territory in the WHERE
// clause: for the editor, the convention page and the readiness check.
import type { Db, Tx } from "../db/client";
import { fieldValues, type FieldValues } from "./fields";

export async function loadFieldValues(db: Db | Tx, conventionId: string, territoryId: string): Promise<FieldValues> {
  const convention = await db.convention.findFirstOrThrow({
    where: { id: conventionId, territoryId },
    select: {
      startDate: true,
      endDate: true,
      place: true,
      copies: true,
      territory: {
        select: { name: true, caisse: { select: { name: true } }, epciOrganisation: { select: { name: true } } },
      },
      signatories: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
    },
  });
  return fieldValues({
    startDate: convention.startDate,
    endDate: convention.endDate,
    place: convention.place,
    copies: convention.copies,
    territoryName: convention.territory.name,
    caisseName: convention.territory.caisse.name,
    epciName: convention.territory.epciOrganisation?.name ?? null,
    partyNames: convention.signatories.map((s) => s.organisation.name),
  });
}
