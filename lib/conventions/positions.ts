// The order of a convention's articles (per kind) and signatories: positions 1..n, swapped or renumbered in the
// edit's transaction.
import type { Tx } from "../db/client";

/** Swaps an item with its neighbour; returns { old, new } positions, or null at the edge. */
export async function swap(
  tx: Tx,
  model: "article" | "signatory",
  orderedIds: string[],
  id: string,
  direction: "up" | "down",
) {
  const index = orderedIds.indexOf(id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= orderedIds.length) return null;
  [orderedIds[index], orderedIds[target]] = [orderedIds[target], orderedIds[index]];
  await writePositions(tx, model, orderedIds);
  return { old: index + 1, new: target + 1 };
}

/** Positions 1..n again after a deletion. */
export async function renumber(
  tx: Tx,
  model: "article" | "signatory",
  conventionId: string,
  kind?: "VISA" | "ARTICLE",
) {
  const rows =
    model === "article"
      ? await tx.article.findMany({ where: { conventionId, kind }, orderBy: { position: "asc" }, select: { id: true } })
      : await tx.signatory.findMany({ where: { conventionId }, orderBy: { position: "asc" }, select: { id: true } });
  await writePositions(
    tx,
    model,
    rows.map((r) => r.id),
  );
}

async function writePositions(tx: Tx, model: "article" | "signatory", orderedIds: string[]) {
  for (const [index, id] of orderedIds.entries()) {
    if (model === "article") await tx.article.update({ where: { id }, data: { position: index + 1 } });
    else await tx.signatory.update({ where: { id }, data: { position: index + 1 } });
  }
}
