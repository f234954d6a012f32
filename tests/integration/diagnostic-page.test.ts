// The territory's diagnostic page: its data shaping (tables, charts, provenance), the caisse's findings (optimistic
// locking, sanitising, permissions, audit) and partners' contributions (who adds, who removes), through the real
// server-action wrapper.
import { describe, expect, it } from "vitest";
import { requireTerritory } from "../../lib/auth/scope";
import {
  addDiagnosticContributionAction,
  deleteDiagnosticContributionAction,
  saveDiagnosticFindingAction,
} from "../../lib/diagnostic/finding-actions";
import { formatYears, loadDiagnosticPage } from "../../lib/diagnostic/page-data";
import { FINDING_CONFLICT } from "../../lib/diagnostic/save-finding";
import { requireTestDatabase } from "../helpers/db";
import { createDiagnosticValues, createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();

describe("findings of the diagnostic", () => {
  it("are created by the first save, then saved with their version; a stale save is a conflict that changes nothing", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const first = await invoke(saveDiagnosticFindingAction, officer, {
      territoryId: territoryA.id,
      theme: "PETITE_ENFANCE",
      version: 0,
      body: "<p>Taux de couverture de <strong>48</strong> places.</p>",
    });
    expect(first.data).toMatchObject({ version: 1 });
    const second = await invoke(saveDiagnosticFindingAction, actors.CAISSE_ADMIN, {
      territoryId: territoryA.id,
      theme: "PETITE_ENFANCE",
      version: 1,
      body: "<p>Taux de couverture de 50 places.</p>",
    });
    expect(second.data).toMatchObject({ version: 2 });
    // The officer's draft was loaded at version 1: refused, in French, and nothing changes.
    const stale = await invoke(saveDiagnosticFindingAction, officer, {
      territoryId: territoryA.id,
      theme: "PETITE_ENFANCE",
      version: 1,
      body: "<p>Écrase tout.</p>",
    });
    expect(stale).toMatchObject({ code: "CONFLICT", serverError: FINDING_CONFLICT });
    // A second "first save" (two people opened an empty theme) is a conflict too.
    const secondFirst = await invoke(saveDiagnosticFindingAction, officer, {
      territoryId: territoryA.id,
      theme: "PETITE_ENFANCE",
      version: 0,
      body: "<p>Autre premier jet.</p>",
    });
    expect(secondFirst).toMatchObject({ code: "CONFLICT" });
    const row = await db.diagnosticFinding.findUniqueOrThrow({
      where: { territoryId_theme: { territoryId: territoryA.id, theme: "PETITE_ENFANCE" } },
    });
    expect(row).toMatchObject({ body: "<p>Taux de couverture de 50 places.</p>", version: 2 });
    expect(row.updatedById).toBe(actors.CAISSE_ADMIN.id);
    const events = await db.auditEvent.findMany({
      where: { entity: "DiagnosticFinding", entityId: row.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId, e.territoryId])).toEqual([
      ["diagnostic.finding", officer.id, territoryA.id],
      ["diagnostic.finding", actors.CAISSE_ADMIN.id, territoryA.id],
    ]);
    expect(events[1].changes).toEqual({
      theme: "PETITE_ENFANCE",
      body: { old: "Taux de couverture de 48 places.", new: "Taux de couverture de 50 places." },
    });
    // Saving the same text again writes nothing (no new version, no audit event).
    expect(
      (
        await invoke(saveDiagnosticFindingAction, officer, {
          territoryId: territoryA.id,
          theme: "PETITE_ENFANCE",
          version: 2,
          body: "<p>Taux de couverture de 50 places.</p>",
        })
      ).data,
    ).toMatchObject({ version: 2 });
    expect(await db.auditEvent.count({ where: { entity: "DiagnosticFinding", entityId: row.id } })).toBe(2);
  });

  it("are sanitised on the server: scripts, attributes, links and convention fields are dropped", async () => {
    const { territoryA, actors } = await createTenants(db);
    await invoke(saveDiagnosticFindingAction, actors.COOPERATION_OFFICER, {
      territoryId: territoryA.id,
      theme: "FAMILLES",
      version: 0,
      body:
        '<p onclick="x()">Familles <script>alert(1)</script><a href="javascript:alert(2)">monoparentales</a>' +
        '<span data-field="startDate">1er janvier</span></p><img src=x onerror=alert(3)><ul><li><b>ASF</b></li></ul>',
    });
    const row = await db.diagnosticFinding.findFirstOrThrow({ where: { territoryId: territoryA.id } });
    expect(row.body).toBe("<p>Familles monoparentales</p><ul><li><strong>ASF</strong></li></ul>");
  });

  it("may be written by the caisse only; EPCI staff, pilots and copil members contribute instead", async () => {
    const { territoryA, actors } = await createTenants(db);
    for (const role of ["EPCI_STAFF", "PILOT_CONTRIBUTOR", "COPIL_MEMBER"] as const) {
      const refused = await invoke(saveDiagnosticFindingAction, actors[role], {
        territoryId: territoryA.id,
        theme: "LOGEMENT",
        version: 0,
        body: "<p>Constats</p>",
      });
      expect(refused, role).toMatchObject({ code: "FORBIDDEN" });
      const added = await invoke(addDiagnosticContributionAction, actors[role], {
        territoryId: territoryA.id,
        theme: "LOGEMENT",
        body: `Contribution de ${role}`,
      });
      expect(added.data, role).toMatchObject({ contributionId: expect.any(String) });
    }
    expect(await db.diagnosticFinding.count({ where: { territoryId: territoryA.id } })).toBe(0);
  });

  it("of another territory, or another caisse's, are NOT_FOUND to every role, like the page", async () => {
    const { territoryA2, territoryB, actors } = await createTenants(db);
    for (const [role, actor] of Object.entries(actors)) {
      for (const territory of role.startsWith("CAISSE") || role === "COOPERATION_OFFICER"
        ? [territoryB]
        : [territoryA2, territoryB]) {
        const saved = await invoke(saveDiagnosticFindingAction, actor, {
          territoryId: territory.id,
          theme: "FAMILLES",
          version: 0,
          body: "<p>X</p>",
        });
        expect(saved, `${role} on ${territory.name}`).toMatchObject({
          code: "NOT_FOUND",
          serverError: "Territoire introuvable.",
        });
        const added = await invoke(addDiagnosticContributionAction, actor, {
          territoryId: territory.id,
          theme: "FAMILLES",
          body: "Contribution",
        });
        expect(added, `${role} on ${territory.name}`).toMatchObject({ code: "NOT_FOUND" });
        await expect(requireTerritory(db, actor, { id: territory.id }, "territory.read")).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
    }
    const foreign = { territoryId: { in: [territoryA2.id, territoryB.id] } };
    expect(await db.diagnosticFinding.count({ where: foreign })).toBe(0);
    expect(await db.diagnosticContribution.count({ where: foreign })).toBe(0);
  });
});

describe("contributions to the diagnostic", () => {
  it("are signed with the author's organisation on the territory, escaped, validated in French, and removed by their author or the caisse", async () => {
    const { territoryA, caisseA, orgA, actors } = await createTenants(db);
    const pilot = await invoke(addDiagnosticContributionAction, actors.PILOT_CONTRIBUTOR, {
      territoryId: territoryA.id,
      theme: "FAMILLES",
      body: "Nouvelles familles à <Chanac>\n\nBesoin d'un lieu d'accueil parents-enfants.",
    });
    const copil = await invoke(addDiagnosticContributionAction, actors.COPIL_MEMBER, {
      territoryId: territoryA.id,
      theme: "FAMILLES",
      body: "Les consultations de PMI repèrent des familles isolées.",
    });
    const officer = await invoke(addDiagnosticContributionAction, actors.COOPERATION_OFFICER, {
      territoryId: territoryA.id,
      theme: "FAMILLES",
      body: "Point de vue de la caisse.",
    });
    const rows = await db.diagnosticContribution.findMany({
      where: { territoryId: territoryA.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.authorId, r.organisationName])).toEqual([
      [actors.PILOT_CONTRIBUTOR.id, orgA.name],
      [actors.COPIL_MEMBER.id, null],
      [actors.COOPERATION_OFFICER.id, caisseA.name],
    ]);
    expect(rows[0].body).toBe(
      "<p>Nouvelles familles à &lt;Chanac&gt;</p><p>Besoin d'un lieu d'accueil parents-enfants.</p>",
    );

    // French field errors: empty, too long, unknown theme.
    const invalid = await invoke(addDiagnosticContributionAction, actors.COPIL_MEMBER, {
      territoryId: territoryA.id,
      theme: "SPORT",
      body: "  ",
    });
    expect(invalid.fieldErrors).toEqual({
      theme: ["Thème du diagnostic inconnu."],
      body: ["Contribution : au moins 3 caractères."],
    });
    const long = await invoke(addDiagnosticContributionAction, actors.COPIL_MEMBER, {
      territoryId: territoryA.id,
      theme: "FAMILLES",
      body: "x".repeat(4001),
    });
    expect(long.fieldErrors?.body).toEqual(["Contribution : 4\u202f000 caractères au plus."]);

    // The pilot may not remove the copil member's contribution; its author may; the caisse removes anyone's.
    const copilId = (copil.data as { contributionId: string }).contributionId;
    const pilotId = (pilot.data as { contributionId: string }).contributionId;
    expect(
      await invoke(deleteDiagnosticContributionAction, actors.PILOT_CONTRIBUTOR, { contributionId: copilId }),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await invoke(deleteDiagnosticContributionAction, actors.EPCI_STAFF, { contributionId: copilId }),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      (await invoke(deleteDiagnosticContributionAction, actors.COPIL_MEMBER, { contributionId: copilId })).data,
    ).toEqual({ contributionId: copilId });
    expect(
      (await invoke(deleteDiagnosticContributionAction, actors.COOPERATION_OFFICER, { contributionId: pilotId })).data,
    ).toEqual({ contributionId: pilotId });
    // Gone: a second removal is NOT_FOUND.
    expect(
      await invoke(deleteDiagnosticContributionAction, actors.COOPERATION_OFFICER, { contributionId: pilotId }),
    ).toMatchObject({ code: "NOT_FOUND", serverError: "Contribution introuvable." });
    expect(
      (await db.diagnosticContribution.findMany({ where: { territoryId: territoryA.id } })).map((r) => r.id),
    ).toEqual([(officer.data as { contributionId: string }).contributionId]);
    const events = await db.auditEvent.findMany({
      where: { entity: "DiagnosticContribution", territoryId: territoryA.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, entityId: true },
    });
    expect(events).toEqual([
      { action: "diagnostic.contribution.create", actorId: actors.PILOT_CONTRIBUTOR.id, entityId: pilotId },
      { action: "diagnostic.contribution.create", actorId: actors.COPIL_MEMBER.id, entityId: copilId },
      {
        action: "diagnostic.contribution.create",
        actorId: actors.COOPERATION_OFFICER.id,
        entityId: expect.any(String),
      },
      { action: "diagnostic.contribution.delete", actorId: actors.COPIL_MEMBER.id, entityId: copilId },
      { action: "diagnostic.contribution.delete", actorId: actors.COOPERATION_OFFICER.id, entityId: pilotId },
    ]);
  });

  it("of another caisse's territory are NOT_FOUND to remove, and stay", async () => {
    const tenants = await createTenants(db);
    const other = await createTenants(db);
    const added = await invoke(addDiagnosticContributionAction, other.actors.COPIL_MEMBER, {
      territoryId: other.territoryA.id,
      theme: "FAMILLES",
      body: "Contribution d'ailleurs",
    });
    const contributionId = (added.data as { contributionId: string }).contributionId;
    for (const actor of Object.values(tenants.actors)) {
      expect(await invoke(deleteDiagnosticContributionAction, actor, { contributionId })).toMatchObject({
        code: "NOT_FOUND",
        serverError: "Contribution introuvable.",
      });
    }
    expect(await db.diagnosticContribution.count({ where: { id: contributionId } })).toBe(1);
  });
});

describe("the diagnostic page's data", () => {
  it("gives per theme the tables of every series (fr-FR, — when not published) with their provenance, and charts of the headline ones", async () => {
    const { territoryA, caisseA, actors } = await createTenants(db);
    await db.territory.update({ where: { id: territoryA.id }, data: { siren: "200069268" } });
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_epci", [
      ["EPCI", "200069268", "CC Aubrac Lot Causses Tarn", "txcouv", 2021, 46.25],
      ["EPCI", "200069268", "CC Aubrac Lot Causses Tarn", "txcouv", 2023, 48.3],
    ]);
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_dep", [
      ["DEPARTEMENT", "48", "Lozère", "txcouv", 2021, 71.2],
      ["DEPARTEMENT", "48", "Lozère", "txcouv", 2022, 72],
      ["DEPARTEMENT", "48", "Lozère", "txcouv", 2023, 73.4],
    ]);
    await createDiagnosticValues(db, caisseA.id, "s_ben_epci_f", [
      ["EPCI", "200069268", "CC Aubrac Lot Causses Tarn", "indfoy_ndur", 2023, 2145],
    ]);
    await createDiagnosticValues(db, caisseA.id, "s_ben_nat", [
      ["FRANCE", "FR", "France", "indfoy_ndur", 2023, 13_456_789],
    ]);
    const scope = await requireTerritory(db, actors.COPIL_MEMBER, { id: territoryA.id }, "territory.read");
    const page = await loadDiagnosticPage(db, actors.COPIL_MEMBER, scope);
    expect(page).toMatchObject({
      siren: "200069268",
      hasData: true,
      hasEpciData: true,
      canEdit: false,
      canContribute: true,
    });
    expect(page.themes.map((t) => t.title)).toEqual([
      "Petite enfance",
      "Familles",
      "Logement",
      "Minima sociaux et handicap",
    ]);
    const petiteEnfance = page.themes[0];
    expect(petiteEnfance.tables).toHaveLength(1);
    expect(petiteEnfance.tables[0]).toEqual({
      key: "txcouv",
      label: "Taux de couverture global",
      unitLabel: "places pour 100 enfants de moins de 3 ans",
      note: null,
      years: [2021, 2022, 2023],
      rows: [
        { areaName: "CC Aubrac Lot Causses Tarn", levelLabel: "EPCI", cells: ["46,3", "—", "48,3"] },
        { areaName: "Lozère", levelLabel: "département", cells: ["71,2", "72", "73,4"] },
      ],
      provenance:
        "Source : Cnaf, data.caf.fr (Licence Ouverte) — txcouv_pe_dep, 2021 à 2023, extrait le 15 novembre 2026 ; " +
        "txcouv_pe_epci, 2021, 2023, extrait le 15 novembre 2026",
    });
    // Rates compare the areas side by side, EPCI first.
    expect(petiteEnfance.charts[0].series.map((s) => [s.name, s.fill])).toEqual([
      ["CC Aubrac Lot Causses Tarn", "solid"],
      ["Lozère", "hatched"],
    ]);
    expect(petiteEnfance.charts[0].data).toEqual([
      { label: "2021", a0: 46.25, a1: 71.2 },
      { label: "2022", a0: null, a1: 72 },
      { label: "2023", a0: 48.3, a1: 73.4 },
    ]);
    expect(petiteEnfance.charts[0].summary).toBe(
      "Taux de couverture global (places pour 100 enfants de moins de 3 ans), par année : " +
        "CC Aubrac Lot Causses Tarn : de 46,3 en 2021 à 48,3 en 2023 ; Lozère : de 71,2 en 2021 à 73,4 en 2023.",
    );
    // Counts: the territory alone in the chart (France's thousands of times larger), every area in the table.
    const familles = page.themes[1];
    expect(familles.tables[0].rows.map((r) => r.cells)).toEqual([["2\u202f145"], ["13\u202f456\u202f789"]]);
    expect(familles.charts[0].series.map((s) => s.name)).toEqual(["CC Aubrac Lot Causses Tarn"]);
    expect(familles.charts[0].note).toMatch(/figurent dans le tableau/);
    expect(page.themes[2].tables).toEqual([]);
    expect(page.themes[0].finding).toEqual({ body: "", version: 0, updatedAt: null, updatedBy: null });
  });

  it("has no EPCI row for a territory without SIREN, and nothing for a territory without data", async () => {
    const { territoryA, caisseA, actors } = await createTenants(db);
    const scope = await requireTerritory(db, actors.COOPERATION_OFFICER, { id: territoryA.id }, "territory.read");
    const empty = await loadDiagnosticPage(db, actors.COOPERATION_OFFICER, scope);
    expect(empty).toMatchObject({ siren: null, hasData: false, hasEpciData: false, canEdit: true });
    await createDiagnosticValues(db, caisseA.id, "txcouv_pe_nat", [["FRANCE", "FR", "France", "txcouv", 2023, 60.1]]);
    const national = await loadDiagnosticPage(db, actors.COOPERATION_OFFICER, scope);
    expect(national).toMatchObject({ hasData: true, hasEpciData: false });
  });

  it("writes years as runs", () => {
    expect(formatYears([2017, 2018, 2019, 2020, 2021, 2022, 2023])).toBe("2017 à 2023");
    expect(formatYears([2021])).toBe("2021");
    expect(formatYears([2017, 2019, 2020, 2021])).toBe("2017, 2019 à 2021");
  });
});
