// A convention ready for tests: from the model, with the caisse (twice) and the EPCI as signatories.
import type { Actor } from "../../lib/auth/actor";
import { createConvention } from "../../lib/conventions/create-convention";
import type { Db } from "../../lib/db/client";

export async function createModelConvention(
  db: Db,
  actor: Actor,
  territory: { id: string; caisseId: string; name: string },
) {
  const caisseOrg =
    (await db.organisation.findFirst({ where: { caisseId: territory.caisseId, kind: "CAISSE" } })) ??
    (await db.organisation.create({
      data: { caisseId: territory.caisseId, kind: "CAISSE", name: "Caisse d'allocations familiales de test" },
    }));
  let epciId = (await db.territory.findUniqueOrThrow({ where: { id: territory.id } })).epciOrganisationId;
  if (!epciId) {
    const epci = await db.organisation.create({
      data: { caisseId: territory.caisseId, kind: "EPCI", name: `Communauté de communes ${territory.name}` },
    });
    await db.territory.update({ where: { id: territory.id }, data: { epciOrganisationId: epci.id } });
    epciId = epci.id;
  }
  void caisseOrg;
  const { conventionId } = await createConvention(db, actor, {
    territoryId: territory.id,
    mode: "model",
    previousConventionId: null,
    title: "Convention territoriale globale de services aux familles",
    startDate: new Date("2024-01-01T00:00:00Z"),
    endDate: new Date("2028-12-31T00:00:00Z"),
    place: "La Canourgue",
  });
  return db.convention.findUniqueOrThrow({
    where: { id: conventionId },
    include: {
      signatories: { orderBy: { position: "asc" } },
      articles: { orderBy: [{ kind: "asc" }, { position: "asc" }] },
      annexes: true,
    },
  });
}
