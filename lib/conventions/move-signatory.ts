import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { editConvention, loadSignatory } from "./access";
import { swap } from "./positions";

/** Moves a signatory up or down the list. */
export async function moveSignatory(
  db: Db,
  actor: Actor,
  input: { conventionId: string; version: number; signatoryId: string; direction: "up" | "down" },
) {
  return editConvention(db, actor, input.conventionId, input.version, async ({ tx, convention, audit }) => {
    const signatory = await loadSignatory(tx, convention.id, input.signatoryId);
    const all = await tx.signatory.findMany({
      where: { conventionId: convention.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const moved = await swap(
      tx,
      "signatory",
      all.map((s) => s.id),
      signatory.id,
      input.direction,
    );
    if (moved) await audit("Signatory", signatory.id, "signatory.move", { position: moved });
    return {};
  });
}
