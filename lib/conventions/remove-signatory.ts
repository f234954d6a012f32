import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editConvention, loadSignatory } from "./access";
import { renumber } from "./positions";

/** Deletes a signatory; the others are renumbered. */
export async function removeSignatory(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; signatoryId: string },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const signatory = await loadSignatory(tx, convention.id, input.signatoryId);
    await tx.signatory.delete({ where: { id: signatory.id } });
    await renumber(tx, "signatory", convention.id);
    await audit("Signatory", signatory.id, "signatory.delete", {
      bodyLabel: { old: signatory.bodyLabel, new: null },
      representativeName: { old: signatory.representativeName, new: null },
    });
    return {};
  });
}
