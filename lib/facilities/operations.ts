// Facilities of a territory (annexe 5), their manual funding amounts and the dated rate tables.
import type { Actor } from "../auth/actor";
import { requireTerritory, requireTerritoryOfRecord } from "../auth/scope";
import { auditFor, diffFields } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { AddFacilityFundingData, SaveFacilityData, SaveFundingRateData } from "./schemas";

export async function saveFacility(db: Db, actor: Actor, input: SaveFacilityData) {
  const scope = await requireTerritory(db, actor, { id: input.territoryId }, "fiche.edit");
  return db.$transaction(async (tx) => {
    if (
      input.communeId &&
      !(await tx.commune.findFirst({ where: { id: input.communeId, territoryId: scope.territory.id } }))
    )
      throw new AppError("NOT_FOUND", "Commune introuvable.");
    const data = {
      name: input.name,
      type: input.type,
      communeId: input.communeId,
      managerName: input.managerName,
      capacity: input.capacity,
      openedOn: input.openedOn,
      closedOn: input.closedOn,
    };
    const audit = auditFor(tx, actor, scope);
    if (input.facilityId) {
      const before = await tx.facility.findFirst({ where: { id: input.facilityId, territoryId: scope.territory.id } });
      if (!before) throw new AppError("NOT_FOUND", "Structure introuvable.");
      await tx.facility.update({ where: { id: before.id }, data });
      await audit("Facility", before.id, "facility.update", diffFields(before, data));
      return { facilityId: before.id };
    }
    const created = await tx.facility.create({ data: { ...data, territoryId: scope.territory.id } });
    await audit("Facility", created.id, "facility.create", diffFields({}, data));
    return { facilityId: created.id };
  });
}

/** Adds a rate valid from a date, for this territory or (caisse roles only) for every territory of the caisse. */
export async function saveFundingRate(db: Db, actor: Actor, input: SaveFundingRateData) {
  const scope = await requireTerritory(
    db,
    actor,
    { id: input.territoryId },
    input.scope === "caisse" ? "territory.edit" : "fiche.edit",
  );
  return db.$transaction(async (tx) => {
    const territoryId = input.scope === "caisse" ? null : scope.territory.id;
    const existing = await tx.fundingRate.findFirst({
      where: {
        caisseId: scope.territory.caisseId,
        territoryId,
        facilityType: input.facilityType,
        validFrom: input.validFrom,
      },
    });
    if (existing) throw new AppError("CONFLICT", "Un montant existe déjà pour ce type de structure à cette date.");
    const rate = await tx.fundingRate.create({
      data: {
        caisseId: scope.territory.caisseId,
        territoryId,
        facilityType: input.facilityType,
        ratePerPlace: input.ratePerPlace,
        validFrom: input.validFrom,
      },
    });
    await auditFor(tx, actor, scope)("FundingRate", rate.id, "rate.create", {
      facilityType: input.facilityType,
      ratePerPlace: input.ratePerPlace,
      validFrom: input.validFrom.toISOString().slice(0, 10),
      scope: input.scope,
    });
    return { rateId: rate.id };
  });
}

export async function addFacilityFunding(db: Db, actor: Actor, input: AddFacilityFundingData) {
  const facility = await db.facility.findUnique({
    where: { id: input.facilityId },
    select: { id: true, territoryId: true },
  });
  if (!facility) throw new AppError("NOT_FOUND", "Structure introuvable.");
  const scope = await requireTerritoryOfRecord(db, actor, facility.territoryId, "fiche.edit", "Structure introuvable.");
  return db.$transaction(async (tx) => {
    const funding = await tx.facilityFunding.create({
      data: { facilityId: facility.id, year: input.year, kind: input.kind, label: input.label, amount: input.amount },
    });
    await auditFor(tx, actor, scope)("Facility", facility.id, "facility.funding", {
      year: input.year,
      kind: input.kind,
      amount: input.amount,
    });
    return { fundingId: funding.id };
  });
}
