import { createElement } from "react";
import { describe, expect, it } from "vitest";
import * as actions from "../../lib/meetings/actions";
import { getCaisseOverview, overviewFiltersSchema } from "../../lib/dashboard/overview";
import { parisTime } from "../../lib/dates";
import { changeFicheStatus } from "../../lib/fiches-action/change-fiche-status";
import { changeFicheStatusSchema } from "../../lib/fiches-action/schemas";
import { addDecision } from "../../lib/meetings/add-decision";
import { createMeeting } from "../../lib/meetings/create-meeting";
import { followUpDecision } from "../../lib/meetings/follow-up-decision";
import { recordAttendance } from "../../lib/meetings/record-attendance";
import { reviewFiche } from "../../lib/meetings/review-fiche";
import { saveMinutes } from "../../lib/meetings/save-minutes";
import { meetingPdfData } from "../../lib/meetings/pdf-data";
import { getMeeting } from "../../lib/meetings/queries";
import * as s from "../../lib/meetings/schemas";
import { ConvocationDocument, MinutesDocument, renderPdf } from "../../lib/pdf/steering-documents";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";
import { d, readBack, scopeOf, setupSteering } from "../helpers/steering";

const db = requireTestDatabase();

describe("meetings", () => {
  it("schedules a meeting in Paris time, with its agenda and the signatories' representatives invited", async () => {
    const { meeting, officer, territoryA } = await setupSteering(db);
    const id = await meeting("2025-06-12", "14:00");
    const detail = await getMeeting(db, await scopeOf(db, officer, territoryA.id), id);
    expect(detail.startsAt.toISOString()).toBe("2025-06-12T12:00:00.000Z"); // CEST
    expect(parisTime("2025-12-09", "10:00").toISOString()).toBe("2025-12-09T09:00:00.000Z"); // CET
    expect(detail.agendaItems.map((a) => a.title)).toEqual(["Bilan 2024", "Projet d'Espace Jeunes"]);
    expect(detail.attendees.map((a) => [a.name, a.title, a.attendance]).sort()).toEqual([
      ["Jean-Claude SALEIL", "Président", "INVITED"],
      ["Sophie PANTEL", "Présidente", "INVITED"],
    ]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "meeting.create" } })).toBe(1);
  });

  it("records attendance from the meeting's day only, requires who represents, and refuses a stale version", async () => {
    const { meeting, officer } = await setupSteering(db);
    const future = await meeting("2099-01-15");
    const [invitee] = await db.meetingAttendee.findMany({ where: { meetingId: future } });
    const early = await invoke(actions.recordAttendanceAction, officer, {
      meetingId: future,
      version: 1,
      entries: [{ attendeeId: invitee.id, attendance: "PRESENT" }],
    });
    expect(early).toMatchObject({ code: "INVALID_STATE" });
    expect((await db.meetingAttendee.findUniqueOrThrow({ where: { id: invitee.id } })).attendance).toBe("INVITED");

    const past = await meeting("2025-06-12");
    const [a, b] = await db.meetingAttendee.findMany({ where: { meetingId: past }, orderBy: { name: "asc" } });
    const missing = await invoke(actions.recordAttendanceAction, officer, {
      meetingId: past,
      version: 1,
      entries: [{ attendeeId: a.id, attendance: "REPRESENTED", representedBy: " " }],
    });
    expect(missing.fieldErrors).toBeDefined();
    const ok = await invoke(actions.recordAttendanceAction, officer, {
      meetingId: past,
      version: 1,
      entries: [
        { attendeeId: a.id, attendance: "PRESENT", representedBy: "ignoré" },
        { attendeeId: b.id, attendance: "REPRESENTED", representedBy: "Un conseiller départemental" },
      ],
    });
    expect(ok.data).toBeDefined();
    const rows = await db.meetingAttendee.findMany({ where: { meetingId: past }, orderBy: { name: "asc" } });
    expect(rows.map((r) => [r.attendance, r.representedBy])).toEqual([
      ["PRESENT", null],
      ["REPRESENTED", "Un conseiller départemental"],
    ]);
    const stale = await invoke(actions.recordAttendanceAction, officer, {
      meetingId: past,
      version: 1,
      entries: [{ attendeeId: a.id, attendance: "EXCUSED" }],
    });
    expect(stale).toMatchObject({ code: "CONFLICT" });
    expect((await db.meetingAttendee.findUniqueOrThrow({ where: { id: a.id } })).attendance).toBe("PRESENT");
  });

  it("keeps the fiche's status at the meeting as a snapshot, whatever happens to the fiche afterwards", async () => {
    const { meeting, officer, territoryA, convention } = await setupSteering(db);
    const fiche = await db.ficheAction.create({
      data: {
        territoryId: territoryA.id,
        conventionId: convention.id,
        number: "1.2",
        title: "Espace Jeunes",
        themes: ["YOUTH"],
        status: "IN_PROGRESS",
      },
    });
    const past = await meeting("2025-06-12");
    await reviewFiche(
      db,
      officer,
      s.reviewFicheSchema.parse({ meetingId: past, ficheId: fiche.id, comment: "Ouverture à la rentrée" }),
    );
    await changeFicheStatus(
      db,
      officer,
      changeFicheStatusSchema.parse({ ficheId: fiche.id, version: 1, status: "DONE" }),
    );
    const review = await db.meetingFicheReview.findFirstOrThrow({ where: { meetingId: past } });
    expect(review.statusSnapshot).toBe("IN_PROGRESS");
    expect(await invoke(actions.reviewFicheAction, officer, { meetingId: past, ficheId: fiche.id })).toMatchObject({
      code: "CONFLICT",
    });
    const future = await meeting("2099-01-15");
    expect(await invoke(actions.reviewFicheAction, officer, { meetingId: future, ficheId: fiche.id })).toMatchObject({
      code: "INVALID_STATE",
    });
    expect(await db.meetingFicheReview.count({ where: { ficheId: fiche.id } })).toBe(1);
  });

  it("carries a decision to every later meeting until a follow-up closes it", async () => {
    const { meeting, officer, territoryA, epci } = await setupSteering(db);
    const m1 = await meeting("2025-06-12");
    const m2 = await meeting("2025-11-18");
    const m3 = await meeting("2026-03-17");
    const m4 = await meeting("2026-06-10");
    const { decisionId } = await addDecision(
      db,
      officer,
      s.addDecisionSchema.parse({
        meetingId: m1,
        text: "Présenter le budget de l'Espace Jeunes",
        ownerOrganisationId: epci.id,
        dueDate: "2026-12-15",
      }),
    );
    const scope = await scopeOf(db, officer, territoryA.id);
    const follows = async (meetingId: string) => (await getMeeting(db, scope, meetingId)).toFollow.map((x) => x.id);

    expect(await follows(m1)).toEqual([]);
    expect(await follows(m2)).toEqual([decisionId]);
    // A follow-up belongs to a later meeting than the one that took the decision.
    expect(
      await invoke(actions.followUpDecisionAction, officer, {
        decisionId,
        version: 1,
        meetingId: m1,
        statusAfter: "DONE",
      }),
    ).toMatchObject({ code: "INVALID_STATE" });
    await followUpDecision(
      db,
      officer,
      s.followUpDecisionSchema.parse({
        decisionId,
        version: 1,
        meetingId: m2,
        statusAfter: "IN_PROGRESS",
        comment: "Budget en préparation",
      }),
    );
    expect(await follows(m3)).toEqual([decisionId]);
    await followUpDecision(
      db,
      officer,
      s.followUpDecisionSchema.parse({ decisionId, version: 2, meetingId: m3, statusAfter: "DONE" }),
    );
    expect(await follows(m3)).toEqual([decisionId]); // listed where it was closed…
    expect(await follows(m4)).toEqual([]); // …and no longer after
    const closed = await db.decision.findUniqueOrThrow({ where: { id: decisionId }, include: { followUps: true } });
    expect(closed.status).toBe("DONE");
    expect(closed.followUps.map((f) => f.statusAfter).sort()).toEqual(["DONE", "IN_PROGRESS"]);
    expect(
      await invoke(actions.followUpDecisionAction, officer, {
        decisionId,
        version: 3,
        meetingId: m4,
        statusAfter: "OPEN",
      }),
    ).toMatchObject({ code: "INVALID_STATE" });
    expect(
      await invoke(actions.updateDecisionAction, officer, {
        decisionId,
        version: 3,
        text: "Autre texte",
        ownerName: "X",
      }),
    ).toMatchObject({ code: "INVALID_STATE" });
    expect((await db.decision.findUniqueOrThrow({ where: { id: decisionId } })).text).toBe(
      "Présenter le budget de l'Espace Jeunes",
    );
  });

  it("fixes a meeting's date and keeps it once something is recorded, and records follow-ups in meeting order", async () => {
    const { meeting, officer } = await setupSteering(db);
    const m1 = await meeting("2025-06-12");
    const m2 = await meeting("2025-11-18");
    const m3 = await meeting("2026-03-17");
    const [member] = await db.meetingAttendee.findMany({ where: { meetingId: m1 } });
    await recordAttendance(
      db,
      officer,
      s.recordAttendanceSchema.parse({
        meetingId: m1,
        version: 1,
        entries: [{ attendeeId: member.id, attendance: "PRESENT" }],
      }),
    );
    const move = {
      meetingId: m1,
      version: 2,
      kind: "COPIL",
      date: "2025-07-01",
      time: "14:00",
      place: "Mairie de La Canourgue",
      agenda: "Bilan 2024",
    };
    expect(await invoke(actions.updateMeetingAction, officer, move)).toMatchObject({
      code: "INVALID_STATE",
    });
    expect(
      await invoke(actions.updateMeetingAction, officer, {
        ...move,
        date: "2025-06-12",
        place: "Salle du conseil",
      }),
    ).toMatchObject({ data: { meetingId: m1 } });
    expect(
      await invoke(actions.changeMeetingStatusAction, officer, {
        meetingId: m1,
        version: 3,
        status: "CANCELLED",
      }),
    ).toMatchObject({ code: "INVALID_STATE" });
    expect(await invoke(actions.removeAttendeeAction, officer, { meetingId: m1, attendeeId: member.id })).toMatchObject(
      { code: "INVALID_STATE" },
    );
    expect((await db.meeting.findUniqueOrThrow({ where: { id: m1 } })).startsAt.toISOString()).toBe(
      "2025-06-12T12:00:00.000Z",
    );

    const { decisionId } = await addDecision(
      db,
      officer,
      s.addDecisionSchema.parse({ meetingId: m1, text: "Décision à suivre", ownerName: "Coordinatrice" }),
    );
    await followUpDecision(
      db,
      officer,
      s.followUpDecisionSchema.parse({ decisionId, version: 1, meetingId: m3, statusAfter: "IN_PROGRESS" }),
    );
    // A follow-up at an earlier meeting than one already recorded would make the status go back in time.
    expect(
      await invoke(actions.followUpDecisionAction, officer, {
        decisionId,
        version: 2,
        meetingId: m2,
        statusAfter: "DONE",
      }),
    ).toMatchObject({ code: "INVALID_STATE" });
    expect((await db.decision.findUniqueOrThrow({ where: { id: decisionId } })).status).toBe("IN_PROGRESS");
  });

  it("refuses meeting writes to copil members and hides other territories' meetings", async () => {
    const { meeting, actors, territoryA2, officer } = await setupSteering(db);
    const id = await meeting("2025-06-12");
    expect(
      await invoke(actions.addDecisionAction, actors.COPIL_MEMBER, {
        meetingId: id,
        text: "Décision",
        ownerName: "Moi",
      }),
    ).toMatchObject({ code: "FORBIDDEN" });
    const other = (
      await createMeeting(
        db,
        officer,
        s.createMeetingSchema.parse({
          territoryId: territoryA2.id,
          kind: "COTECH",
          date: "2025-05-01",
          time: "09:30",
          place: "Ailleurs",
        }),
      )
    ).meetingId;
    expect(
      await invoke(actions.addDecisionAction, actors.EPCI_STAFF, {
        meetingId: other,
        text: "Décision",
        ownerName: "Moi",
      }),
    ).toMatchObject({ code: "NOT_FOUND", serverError: "Réunion introuvable." });
    await expect(
      getMeeting(db, await scopeOf(db, actors.EPCI_STAFF, actors.EPCI_STAFF.memberships[0].territoryId!), other),
    ).rejects.toThrow("Réunion introuvable.");
    expect(await db.decision.count({ where: { meetingId: { in: [id, other] } } })).toBe(0);
  });

  it("sanitises the minutes and refuses them before the meeting", async () => {
    const { meeting, officer } = await setupSteering(db);
    const id = await meeting("2025-06-12");
    await saveMinutes(
      db,
      officer,
      s.saveMinutesSchema.parse({
        meetingId: id,
        version: 1,
        minutes: '<p>Bilan <strong>positif</strong></p><script>alert(1)</script><img src=x onerror="x()">',
      }),
    );
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).minutes).toBe(
      "<p>Bilan <strong>positif</strong></p>",
    );
    const future = await meeting("2099-01-15");
    expect(
      await invoke(actions.saveMinutesAction, officer, {
        meetingId: future,
        version: 1,
        minutes: "<p>Trop tôt</p>",
      }),
    ).toMatchObject({ code: "INVALID_STATE" });
  });

  it("renders the convocation and the minutes as PDFs that read back", async () => {
    const { meeting, officer, territoryA, convention, epci } = await setupSteering(db);
    const id = await meeting("2025-06-12");
    const fiche = await db.ficheAction.create({
      data: {
        territoryId: territoryA.id,
        conventionId: convention.id,
        number: "2.3",
        title: "Créer un Espace Jeunes",
        themes: ["YOUTH"],
        status: "BLOCKED",
      },
    });
    const attendees = await db.meetingAttendee.findMany({ where: { meetingId: id }, orderBy: { name: "asc" } });
    await recordAttendance(
      db,
      officer,
      s.recordAttendanceSchema.parse({
        meetingId: id,
        version: 1,
        entries: [
          { attendeeId: attendees[0].id, attendance: "PRESENT" },
          { attendeeId: attendees[1].id, attendance: "REPRESENTED", representedBy: "Un conseiller départemental" },
        ],
      }),
    );
    await reviewFiche(db, officer, s.reviewFicheSchema.parse({ meetingId: id, ficheId: fiche.id }));
    await addDecision(
      db,
      officer,
      s.addDecisionSchema.parse({
        meetingId: id,
        text: "Chercher un local pour l'Espace Jeunes",
        ownerOrganisationId: epci.id,
        dueDate: "2025-12-31",
      }),
    );
    const detail = await getMeeting(db, await scopeOf(db, officer, territoryA.id), id);
    const data = meetingPdfData(detail, { caisseName: "Caisse de test", territoryName: territoryA.name });
    const convocation = await readBack(await renderPdf(createElement(ConvocationDocument, { data })));
    expect(convocation).toContain("Convocation");
    expect(convocation).toContain("12 juin 2025 à 14:00");
    expect(convocation).toContain("Projet d’Espace Jeunes");
    expect(convocation).toContain("Sophie PANTEL");
    const minutes = await readBack(await renderPdf(createElement(MinutesDocument, { data })));
    expect(minutes).toContain("Représenté par Un conseiller départemental");
    expect(minutes).toContain("Bloquée"); // the fiche's status at the meeting
    expect(minutes).toContain("Chercher un local pour l’Espace Jeunes");
    expect(minutes).toContain("Le compte rendu n’a pas encore été rédigé.");
  });
});

describe("caisse overview", () => {
  it("lists every territory with figures, flags conventions ending within 12 months without a renewal draft", async () => {
    const { territoryA, territoryA2, caisseA, convention, actors, officer, meeting } = await setupSteering(db);
    const today = d("2026-11-22");
    // Territory A: convention until 2028; one late fiche out of two, one done.
    await db.ficheAction.createMany({
      data: [
        {
          territoryId: territoryA.id,
          conventionId: convention.id,
          number: "1",
          title: "A",
          status: "DONE",
          endMonth: d("2025-01-01"),
        },
        {
          territoryId: territoryA.id,
          conventionId: convention.id,
          number: "2",
          title: "B",
          status: "IN_PROGRESS",
          endMonth: d("2026-01-01"),
        },
      ],
    });
    await meeting("2026-03-17");
    // Territory A2: convention ending 2027-06-30, no renewal yet → alert; a third territory with a renewal draft → no alert.
    const ending = await db.convention.create({
      data: {
        territoryId: territoryA2.id,
        title: "CTG",
        edition: 1,
        startDate: d("2023-07-01"),
        endDate: d("2027-06-30"),
        status: "SIGNED",
      },
    });
    const renewed = await db.territory.create({
      data: { caisseId: caisseA.id, name: "Territoire renouvelé", slug: `renouvele-${ending.id}` },
    });
    const renewedCurrent = await db.convention.create({
      data: {
        territoryId: renewed.id,
        title: "CTG",
        edition: 1,
        startDate: d("2023-01-01"),
        endDate: d("2027-03-31"),
        status: "SIGNED",
      },
    });
    await db.convention.create({
      data: {
        territoryId: renewed.id,
        title: "CTG",
        edition: 2,
        startDate: d("2027-04-01"),
        endDate: d("2031-12-31"),
        status: "DRAFT",
        previousEditionId: renewedCurrent.id,
      },
    });
    await db.meeting.update({
      where: { id: (await db.meeting.findFirstOrThrow({ where: { territoryId: territoryA.id } })).id },
      data: { status: "HELD" },
    });

    const overview = await getCaisseOverview(db, officer, caisseA.id, overviewFiltersSchema.parse({}), today);
    const row = (id: string) => overview.rows.find((r) => r.territory.id === id)!;
    expect(overview.rows).toHaveLength(3);
    expect(row(territoryA.id)).toMatchObject({ fiches: 2, done: 1, shareDone: 0.5, late: 1, alert: false });
    expect(row(territoryA.id).lastMeeting?.toISOString()).toBe("2026-03-17T13:00:00.000Z");
    expect(row(territoryA2.id)).toMatchObject({ alert: true, renewal: null, fiches: 0, lastMeeting: null });
    expect(row(renewed.id).alert).toBe(false);
    expect(row(renewed.id).renewal?.status).toBe("DRAFT");

    const alerts = await getCaisseOverview(
      db,
      officer,
      caisseA.id,
      overviewFiltersSchema.parse({ alerte: "1" }),
      today,
    );
    expect(alerts.rows.map((r) => r.territory.id)).toEqual([territoryA2.id]);
    const byEnd = await getCaisseOverview(
      db,
      officer,
      caisseA.id,
      overviewFiltersSchema.parse({ tri: "fin", ordre: "asc" }),
      today,
    );
    expect(byEnd.rows.map((r) => r.territory.id)).toEqual([renewed.id, territoryA2.id, territoryA.id]);

    // Territory roles and other caisses do not see it.
    await expect(getCaisseOverview(db, actors.EPCI_STAFF, caisseA.id, {}, today)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const { actors: others } = await createTenants(db);
    await expect(getCaisseOverview(db, others.COOPERATION_OFFICER, caisseA.id, {}, today)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
