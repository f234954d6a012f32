import type { Actor } from "../auth/actor";
import { requireCaisse } from "../auth/scope";
import { auditFor } from "../audit/record";
import type { Db, Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { findEpci } from "../geo/decoupage";
import { epciNames, ofName, slugify } from "../geo/names";
import type { CreateTerritoryData } from "./schemas";

/** The first of « slug », « slug-2 », « slug-3 »… that no territory uses (slugs are unique across caisses). */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.territory.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Creates a territory from an EPCI of the official list (caisse admins): the territory (name, SIREN, population
 * from the data), its EPCI organisation (the directory's one when it has this SIREN already), its communes, and,
 * when asked, the member communes as partners of the territory. One transaction, audited "territory.create".
 */
export async function createTerritory(db: Db, actor: Actor, input: CreateTerritoryData) {
  requireCaisse(actor, input.caisseId, "territory.create");
  const caisse = await db.caisse.findUnique({ where: { id: input.caisseId }, select: { id: true, departement: true } });
  if (!caisse) throw new AppError("NOT_FOUND");
  const epci = findEpci(input.epciSiren);
  if (!epci) throw new AppError("INVALID_INPUT", "Cette intercommunalité n'est pas dans la liste officielle des EPCI.");
  if (!epci.departements.includes(caisse.departement) && !input.confirmOutside)
    throw new AppError(
      "INVALID_STATE",
      "Ce territoire est hors de votre département : aucune de ses communes n'y est. Cochez la confirmation pour le créer quand même.",
    );
  const names = epciNames(epci);
  try {
    return await db.$transaction(async (tx) => {
      const duplicate = await tx.territory.findFirst({
        where: { caisseId: caisse.id, siren: epci.siren },
        select: { name: true },
      });
      if (duplicate)
        throw new AppError(
          "CONFLICT",
          `Cette intercommunalité est déjà un territoire de la caisse : « ${duplicate.name} ».`,
        );
      const epciOrganisation =
        (await tx.organisation.findFirst({
          where: { caisseId: caisse.id, kind: "EPCI", siren: epci.siren },
          select: { id: true },
        })) ??
        (await tx.organisation.create({
          data: {
            caisseId: caisse.id,
            kind: "EPCI",
            name: names.organisationName,
            shortName: names.shortName,
            siren: epci.siren,
          },
          select: { id: true },
        }));
      const territory = await tx.territory.create({
        data: {
          caisseId: caisse.id,
          slug: await freeSlug(tx, input.name),
          name: input.name,
          siren: epci.siren,
          population: epci.population,
          epciOrganisationId: epciOrganisation.id,
        },
        select: { id: true, slug: true, caisseId: true },
      });
      // Commune names are unique within a territory; two homonyms in one EPCI would get their INSEE code.
      const seen = new Set<string>();
      await tx.commune.createMany({
        data: epci.members.map((member) => {
          const name = seen.has(member.name) ? `${member.name} (${member.code})` : member.name;
          seen.add(member.name);
          return { territoryId: territory.id, name, inseeCode: member.code };
        }),
      });
      await tx.organisation.updateMany({
        where: { id: epciOrganisation.id, territoryId: null },
        data: { territoryId: territory.id },
      });
      let partnersAdded = 0;
      if (input.addCommunes) {
        const sirens = epci.members.map((m) => m.siren).filter((s): s is string => !!s);
        const known = await tx.organisation.findMany({
          where: { caisseId: caisse.id, siren: { in: sirens } },
          select: { id: true, siren: true },
        });
        const knownSirens = new Set(known.map((o) => o.siren));
        // Communes already in the directory are linked to the territory when they were caisse-wide.
        await tx.organisation.updateMany({
          where: { id: { in: known.map((o) => o.id) }, territoryId: null },
          data: { territoryId: territory.id },
        });
        const fresh = epci.members.filter((m) => !m.siren || !knownSirens.has(m.siren));
        await tx.organisation.createMany({
          data: fresh.map((member) => ({
            caisseId: caisse.id,
            kind: "COMMUNE" as const,
            name: `Commune ${ofName(member.name)}`,
            siren: member.siren,
            territoryId: territory.id,
          })),
        });
        partnersAdded = fresh.length;
      }
      await auditFor(tx, actor, { territory })("Territory", territory.id, "territory.create", {
        name: input.name,
        siren: epci.siren,
        population: epci.population,
        communes: epci.members.length,
        partnersAdded,
        outsideDepartement: !epci.departements.includes(caisse.departement),
      });
      return { slug: territory.slug };
    });
  } catch (error) {
    // Two admins adding the same EPCI (unique caisseId + siren) or the same name (unique slug) at once.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError(
        "CONFLICT",
        "Un territoire vient d'être créé en même temps pour cette intercommunalité ou sous ce nom : rechargez la page.",
      );
    throw error;
  }
}
