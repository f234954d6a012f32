// Fresh tenants for each test: a caisse with territories, organisations and users holding given roles.
import { randomUUID } from "node:crypto";
import { openSession } from "../../lib/auth/sessions";
import { loadActor, type Actor } from "../../lib/auth/actor";
import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/db/client";
import type { Role } from "../../lib/db/generated/enums";

const unique = () => randomUUID().slice(0, 8);

export async function createCaisse(db: Db, label = "Test") {
  return db.caisse.create({
    data: { kind: "CAF", name: `CAF ${label} ${unique()}`, shortName: `CAF ${label}`, departement: "99" },
  });
}

export async function createTerritory(db: Db, caisseId: string, name = "Territoire") {
  return db.territory.create({ data: { caisseId, name: `${name} ${unique()}`, slug: `t-${unique()}` } });
}

export async function createOrganisation(db: Db, caisseId: string, name = "Commune") {
  return db.organisation.create({ data: { caisseId, kind: "COMMUNE", name: `${name} ${unique()}` } });
}

let cachedHash: string | undefined;
export const TEST_PASSWORD = "mot-de-passe-de-test";

export async function createUser(
  db: Db,
  membership: { role: Role; caisseId: string; territoryId?: string | null; organisationId?: string | null },
): Promise<Actor> {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const user = await db.user.create({
    data: {
      email: `u-${unique()}@test.demo.fr`,
      name: `Utilisateur ${membership.role}`,
      passwordHash: cachedHash,
      memberships: {
        create: {
          role: membership.role,
          caisseId: membership.caisseId,
          territoryId: membership.territoryId ?? null,
          organisationId: membership.organisationId ?? null,
        },
      },
    },
  });
  return actorOf(db, user.id);
}

/** The actor of a user, as a request after a login sees it (a session is opened for it). */
export async function actorOf(db: Db, userId: string): Promise<Actor> {
  return (await loadActor(db, userId, await openSession(db, userId, 3600)))!;
}

/** Two caisses; the first has two territories. One user per role on territory A (caisse roles on caisse A). */
export async function createTenants(db: Db) {
  const caisseA = await createCaisse(db, "A");
  const caisseB = await createCaisse(db, "B");
  const territoryA = await createTerritory(db, caisseA.id, "Territoire A");
  const territoryA2 = await createTerritory(db, caisseA.id, "Territoire A2");
  const territoryB = await createTerritory(db, caisseB.id, "Territoire B");
  const orgA = await createOrganisation(db, caisseA.id);
  const actors = {
    CAISSE_ADMIN: await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisseA.id }),
    COOPERATION_OFFICER: await createUser(db, { role: "COOPERATION_OFFICER", caisseId: caisseA.id }),
    EPCI_STAFF: await createUser(db, { role: "EPCI_STAFF", caisseId: caisseA.id, territoryId: territoryA.id }),
    PILOT_CONTRIBUTOR: await createUser(db, {
      role: "PILOT_CONTRIBUTOR",
      caisseId: caisseA.id,
      territoryId: territoryA.id,
      organisationId: orgA.id,
    }),
    COPIL_MEMBER: await createUser(db, { role: "COPIL_MEMBER", caisseId: caisseA.id, territoryId: territoryA.id }),
  } satisfies Record<Role, Actor>;
  return { caisseA, caisseB, territoryA, territoryA2, territoryB, orgA, actors };
}

/**
 * Diagnostic values of a caisse, as an import would write them (one DiagnosticImport per call): for tests of the
 * pages, annexes and indicators that read them. `values`: [level, areaCode, areaName, series, year, value].
 */
export async function createDiagnosticValues(
  db: Db,
  caisseId: string,
  datasetId: string,
  values: [
    level: "EPCI" | "DEPARTEMENT" | "FRANCE",
    areaCode: string,
    areaName: string,
    series: string,
    year: number,
    value: number,
  ][],
  extractedAt = new Date("2026-11-15T00:00:00Z"),
) {
  const level = values[0]?.[0] ?? "EPCI";
  const created = await db.diagnosticImport.create({
    data: {
      caisseId,
      datasetId,
      level,
      source: "Cnaf, data.caf.fr (Licence Ouverte)",
      fileName: `${datasetId}.csv`,
      extractedAt,
      years: [...new Set(values.map((v) => v[4]))],
      added: values.length,
      updated: 0,
      unchanged: 0,
      ignored: 0,
    },
  });
  await db.diagnosticValue.createMany({
    data: values.map(([lvl, areaCode, areaName, series, year, value]) => ({
      caisseId,
      level: lvl,
      areaCode,
      areaName,
      series,
      year,
      value,
      datasetId,
      importId: created.id,
    })),
  });
  return created;
}
