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

/** Fills, as a chargé(e) de coopération would, what the model leaves to complete ("…", representatives, place,
 * copies, annexes to join): the convention then passes the readiness checks (lib/conventions/readiness.ts). */
export async function completeModelConvention(db: Db, conventionId: string) {
  const fill = (text: string) => text.replace(/(^|[\s«(\[>])(…|\.\.\.)(?=$|[\s»)\].,;:!?<])/g, "$1deux");
  const convention = await db.convention.findUniqueOrThrow({
    where: { id: conventionId },
    include: { articles: true, signatories: true, annexes: true },
  });
  for (const article of convention.articles) {
    const body = fill(article.body);
    const title = fill(article.title);
    if (body !== article.body || title !== article.title)
      await db.article.update({ where: { id: article.id }, data: { body, title } });
  }
  for (const [i, signatory] of convention.signatories.entries()) {
    await db.signatory.update({
      where: { id: signatory.id },
      data: {
        representativeName: fill(signatory.representativeName).trim() || `Représentant ${i + 1}`,
        representativeTitle: fill(signatory.representativeTitle).trim() || "Président(e)",
        designation: fill(signatory.designation),
      },
    });
  }
  for (const annex of convention.annexes) {
    if ((annex.content === "TEXT" || annex.content === "FILE") && !annex.fileName)
      await db.annex.update({ where: { id: annex.id }, data: { content: "PAPER" } });
  }
  await db.convention.update({
    where: { id: conventionId },
    data: { copies: convention.copies ?? 3, place: fill(convention.place ?? "").trim() || "Mende" },
  });
}
