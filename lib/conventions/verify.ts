import type { Actor } from "../auth/actor";
import { visibleTerritoriesWhere } from "../auth/scope";
import type { Db } from "../db/client";
import { sha256 } from "../pdf/render-convention";

export type VerifyResult =
  | { found: false; sha256: string }
  | {
      found: true;
      sha256: string;
      kind: "convention" | "avenant";
      title: string;
      territoryName: string;
      territorySlug: string;
      conventionId: string;
      edition: number;
      signedAt: Date | null;
      avenantNumber?: number;
    };

/** Is this PDF (or hash) a signed convention or avenant of a territory the caller may see? Never reveals others'. */
export async function verifySignedDocument(
  db: Db,
  actor: Actor,
  input: { sha256?: string; pdf?: Uint8Array },
): Promise<VerifyResult> {
  const hash = input.pdf ? sha256(input.pdf) : input.sha256!.toLowerCase();
  const territoryWhere = visibleTerritoriesWhere(actor);
  const convention = await db.convention.findFirst({
    where: { signedPdfSha256: hash, territory: territoryWhere },
    select: { id: true, title: true, edition: true, signedAt: true, territory: { select: { name: true, slug: true } } },
  });
  if (convention) {
    return {
      found: true,
      sha256: hash,
      kind: "convention",
      title: convention.title,
      territoryName: convention.territory.name,
      territorySlug: convention.territory.slug,
      conventionId: convention.id,
      edition: convention.edition,
      signedAt: convention.signedAt,
    };
  }
  const avenant = await db.avenant.findFirst({
    where: { signedPdfSha256: hash, convention: { territory: territoryWhere } },
    select: {
      number: true,
      signedAt: true,
      convention: {
        select: { id: true, title: true, edition: true, territory: { select: { name: true, slug: true } } },
      },
    },
  });
  if (avenant) {
    return {
      found: true,
      sha256: hash,
      kind: "avenant",
      title: avenant.convention.title,
      territoryName: avenant.convention.territory.name,
      territorySlug: avenant.convention.territory.slug,
      conventionId: avenant.convention.id,
      edition: avenant.convention.edition,
      signedAt: avenant.signedAt,
      avenantNumber: avenant.number,
    };
  }
  return { found: false, sha256: hash };
}
