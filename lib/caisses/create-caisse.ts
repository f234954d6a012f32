import type { Actor } from "../auth/actor";
import { requireOperator } from "../auth/scope";
import { auditForCaisse } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { findDepartement } from "../geo/decoupage";
import { createInvitation } from "../invitations/invitations";
import type { CreateCaisseData } from "./schemas";

export type CreateCaisseResult =
  | { status: "created"; caisseId: string }
  /** The département already has a caisse: nothing written, the operator confirms with `confirmSecond`. */
  | { status: "confirm"; existing: string[] };

/**
 * Opens a caisse (platform operators only): the caisse, its own entry in its partner directory (it signs every
 * convention), and the invitation of its first caisse admin, in one transaction, audited "caisse.create".
 */
export async function createCaisse(db: Db, actor: Actor, input: CreateCaisseData): Promise<CreateCaisseResult> {
  requireOperator(actor);
  const departement = findDepartement(input.departement);
  if (!departement) throw new AppError("INVALID_INPUT", "Ce département n'existe pas.");
  // Only Lozère has a CCSS (a caisse commune de sécurité sociale serves family benefits there, and no CAF does).
  if (input.kind === "CCSS" && departement.code !== "48")
    throw new AppError("INVALID_INPUT", "Seule la Lozère (48) a une caisse commune de sécurité sociale (CCSS).");
  if (input.kind === "CAF" && departement.code === "48")
    throw new AppError(
      "INVALID_INPUT",
      "En Lozère, les prestations familiales sont servies par la CCSS de la Lozère : choisissez « CCSS ».",
    );
  return db.$transaction(async (tx) => {
    const existing = await tx.caisse.findMany({
      where: { departement: departement.code },
      select: { shortName: true },
      orderBy: { createdAt: "asc" },
    });
    if (existing.length && !input.confirmSecond)
      return { status: "confirm", existing: existing.map((c) => c.shortName) } as const;
    const caisse = await tx.caisse.create({
      data: { kind: input.kind, departement: departement.code, name: input.name, shortName: input.shortName },
    });
    await tx.organisation.create({
      data: { caisseId: caisse.id, kind: "CAISSE", name: input.name, shortName: input.shortName },
    });
    await auditForCaisse(tx, actor, caisse.id)("Caisse", caisse.id, "caisse.create", {
      kind: input.kind,
      departement: departement.code,
      name: input.name,
      shortName: input.shortName,
    });
    await createInvitation(
      tx,
      { id: actor.id, name: actor.name },
      {
        email: input.adminEmail,
        name: input.adminName,
        role: "CAISSE_ADMIN",
        caisseId: caisse.id,
        territoryId: null,
        organisationId: null,
      },
    );
    return { status: "created", caisseId: caisse.id } as const;
  });
}
