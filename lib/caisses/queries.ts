import "server-only";
import type { Db } from "../db/client";

/** A caisse's identity, for its pages (the caller passed requireCaisse for it). */
export function getCaisse(db: Db, caisseId: string) {
  return db.caisse.findUnique({
    where: { id: caisseId },
    select: { id: true, kind: true, name: true, shortName: true, departement: true },
  });
}
