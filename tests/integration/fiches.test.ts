import { describe, expect, it } from "vitest";
import {
  bulkStatusAction,
  changeFicheStatusAction,
  createFicheAction,
  saveBudgetLineAction,
  saveIndicatorValueAction,
  updateFicheAction,
} from "../../lib/fiches-action/actions";
import type { Actor } from "../../lib/auth/actor";
import { addNote } from "../../lib/fiches-action/add-note";
import { changeFicheStatus } from "../../lib/fiches-action/change-fiche-status";
import { changeStatusInBulk } from "../../lib/fiches-action/change-status-in-bulk";
import { createFiche } from "../../lib/fiches-action/create-fiche";
import { saveBudgetLine } from "../../lib/fiches-action/save-budget-line";
import { saveIndicator } from "../../lib/fiches-action/save-indicator";
import { saveIndicatorValue } from "../../lib/fiches-action/save-indicator-value";
import { updateFiche } from "../../lib/fiches-action/update-fiche";
import {
  bulkStatusSchema,
  changeFicheStatusSchema,
  createFicheSchema,
  saveBudgetLineSchema,
  saveIndicatorValueSchema,
  updateFicheSchema,
} from "../../lib/fiches-action/schemas";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();

async function setup() {
  const tenants = await createTenants(db);
  const convention = await db.convention.create({
    data: {
      territoryId: tenants.territoryA.id,
      title: "CTG",
      startDate: new Date("2024-01-01"),
      endDate: new Date("2028-12-31"),
    },
  });
  const otherOrg = await db.organisation.create({
    data: { caisseId: tenants.caisseA.id, kind: "COMMUNE", name: `Autre commune ${Date.now()}` },
  });
  const staff = tenants.actors.EPCI_STAFF;
  const make = async (number: string, pilot: string, actor: Actor = staff) =>
    (
      await createFiche(
        db,
        actor,
        createFicheSchema.parse({
          conventionId: convention.id,
          number,
          title: `Fiche ${number}`,
          themes: ["YOUTH"],
          pilotOrganisationId: pilot,
          endMonth: "2025-06",
        }),
      )
    ).ficheId;
  return { ...tenants, convention, otherOrg, staff, make };
}

const fields = (patch: Record<string, unknown> = {}) => ({
  number: "1.1",
  title: "Fiche modifiée",
  themes: ["YOUTH", "PARENTING"],
  ...patch,
});

describe("fiches-action", () => {
  it("records every status change in the fiche's journal, with who, when, from, to and the comment", async () => {
    const { make, staff, orgA } = await setup();
    const ficheId = await make("1.1", orgA.id);
    await changeFicheStatus(
      db,
      staff,
      changeFicheStatusSchema.parse({ ficheId, version: 1, status: "IN_PROGRESS", comment: "Lancement" }),
    );
    await changeFicheStatus(
      db,
      staff,
      changeFicheStatusSchema.parse({ ficheId, version: 2, status: "BLOCKED", comment: "Local indisponible" }),
    );
    const journal = await db.ficheStatusChange.findMany({ where: { ficheId }, orderBy: { createdAt: "asc" } });
    expect(journal.map((j) => [j.fromStatus, j.toStatus, j.comment, j.actorId])).toEqual([
      [null, "NOT_STARTED", "Création de la fiche", staff.id],
      ["NOT_STARTED", "IN_PROGRESS", "Lancement", staff.id],
      ["IN_PROGRESS", "BLOCKED", "Local indisponible", staff.id],
    ]);
    const stale = await invoke(changeFicheStatusAction, staff, {
      ficheId,
      version: 2,
      status: "DONE",
    });
    expect(stale.code).toBe("CONFLICT");
    expect(await db.ficheStatusChange.count({ where: { ficheId } })).toBe(3);
  });

  it("changes statuses in bulk with one journal entry per changed fiche", async () => {
    const { make, staff, territoryA, orgA } = await setup();
    const pilot = orgA.id;
    const ids = [await make("1", pilot), await make("2", pilot), await make("3", pilot)];
    await changeFicheStatus(db, staff, changeFicheStatusSchema.parse({ ficheId: ids[2], version: 1, status: "DONE" }));
    const result = await changeStatusInBulk(
      db,
      staff,
      bulkStatusSchema.parse({
        territoryId: territoryA.id,
        ficheIds: ids,
        status: "DONE",
        comment: "Clôture de l'année",
      }),
    );
    expect(result).toEqual({ changed: 2 });
    expect(await db.ficheStatusChange.count({ where: { ficheId: { in: ids }, comment: "Clôture de l'année" } })).toBe(
      2,
    );
    expect((await db.ficheAction.findMany({ where: { id: { in: ids } } })).every((f) => f.status === "DONE")).toBe(
      true,
    );
  });

  it("lets a pilot contributor edit only the fiches its organisation pilots, and not hand them over", async () => {
    const { make, actors, orgA, otherOrg } = await setup();
    const pilot = actors.PILOT_CONTRIBUTOR;
    const own = await make("1.1", orgA.id);
    const other = await make("1.2", otherOrg.id);
    expect(
      (
        await invoke(updateFicheAction, pilot, {
          ficheId: own,
          version: 1,
          ...fields({ pilotOrganisationId: orgA.id }),
        })
      ).data,
    ).toEqual({ version: 2 });
    expect(
      await invoke(changeFicheStatusAction, pilot, {
        ficheId: other,
        version: 1,
        status: "IN_PROGRESS",
      }),
    ).toMatchObject({
      code: "FORBIDDEN",
      serverError: "Vous ne pouvez modifier que les fiches-action que votre organisation pilote.",
    });
    expect(
      (
        await invoke(updateFicheAction, pilot, {
          ficheId: own,
          version: 2,
          ...fields({ pilotOrganisationId: otherOrg.id }),
        })
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await invoke(bulkStatusAction, pilot, {
          territoryId: (await db.ficheAction.findUniqueOrThrow({ where: { id: own } })).territoryId,
          ficheIds: [own, other],
          status: "DONE",
        })
      ).code,
    ).toBe("FORBIDDEN");
    expect((await db.ficheAction.findUniqueOrThrow({ where: { id: other } })).status).toBe("NOT_STARTED");
    expect((await db.ficheAction.findUniqueOrThrow({ where: { id: own } })).pilotOrganisationId).toBe(orgA.id);
    // Copil members read only.
    expect(
      (
        await invoke(changeFicheStatusAction, actors.COPIL_MEMBER, {
          ficheId: own,
          version: 2,
          status: "DONE",
        })
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("refuses duplicate numbers, foreign organisations and stale saves with French messages", async () => {
    const { make, staff, convention, caisseB, orgA } = await setup();
    const pilot = orgA.id;
    const first = await make("2.1", pilot);
    expect(
      await invoke(createFicheAction, staff, {
        conventionId: convention.id,
        ...fields({ number: "2.1" }),
      }),
    ).toMatchObject({ code: "CONFLICT", serverError: "Une fiche porte déjà le numéro 2.1." });
    const foreignOrg = await db.organisation.create({
      data: { caisseId: caisseB.id, kind: "MSA", name: "MSA d'ailleurs" },
    });
    expect(
      (
        await invoke(updateFicheAction, staff, {
          ficheId: first,
          version: 1,
          ...fields({ number: "2.1", partnerIds: [foreignOrg.id] }),
        })
      ).code,
    ).toBe("NOT_FOUND");
    const noTheme = await invoke(createFicheAction, staff, {
      conventionId: convention.id,
      number: "9",
      title: "Sans thème",
      themes: [],
    });
    expect(noTheme.fieldErrors?.themes).toEqual(["Choisissez au moins une thématique."]);
    const badMonths = await invoke(createFicheAction, staff, {
      conventionId: convention.id,
      number: "9",
      title: "Dates",
      themes: ["YOUTH"],
      startMonth: "2025-06",
      endMonth: "2025-01",
    });
    expect(badMonths.fieldErrors?.endMonth).toEqual(["La fin ne peut pas précéder le début."]);
    await updateFiche(db, staff, updateFicheSchema.parse({ ficheId: first, version: 1, ...fields({ number: "2.1" }) }));
    expect(
      (
        await invoke(updateFicheAction, staff, {
          ficheId: first,
          version: 1,
          ...fields({ number: "2.1", title: "Écrasement" }),
        })
      ).code,
    ).toBe("CONFLICT");
    expect((await db.ficheAction.findUniqueOrThrow({ where: { id: first } })).title).toBe("Fiche modifiée");
  });

  it("keeps one value per indicator and year, budget lines in euros, and notes, all audited", async () => {
    const { make, staff, orgA } = await setup();
    const pilot = orgA.id;
    const ficheId = await make("3.1", pilot);
    const { indicatorId } = await saveIndicator(db, staff, {
      ficheId,
      indicatorId: null,
      name: "Places",
      unit: "places",
      kind: "QUANTITATIVE",
      baselineValue: 24,
      baselineYear: 2023,
      targetValue: 30,
      targetYear: 2028,
      source: null,
      frequency: "YEARLY",
      diagnosticSeries: null,
    });
    await saveIndicatorValue(db, staff, saveIndicatorValueSchema.parse({ indicatorId, year: 2024, value: "26" }));
    await saveIndicatorValue(
      db,
      staff,
      saveIndicatorValueSchema.parse({ indicatorId, year: 2024, value: "27", comment: "Correction" }),
    );
    expect(
      (await db.indicatorValue.findMany({ where: { indicatorId } })).map((v) => [v.year, Number(v.value), v.comment]),
    ).toEqual([[2024, 27, "Correction"]]);
    expect(
      (
        await invoke(saveIndicatorValueAction, staff, {
          indicatorId,
          year: 2025,
          value: "beaucoup",
        })
      ).fieldErrors?.value,
    ).toEqual(["Valeur : nombre attendu."]);

    await saveBudgetLine(
      db,
      staff,
      saveBudgetLineSchema.parse({
        ficheId,
        year: 2025,
        funderOrganisationId: pilot,
        planned: "12 500,50",
        actual: "",
      }),
    );
    const duplicate = await invoke(saveBudgetLineAction, staff, {
      ficheId,
      year: 2025,
      funderOrganisationId: pilot,
      planned: "1",
    });
    expect(duplicate.code).toBe("CONFLICT");
    expect((await db.budgetLine.findMany({ where: { ficheId } })).map((l) => l.planned.toString())).toEqual([
      "12500.5",
    ]);
    await addNote(db, staff, { ficheId, date: new Date("2025-03-01T00:00:00Z"), body: "Réunion avec les parents" });
    const actions = (await db.auditEvent.findMany({ where: { actorId: staff.id } })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["fiche.create", "indicator.create", "indicator.value", "budget.create", "fiche.note"]),
    );
  });
});
