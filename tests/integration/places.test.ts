// Places: platform operators (admin:create, opening a caisse), territories from the official EPCI list, the
// caisse's partner directory. Every operation through its real server action, as Next.js calls it.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { createCaisseAction } from "../../lib/caisses/actions";
import { adminCreate } from "../../lib/cli/admin-create";
import { searchEpci } from "../../lib/geo/decoupage";
import {
  createOrganisationAction,
  deleteOrganisationAction,
  updateOrganisationAction,
} from "../../lib/organisations/actions";
import { createTerritoryAction } from "../../lib/territories/actions";
import { requireTestDatabase } from "../helpers/db";
import { actorOf, createCaisse, createTenants, createUser } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();
const unique = () => Math.random().toString(36).slice(2, 10);

/** stdin as a pipe (not a terminal): admin:create reads the password from its first line. */
const piped = (text: string) => ({ stdin: Readable.from([text]), stdout: { write: () => true } as never });

async function createOperator() {
  const email = `operateur-${unique()}@test.demo.fr`;
  await adminCreate(db, [email, "--name", "Olga Opératrice"], piped("un-mot-de-passe-solide\n"));
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return actorOf(db, user.id);
}

/** Rows the places operations write, to check that a refused call wrote nothing. */
async function snapshot() {
  const [caisses, territories, organisations, communes, invitations, emails, audit] = await Promise.all([
    db.caisse.count(),
    db.territory.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, siren: true } }),
    db.organisation.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, kind: true, siren: true, territoryId: true, version: true },
    }),
    db.commune.count(),
    db.invitation.count(),
    db.emailMessage.count(),
    db.auditEvent.count(),
  ]);
  return { caisses, territories, organisations, communes, invitations, emails, audit };
}

describe("npm run admin:create", () => {
  it("creates a platform operator with the piped password hashed, and says so", async () => {
    const email = `Nouvel-Operateur-${unique()}@Test.demo.fr`;
    const said = await adminCreate(db, [email, "--name", "Jeanne Martin"], piped("correct horse battery\nignored\n"));
    expect(said).toContain("Opérateur de la plateforme créé");
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user).toMatchObject({ name: "Jeanne Martin", isPlatformOperator: true, isActive: true });
    expect(await verifyPassword("correct horse battery", user.passwordHash!)).toBe(true);
  });

  it("promotes an existing user, keeping its roles", async () => {
    const caisse = await createCaisse(db);
    const existing = await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisse.id });
    const said = await adminCreate(db, [existing.email], piped("un-autre-mot-de-passe\n"));
    expect(said).toContain("maintenant opérateur");
    const user = await db.user.findUniqueOrThrow({ where: { id: existing.id }, include: { memberships: true } });
    expect(user.isPlatformOperator).toBe(true);
    expect(user.memberships).toHaveLength(1);
    expect(await verifyPassword("un-autre-mot-de-passe", user.passwordHash!)).toBe(true);
  });

  it("refuses passwords under 12 or over 128 characters, bad emails and unknown options, writing nothing", async () => {
    const email = `court-${unique()}@test.demo.fr`;
    await expect(adminCreate(db, [email], piped("trop-court\n"))).rejects.toThrow("au moins 12 caractères");
    await expect(adminCreate(db, [email], piped(`${"x".repeat(129)}\n`))).rejects.toThrow("au plus 128 caractères");
    await expect(adminCreate(db, ["pas-une-adresse"], piped("un-mot-de-passe-solide\n"))).rejects.toThrow(
      "Adresse e-mail invalide",
    );
    await expect(adminCreate(db, [email, "--admin"], piped("un-mot-de-passe-solide\n"))).rejects.toThrow(
      "Option inconnue",
    );
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

const gard = (overrides: Record<string, unknown> = {}) => ({
  kind: "CAF",
  departement: "30",
  name: "Caisse d'allocations familiales du Gard",
  shortName: "CAF du Gard",
  adminName: "Anne Admin",
  adminEmail: `anne-${unique()}@caf-gard.test.fr`,
  ...overrides,
});

describe("opening a caisse", () => {
  it("creates the caisse, its directory entry and the first admin's invitation with its email, audited", async () => {
    const operator = await createOperator();
    await db.caisse.deleteMany({ where: { departement: "30" } });
    const input = gard();
    const result = await invoke(createCaisseAction, operator, input);
    expect(result.data).toMatchObject({ status: "created" });
    const caisseId = (result.data as { caisseId: string }).caisseId;
    const caisse = await db.caisse.findUniqueOrThrow({
      where: { id: caisseId },
      include: { organisations: true, invitations: true },
    });
    expect(caisse).toMatchObject({ kind: "CAF", departement: "30", shortName: "CAF du Gard" });
    expect(caisse.organisations).toMatchObject([{ kind: "CAISSE", name: input.name }]);
    expect(caisse.invitations).toMatchObject([
      {
        email: input.adminEmail,
        name: "Anne Admin",
        role: "CAISSE_ADMIN",
        territoryId: null,
        invitedById: operator.id,
      },
    ]);
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: input.adminEmail } });
    expect(email.text).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}/);
    expect(email.subject).toContain("CAF du Gard");
    const audit = await db.auditEvent.findMany({ where: { caisseId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["caisse.create", "invitation.create"]);
    expect(audit[0]).toMatchObject({ actorId: operator.id, entity: "Caisse", entityId: caisseId });
  });

  it("asks for confirmation before a second caisse in the same département, then opens it", async () => {
    const operator = await createOperator();
    await db.caisse.deleteMany({ where: { departement: "64" } });
    const first = gard({ departement: "64", name: "CAF du Béarn et de la Soule", shortName: "CAF Béarn-Soule" });
    expect((await invoke(createCaisseAction, operator, first)).data).toMatchObject({ status: "created" });
    const second = gard({ departement: "64", name: "CAF du Pays basque", shortName: "CAF Pays basque" });
    const before = await snapshot();
    expect((await invoke(createCaisseAction, operator, second)).data).toEqual({
      status: "confirm",
      existing: ["CAF Béarn-Soule"],
    });
    expect(await snapshot()).toEqual(before);
    const confirmed = await invoke(createCaisseAction, operator, { ...second, confirmSecond: true });
    expect(confirmed.data).toMatchObject({ status: "created" });
    expect(await db.caisse.count({ where: { departement: "64" } })).toBe(2);
  });

  it("refuses a CCSS outside Lozère, a CAF in Lozère, unknown départements and bad fields, writing nothing", async () => {
    const operator = await createOperator();
    const before = await snapshot();
    const ccss = await invoke(createCaisseAction, operator, gard({ kind: "CCSS" }));
    expect(ccss).toMatchObject({ code: "INVALID_INPUT", serverError: expect.stringContaining("Lozère") });
    const caf48 = await invoke(createCaisseAction, operator, gard({ departement: "48" }));
    expect(caf48).toMatchObject({ code: "INVALID_INPUT", serverError: expect.stringContaining("CCSS") });
    expect(await invoke(createCaisseAction, operator, gard({ departement: "20" }))).toMatchObject({
      code: "INVALID_INPUT",
    });
    const bad = await invoke(createCaisseAction, operator, gard({ adminEmail: "pas une adresse", name: "" }));
    expect(bad.fieldErrors).toMatchObject({
      adminEmail: ["Adresse e-mail invalide."],
      name: [expect.stringContaining("Nom de la caisse")],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("answers NOT_FOUND to anyone but a platform operator, whatever their role, and writes nothing", async () => {
    const { actors } = await createTenants(db);
    const before = await snapshot();
    for (const actor of Object.values(actors)) {
      const result = await invoke(createCaisseAction, actor, gard({ confirmSecond: true }));
      expect(result.code, actor.email).toBe("NOT_FOUND");
    }
    expect((await invoke(createCaisseAction, null, gard())).serverError).toContain("session");
    expect(await snapshot()).toEqual(before);
  });
});

// CC Cœur de Lozère (7 communes) and CC Aubrac Lot Causses Tarn: Lozère; CC du Pays de Pontchâteau: Loire-Atlantique.
const COEUR = "244800405";
const ALCT = "200069268";

async function lozereTenants() {
  const tenants = await createTenants(db);
  await db.caisse.update({ where: { id: tenants.caisseA.id }, data: { departement: "48" } });
  await db.caisse.update({ where: { id: tenants.caisseB.id }, data: { departement: "48" } });
  return tenants;
}

describe("territories from the official EPCI list", () => {
  it("finds EPCI by name without accents or by SIREN, those of the caisse's département first, 20 at most", () => {
    expect(searchEpci("coeur de lozere", "48").results.map((e) => e.siren)).toEqual([COEUR]);
    expect(searchEpci("200069", "48").results.map((e) => e.siren)).toContain(ALCT);
    const many = searchEpci("pays", "48");
    expect(many.total).toBeGreaterThan(20);
    expect(many.results).toHaveLength(20);
    const lozere = searchEpci("lozere", "48").results;
    expect(lozere[0].departements).toContain("48");
    expect(searchEpci("   ", "48").results).toEqual([]);
  });

  it("creates the territory, its EPCI organisation, communes and population in one audited transaction", async () => {
    const { caisseA, actors } = await lozereTenants();
    const result = await invoke(createTerritoryAction, actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      epciSiren: COEUR,
      name: "Cœur de Lozère",
      addCommunes: true,
    });
    expect(result.data?.slug).toMatch(/^coeur-de-lozere(-\d+)?$/);
    const territory = await db.territory.findUniqueOrThrow({
      where: { slug: result.data!.slug },
      include: { communes: true, epciOrganisation: true, partners: true },
    });
    expect(territory).toMatchObject({ caisseId: caisseA.id, name: "Cœur de Lozère", siren: COEUR });
    expect(territory.population).toBeGreaterThan(10_000);
    expect(territory.epciOrganisation).toMatchObject({
      kind: "EPCI",
      siren: COEUR,
      name: "Communauté de communes Coeur de Lozère",
      caisseId: caisseA.id,
    });
    expect(territory.communes).toHaveLength(7);
    expect(territory.communes.find((c) => c.inseeCode === "48095")?.name).toBe("Mende");
    const communes = territory.partners.filter((o) => o.kind === "COMMUNE");
    expect(communes).toHaveLength(7);
    expect(communes.map((o) => o.name)).toContain("Commune de Mende");
    expect(communes.every((o) => o.siren && o.caisseId === caisseA.id)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { territoryId: territory.id } });
    expect(audit).toMatchObject({
      action: "territory.create",
      actorId: actors.CAISSE_ADMIN.id,
      entityId: territory.id,
    });
  });

  it("refuses an EPCI already a territory of the caisse, with its name", async () => {
    const { caisseA, actors } = await lozereTenants();
    const input = { caisseId: caisseA.id, epciSiren: ALCT, name: "Aubrac Lot Causses Tarn" };
    expect((await invoke(createTerritoryAction, actors.CAISSE_ADMIN, input)).data).toBeTruthy();
    const before = await snapshot();
    const again = await invoke(createTerritoryAction, actors.CAISSE_ADMIN, { ...input, name: "Autre nom" });
    expect(again).toMatchObject({ code: "CONFLICT", serverError: expect.stringContaining("Aubrac Lot Causses Tarn") });
    expect(await snapshot()).toEqual(before);
  });

  it("asks for confirmation for an EPCI outside the caisse's département", async () => {
    const { caisseA, actors } = await lozereTenants();
    const [outside] = searchEpci("Pontchâteau", "48").results;
    expect(outside.departements).not.toContain("48");
    const input = { caisseId: caisseA.id, epciSiren: outside.siren, name: "Pays de Pontchâteau" };
    const before = await snapshot();
    const refused = await invoke(createTerritoryAction, actors.CAISSE_ADMIN, input);
    expect(refused).toMatchObject({
      code: "INVALID_STATE",
      serverError: expect.stringContaining("Ce territoire est hors de votre département"),
    });
    expect(await snapshot()).toEqual(before);
    const confirmed = await invoke(createTerritoryAction, actors.CAISSE_ADMIN, { ...input, confirmOutside: true });
    expect(confirmed.data?.slug).toBeTruthy();
  });

  it("refuses bad input, unknown SIRENs, coopération officers (FORBIDDEN) and other caisses (NOT_FOUND)", async () => {
    const { caisseA, caisseB, actors } = await lozereTenants();
    const adminB = await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisseB.id });
    const input = { caisseId: caisseA.id, epciSiren: COEUR, name: "Cœur de Lozère" };
    const before = await snapshot();
    expect(
      (await invoke(createTerritoryAction, actors.CAISSE_ADMIN, { ...input, epciSiren: "12" })).fieldErrors,
    ).toMatchObject({ epciSiren: ["Choisissez une intercommunalité dans la liste."] });
    expect(
      await invoke(createTerritoryAction, actors.CAISSE_ADMIN, { ...input, epciSiren: "123456789" }),
    ).toMatchObject({ code: "INVALID_INPUT" });
    expect(await invoke(createTerritoryAction, actors.COOPERATION_OFFICER, input)).toMatchObject({ code: "FORBIDDEN" });
    expect(await invoke(createTerritoryAction, adminB, input)).toMatchObject({ code: "NOT_FOUND" });
    for (const role of ["EPCI_STAFF", "PILOT_CONTRIBUTOR", "COPIL_MEMBER"] as const)
      expect(await invoke(createTerritoryAction, actors[role], input)).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the partner directory", () => {
  it("adds, edits (version checked) and deletes a partner, audited", async () => {
    const { caisseA, territoryA, actors } = await createTenants(db);
    const created = await invoke(createOrganisationAction, actors.COOPERATION_OFFICER, {
      caisseId: caisseA.id,
      kind: "CCAS",
      name: "CCAS de Marvejols",
      shortName: "",
      siren: "200 069 268",
      territoryId: territoryA.id,
    });
    const id = created.data!.id;
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "CCAS",
      shortName: null,
      siren: "200069268",
      territoryId: territoryA.id,
      version: 1,
    });
    const edit = {
      caisseId: caisseA.id,
      organisationId: id,
      version: 1,
      kind: "CCAS",
      name: "CCAS de la ville de Marvejols",
      shortName: "CCAS Marvejols",
      siren: "",
      territoryId: "",
    };
    expect((await invoke(updateOrganisationAction, actors.CAISSE_ADMIN, edit)).data).toEqual({ version: 2 });
    const stale = await invoke(updateOrganisationAction, actors.COOPERATION_OFFICER, { ...edit, name: "Écrasé" });
    expect(stale).toMatchObject({ code: "CONFLICT" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "CCAS de la ville de Marvejols",
      territoryId: null,
      siren: null,
      version: 2,
    });
    const deleted = await invoke(deleteOrganisationAction, actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      organisationId: id,
      version: 2,
    });
    expect(deleted.serverError).toBeUndefined();
    expect(await db.organisation.findUnique({ where: { id } })).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["organisation.create", "organisation.update", "organisation.delete"]);
    expect(audit[1].changes).toMatchObject({
      name: { old: "CCAS de Marvejols", new: "CCAS de la ville de Marvejols" },
    });
  });

  it("refuses to delete a partner in use, saying what uses it", async () => {
    const { caisseA, territoryA, orgA, actors } = await createTenants(db);
    await db.convention.create({
      data: {
        territoryId: territoryA.id,
        title: "CTG",
        startDate: new Date("2024-01-01"),
        endDate: new Date("2028-12-31"),
        signatories: {
          create: {
            organisationId: orgA.id,
            position: 1,
            bodyLabel: "La commune",
            representativeName: "X",
            representativeTitle: "Maire",
            designation: "la commune",
          },
        },
      },
    });
    const before = await snapshot();
    const result = await invoke(deleteOrganisationAction, actors.CAISSE_ADMIN, {
      caisseId: caisseA.id,
      organisationId: orgA.id,
      version: 1,
    });
    expect(result).toMatchObject({ code: "INVALID_STATE", serverError: expect.stringContaining("signataire") });
    expect(result.serverError).toContain("rattachement d'un utilisateur"); // the pilot contributor works for it
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad SIRENs and another caisse's territory, and answers NOT_FOUND across caisses and to territory roles", async () => {
    const { caisseA, caisseB, territoryB, orgA, actors } = await createTenants(db);
    const adminB = await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisseB.id });
    const base = { caisseId: caisseA.id, kind: "ASSOCIATION", name: "Centre social", shortName: "", territoryId: "" };
    const before = await snapshot();
    expect(
      (await invoke(createOrganisationAction, actors.CAISSE_ADMIN, { ...base, siren: "123456789" })).fieldErrors,
    ).toMatchObject({ siren: ["Le SIREN doit comporter 9 chiffres et une clé valide."] });
    expect(
      await invoke(createOrganisationAction, actors.CAISSE_ADMIN, { ...base, siren: "", territoryId: territoryB.id }),
    ).toMatchObject({ code: "INVALID_INPUT" });
    const edit = { ...base, organisationId: orgA.id, version: 1, kind: "COMMUNE", name: "Pris par B", siren: "" };
    for (const actor of [adminB, actors.EPCI_STAFF, actors.PILOT_CONTRIBUTOR, actors.COPIL_MEMBER]) {
      expect(await invoke(createOrganisationAction, actor, { ...base, siren: "" })).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await invoke(updateOrganisationAction, actor, edit)).toMatchObject({ code: "NOT_FOUND" });
      expect(
        await invoke(deleteOrganisationAction, actor, { caisseId: caisseA.id, organisationId: orgA.id, version: 1 }),
      ).toMatchObject({ code: "NOT_FOUND" });
    }
    // Caisse B's admin naming its own caisse with caisse A's organisation: not found either.
    expect(await invoke(updateOrganisationAction, adminB, { ...edit, caisseId: caisseB.id })).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await snapshot()).toEqual(before);
  });
});
