// Notifications on real parts: PostgreSQL, pg-boss, the real worker and an SMTP server in this process whose
// messages are parsed back. Recipients exactly right (never another territory's people), calendar invitations that
// follow a meeting (same UID, higher SEQUENCE, CANCEL), digests grouped by territory, scans idempotent under two
// workers.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../../lib/db/client";
import { changeFicheStatus } from "../../lib/fiches-action/change-fiche-status";
import { changeFicheStatusSchema } from "../../lib/fiches-action/schemas";
import { stopJobSender } from "../../lib/jobs/boss";
import { startWorker, type Worker } from "../../lib/jobs/worker";
import { addAttendee } from "../../lib/meetings/add-attendee";
import { changeMeetingStatus } from "../../lib/meetings/change-meeting-status";
import { updateMeeting } from "../../lib/meetings/update-meeting";
import * as s from "../../lib/meetings/schemas";
import { runDigest } from "../../lib/notifications/digest";
import { escapeText, foldLine, parseIcs, writeIcs } from "../../lib/notifications/ics";
import { runDailyScan } from "../../lib/notifications/scan";
import { requireTestDatabase } from "../helpers/db";
import { createOrganisation, createUser } from "../helpers/factories";
import { startTestSmtp, type TestSmtp, type ReceivedMail } from "../helpers/smtp";
import { d, readBack, setupSteering } from "../helpers/steering";

const db = requireTestDatabase();
let smtp: TestSmtp;
const workers: Worker[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function worker() {
  const started = await startWorker({
    smtpUrl: smtp.url,
    pollingIntervalSeconds: 0.5,
    catchUpOnStart: false,
    print: () => {},
  });
  workers.push(started);
  return started;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  smtp.inbox.length = 0;
});
afterAll(async () => {
  await stopJobSender();
  await smtp.close();
});

/** Waits until every queued email is SENT, then answers the inbox. */
async function delivered(): Promise<ReceivedMail[]> {
  const started = Date.now();
  for (;;) {
    const queued = await db.emailMessage.count({ where: { status: "QUEUED" } });
    if (!queued) return [...smtp.inbox];
    if (Date.now() - started > 30_000) throw new Error(`${queued} email(s) still queued`);
    await sleep(100);
  }
}

const ics = (mail: ReceivedMail) => {
  const file = mail.mail.attachments.find((a) => a.filename?.endsWith(".ics"));
  if (!file) throw new Error(`no .ics in ${mail.mail.subject}`);
  const lines = parseIcs(file.content.toString("utf8"));
  const get = (name: string) => lines.find((l) => l.name === name)?.value;
  return { lines, get, raw: file.content.toString("utf8") };
};

/** A user holding `role` on the territory for `organisationId`. */
const member = (
  db: Db,
  caisseId: string,
  territoryId: string,
  organisationId: string,
  role: "EPCI_STAFF" | "PILOT_CONTRIBUTOR" | "COPIL_MEMBER" = "COPIL_MEMBER",
) => createUser(db, { role, caisseId, territoryId, organisationId });

describe("iCalendar writer", () => {
  test("escapes text, folds at 75 octets without splitting a character, ends lines with CRLF", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const long = `SUMMARY:${"é".repeat(60)}`;
    const folded = foldLine(long);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
    const text = writeIcs({
      method: "REQUEST",
      uid: "meeting-x@localhost",
      sequence: 3,
      start: new Date("2026-03-29T08:00:00Z"),
      end: new Date("2026-03-29T10:00:00Z"),
      summary: "Comité de pilotage — Aubrac, Lot; Causses\\Tarn",
      location: "Mairie, salle 2",
      organizer: { name: "CAF, Lozère", email: "ne-pas-repondre@ctg.localhost" },
      attendees: [{ name: "Élise Martin", email: "elise@exemple.fr" }],
      stamp: new Date("2026-03-01T00:00:00Z"),
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const lines = parseIcs(text);
    const get = (n: string) => lines.find((l) => l.name === n)!;
    expect(get("METHOD").value).toBe("REQUEST");
    expect(get("SEQUENCE").value).toBe("3");
    expect(get("DTSTART").value).toBe("20260329T080000Z");
    expect(get("SUMMARY").value).toBe("Comité de pilotage — Aubrac, Lot; Causses\\Tarn");
    expect(get("ORGANIZER").params.CN).toBe("CAF, Lozère");
    expect(lines.filter((l) => l.name === "BEGIN").map((l) => l.value)).toEqual(["VCALENDAR", "VEVENT"]);
  });
});

describe("meeting invitations", () => {
  test("scheduled, moved, cancelled: every invited member, PDF + .ics with the same UID and a rising SEQUENCE; never another territory", async () => {
    const { caisseA, territoryA, territoryA2, epci, officer, meeting, actors } = await setupSteering(db);
    // The EPCI's people on the territory (invited through its signatory) and, on another territory, one of the same
    // organisation: only the first is convened.
    const epciAgent = await member(db, caisseA.id, territoryA.id, epci.id, "EPCI_STAFF");
    const elsewhere = await member(db, caisseA.id, territoryA2.id, epci.id, "EPCI_STAFF");
    const id = await meeting("2099-03-10", "14:00");
    // A partner's representative without an account, invited by email; and an account invited by its email.
    const partner = await createOrganisation(db, caisseA.id, "Association");
    await addAttendee(
      db,
      officer,
      s.addAttendeeSchema.parse({
        meetingId: id,
        name: "Paul Partenaire",
        organisationId: partner.id,
        email: "Paul@Association.org",
      }),
    );
    await addAttendee(
      db,
      officer,
      s.addAttendeeSchema.parse({ meetingId: id, name: "Membre copil", email: actors.COPIL_MEMBER.email }),
    );

    await worker();
    const first = await delivered();
    expect(first.map((m) => m.rcpt[0]).sort()).toEqual(
      [actors.COPIL_MEMBER.email, epciAgent.email, "paul@association.org"].sort(),
    );
    expect(first.some((m) => m.rcpt.includes(elsewhere.email))).toBe(false);
    const toAgent = first.find((m) => m.rcpt[0] === epciAgent.email)!;
    expect(toAgent.mail.subject).toContain("Convocation : Comité de pilotage du territoire");
    expect(toAgent.mail.subject).toContain(territoryA.name);
    expect(toAgent.mail.text).toContain(`/territoires/${territoryA.slug}/reunions/${id}`);
    expect(toAgent.mail.text).toContain("/notifications/preferences");
    const pdf = toAgent.mail.attachments.find((a) => a.contentType === "application/pdf")!;
    expect(pdf.filename).toBe("convocation-copil-2099-03-10.pdf");
    expect(await readBack(new Uint8Array(pdf.content))).toContain("Mairie de La Canourgue");
    const invite = ics(toAgent);
    expect(invite.get("METHOD")).toBe("REQUEST");
    expect(invite.get("SEQUENCE")).toBe("0");
    expect(invite.get("DTSTART")).toBe("20990310T130000Z"); // 14:00 in Paris (CET)
    const uid = invite.get("UID")!;
    expect(uid).toBe(`meeting-${id}@localhost`);
    // No account: no link into the app.
    const toPartner = first.find((m) => m.rcpt[0] === "paul@association.org")!;
    expect(toPartner.mail.text).not.toContain("/territoires/");
    expect(toPartner.mail.attachments.map((a) => a.contentType).sort()).toEqual([
      "application/pdf",
      expect.stringContaining("text/calendar"),
    ]);
    // In-app notifications for the accounts only, already emailed (the convocation carries them).
    const notes = await db.notification.findMany({ where: { objectId: id } });
    expect(notes.map((n) => n.userId).sort()).toEqual([actors.COPIL_MEMBER.id, epciAgent.id].sort());
    expect(notes.every((n) => n.emailedAt)).toBe(true);

    // Moved: the same event, SEQUENCE 1.
    smtp.inbox.length = 0;
    const current = await db.meeting.findUniqueOrThrow({ where: { id } });
    await updateMeeting(
      db,
      officer,
      s.updateMeetingSchema.parse({
        meetingId: id,
        version: current.version,
        kind: "COPIL",
        date: "2099-03-12",
        time: "09:30",
        place: "Salle des fêtes",
        agenda: "Bilan",
      }),
    );
    const moved = await delivered();
    expect(moved).toHaveLength(3);
    const movedInvite = ics(moved.find((m) => m.rcpt[0] === epciAgent.email)!);
    expect(movedInvite.get("UID")).toBe(uid);
    expect(movedInvite.get("SEQUENCE")).toBe("1");
    expect(movedInvite.get("METHOD")).toBe("REQUEST");
    expect(movedInvite.get("DTSTART")).toBe("20990312T083000Z");
    expect(movedInvite.get("LOCATION")).toBe("Salle des fêtes");
    expect(moved[0].mail.subject).toContain("Nouvelle date");

    // Cancelled: METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 2, no PDF.
    smtp.inbox.length = 0;
    const again = await db.meeting.findUniqueOrThrow({ where: { id } });
    await changeMeetingStatus(
      db,
      officer,
      s.changeMeetingStatusSchema.parse({ meetingId: id, version: again.version, status: "CANCELLED" }),
    );
    const cancelled = await delivered();
    expect(cancelled).toHaveLength(3);
    for (const mail of cancelled) {
      const c = ics(mail);
      expect(c.get("METHOD")).toBe("CANCEL");
      expect(c.get("STATUS")).toBe("CANCELLED");
      expect(c.get("UID")).toBe(uid);
      expect(c.get("SEQUENCE")).toBe("2");
      expect(mail.mail.attachments.some((a) => a.contentType === "application/pdf")).toBe(false);
    }
    expect(await db.notification.count({ where: { userId: elsewhere.id } })).toBe(0);
  }, 90_000);
});

describe("events", () => {
  async function fixture() {
    const base = await setupSteering(db);
    const pilotOrg = base.orgA; // the PILOT_CONTRIBUTOR of territory A works for it
    const fiche = await db.ficheAction.create({
      data: {
        territoryId: base.territoryA.id,
        conventionId: base.convention.id,
        number: "1.1",
        title: "Crèche",
        themes: [],
        pilotOrganisationId: pilotOrg.id,
      },
    });
    return { ...base, fiche };
  }

  test("a fiche's status changed by someone else tells its pilot's people, by email (text part, territory named); not the author", async () => {
    const { fiche, officer, actors, territoryA, caisseB } = await fixture();
    // Someone of another caisse working for an organisation of the same name never hears of it.
    const stranger = await createUser(db, { role: "CAISSE_ADMIN", caisseId: caisseB.id });
    await changeFicheStatus(
      db,
      officer,
      changeFicheStatusSchema.parse({ ficheId: fiche.id, version: 1, status: "IN_PROGRESS" }),
    );
    const notes = await db.notification.findMany({ where: { objectId: fiche.id } });
    expect(notes.map((n) => n.userId)).toEqual([actors.PILOT_CONTRIBUTOR.id]);
    expect(notes[0]).toMatchObject({
      family: "FICHES",
      kind: "fiche.status",
      link: `/territoires/${territoryA.slug}/fiches-action/${fiche.id}`,
    });
    await worker();
    const [mail] = await delivered();
    expect(mail.rcpt).toEqual([actors.PILOT_CONTRIBUTOR.email]);
    expect(mail.mail.subject).toBe(`${territoryA.name} — Fiche-action 1.1 : en cours`);
    expect(mail.mail.text).toContain(`Territoire : ${territoryA.name}.`);
    expect(mail.mail.text).toContain("/notifications/preferences");
    expect(await db.notification.count({ where: { userId: stranger.id } })).toBe(0);

    // The pilot changes it: nobody else of its organisation here, so nobody is told.
    smtp.inbox.length = 0;
    await changeFicheStatus(
      db,
      actors.PILOT_CONTRIBUTOR,
      changeFicheStatusSchema.parse({ ficheId: fiche.id, version: 2, status: "DONE" }),
    );
    expect(await db.notification.count({ where: { objectId: fiche.id } })).toBe(1);
  });

  test("preferences: APP_ONLY records without email; DIGEST waits for the digest, grouped by territory, once", async () => {
    const { fiche, officer, actors, territoryA, territoryA2, convention, caisseA } = await fixture();
    const pilot = actors.PILOT_CONTRIBUTOR;
    await db.notificationPreference.create({ data: { userId: pilot.id, family: "FICHES", delivery: "APP_ONLY" } });
    await changeFicheStatus(
      db,
      officer,
      changeFicheStatusSchema.parse({ ficheId: fiche.id, version: 1, status: "IN_PROGRESS" }),
    );
    expect(await db.emailMessage.count({ where: { to: pilot.email } })).toBe(0);
    expect(await db.notification.count({ where: { userId: pilot.id, delivery: "APP_ONLY" } })).toBe(1);

    // The cooperation officer (caisse-wide) takes conventions in a digest at 8:00; two territories of the caisse.
    const coop = actors.COOPERATION_OFFICER;
    await db.notificationPreference.create({ data: { userId: coop.id, family: "CONVENTIONS", delivery: "DIGEST" } });
    await db.notificationSettings.create({ data: { userId: coop.id, digestHour: 8 } });
    const now = new Date("2027-06-15T05:30:00Z"); // 07:30 in Paris
    await db.convention.update({ where: { id: convention.id }, data: { endDate: d("2028-01-31") } });
    await db.convention.create({
      data: {
        territoryId: territoryA2.id,
        title: "CTG A2",
        startDate: d("2023-01-01"),
        endDate: d("2027-12-31"),
        status: "SIGNED",
      },
    });
    const scan = await runDailyScan(db, now);
    expect(scan.byKind["convention.renewal"]).toBe(2);
    expect(scan.emails).toBe(0); // the caisse admin has no CONVENTIONS reminders: officers only
    expect(await runDigest(db, now)).toEqual({ emails: 0, notifications: 0 }); // 07:30: not the officer's hour
    const at8 = new Date("2027-06-15T06:10:00Z");
    expect(await runDigest(db, at8)).toEqual({ emails: 1, notifications: 2 });
    expect(await runDigest(db, at8)).toEqual({ emails: 0, notifications: 0 });
    await worker();
    const [digest] = await delivered();
    expect(digest.rcpt).toEqual([coop.email]);
    expect(digest.mail.subject).toBe("Récapitulatif du 15 juin 2027 : 2 notifications");
    const text = digest.mail.text!;
    const [a, a2] = [territoryA.name, territoryA2.name].sort((x, y) => x.localeCompare(y, "fr"));
    expect(text.indexOf(`■ ${a} (1)`)).toBeGreaterThan(-1);
    expect(text.indexOf(`■ ${a2} (1)`)).toBeGreaterThan(text.indexOf(`■ ${a} (1)`));
    expect(caisseA.id).toBeTruthy();
  });
});

describe("daily scan", () => {
  test("reminders reach the right people once, however many times and workers run it", async () => {
    const { caisseA, territoryA, territoryB, convention, orgA, actors, meeting, caisseB } = await setupSteering(db);
    const now = new Date("2027-05-20T04:30:00Z");
    const fiche = (
      number: string,
      end: string,
      territoryId = territoryA.id,
      conventionId = convention.id,
      pilot = orgA.id,
    ) =>
      db.ficheAction.create({
        data: {
          territoryId,
          conventionId,
          number,
          title: `Fiche ${number}`,
          themes: [],
          pilotOrganisationId: pilot,
          endMonth: d(`${end}-01`),
        },
      });
    await fiche("1.1", "2027-06"); // ends next month
    await fiche("1.2", "2027-04"); // late since this month
    await fiche("1.3", "2026-01"); // late long ago: told when it became late, not every day
    // Territory B (another caisse): its pilot's people are told about its fiche only.
    const orgB = await createOrganisation(db, caisseB.id);
    const conventionB = await db.convention.create({
      data: {
        territoryId: territoryB.id,
        title: "CTG B",
        startDate: d("2024-01-01"),
        endDate: d("2030-12-31"),
        status: "SIGNED",
      },
    });
    const pilotB = await createUser(db, {
      role: "PILOT_CONTRIBUTOR",
      caisseId: caisseB.id,
      territoryId: territoryB.id,
      organisationId: orgB.id,
    });
    await fiche("9.9", "2027-06", territoryB.id, conventionB.id, orgB.id);
    // Decisions: due in 5 days, overdue, closed.
    const meetingId = await meeting("2027-01-10");
    await db.decision.createMany({
      data: [
        { territoryId: territoryA.id, meetingId, text: "Due", ownerOrganisationId: orgA.id, dueDate: d("2027-05-25") },
        {
          territoryId: territoryA.id,
          meetingId,
          text: "Overdue",
          ownerOrganisationId: orgA.id,
          dueDate: d("2027-05-01"),
        },
        {
          territoryId: territoryA.id,
          meetingId,
          text: "Closed",
          ownerOrganisationId: orgA.id,
          dueDate: d("2027-05-01"),
          status: "DONE",
        },
      ],
    });
    // A validated convention waiting for signatures for 40 days.
    const validated = await db.convention.create({
      data: {
        territoryId: territoryA.id,
        title: "CTG 3",
        edition: 3,
        startDate: d("2029-01-01"),
        endDate: d("2033-12-31"),
        status: "VALIDATED",
      },
    });
    await db.signatory.create({
      data: {
        conventionId: validated.id,
        organisationId: orgA.id,
        position: 1,
        bodyLabel: "x",
        representativeName: "y",
        representativeTitle: "z",
        designation: "w",
      },
    });
    await db.auditEvent.create({
      data: {
        caisseId: caisseA.id,
        territoryId: territoryA.id,
        entity: "Convention",
        entityId: validated.id,
        action: "convention.status",
        changes: { status: { old: "CONSULTATION", new: "VALIDATED" } },
        createdAt: new Date("2027-04-10T10:00:00Z"),
      },
    });

    const pilot = actors.PILOT_CONTRIBUTOR;
    const counts = await Promise.all([runDailyScan(db, now), runDailyScan(db, now)]);
    const rows = await db.notification.findMany({ select: { userId: true, kind: true, objectId: true } });
    const kinds = (userId: string) =>
      rows
        .filter((r) => r.userId === userId)
        .map((r) => r.kind)
        .sort();
    expect(kinds(pilot.id)).toEqual(["decision.due", "decision.overdue", "fiche.ending", "fiche.late"]);
    expect(kinds(pilotB.id)).toEqual(["fiche.ending"]);
    expect(kinds(actors.COOPERATION_OFFICER.id)).toEqual(["convention.awaited"]);
    expect(kinds(actors.CAISSE_ADMIN.id)).toEqual([]);
    expect(kinds(actors.EPCI_STAFF.id)).toEqual([]);
    const ours = [pilot.id, pilotB.id, actors.COOPERATION_OFFICER.id];
    expect(rows.filter((r) => ours.includes(r.userId))).toHaveLength(6);
    expect(counts[0].notifications + counts[1].notifications).toBeGreaterThanOrEqual(6);
    const emails = [pilot.email, pilotB.email, actors.COOPERATION_OFFICER.email];
    expect(await db.emailMessage.count({ where: { to: { in: emails } } })).toBe(6);

    // Two workers running the scan job (pg-boss): nothing more.
    const [w1, w2] = [await worker(), await worker()];
    await Promise.all([w1.boss.send("notificationScan", {}), w2.boss.send("notificationScan", {})]);
    const started = Date.now();
    for (;;) {
      const [{ n }] = await db.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'notificationScan' AND state = 'completed'`;
      if (Number(n) >= 2) break;
      if (Date.now() - started > 20_000) throw new Error("scan jobs not completed");
      await sleep(100);
    }
    // The job scans "today" (real clock): its reminders, if any, are other occurrences; today's of `now` are unique.
    expect(await runDailyScan(db, now)).toMatchObject({ notifications: 0, emails: 0 });
    const mails = await delivered();
    const keys = await db.notification.groupBy({ by: ["dedupeKey"], _count: { _all: true } });
    expect(keys.every((k) => k._count._all === 1)).toBe(true);
    expect(mails.filter((m) => m.rcpt[0] === pilot.email).length).toBe(
      await db.notification.count({ where: { userId: pilot.id } }),
    );
  }, 90_000);
});
