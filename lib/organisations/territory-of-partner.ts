import type { Tx } from "../db/client";
import { AppError } from "../errors";

/** The territory a partner is attached to must be one of the caisse's (else: the field's error, nothing written). */
export async function checkPartnerTerritory(tx: Tx, caisseId: string, territoryId: string | null) {
  if (!territoryId) return;
  const territory = await tx.territory.findFirst({ where: { id: territoryId, caisseId }, select: { id: true } });
  if (!territory) throw new AppError("INVALID_INPUT", "Ce territoire n'appartient pas à la caisse.");
}
