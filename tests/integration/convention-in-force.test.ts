// One convention in force over time, on the real PostgreSQL and the real pg-boss: a renewal's default period, and
// the daily job that turns signed conventions whose end date has passed into expired ones (once, audited).
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createConventionAction } from "../../lib/conventions/actions";
import { expireEndedConventions } from "../../lib/conventions/expire-conventions";
import { parisDay } from "../../lib/dates";
import type { ConventionStatus } from "../../lib/db/generated/enums";
import { stopJobSender } from "../../lib/jobs/boss";
import { startWorker, type Worker } from "../../lib/jobs/worker";
import { createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";
import { invoke } from "../helpers/invoke";

const db = requireTestDatabase();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 24 * 3600 * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A convention with a given status and end date, written directly (the signing flow is tested elsewhere). */
async function conventionEnding(
  territory: { id: string },
  endDate: Date,
  status: ConventionStatus = "SIGNED",
  extra: { terminatedAt?: Date } = {},
) {
  return db.convention.create({
    data: {
      territoryId: territory.id,
      title: `CTG ${status} ${iso(endDate)}`,
      startDate: new Date(endDate.getTime() - 4 * 365 * DAY),
      endDate,
      status,
      ...extra,
    },
  });
}

const statusAudits = (conventionId: string) =>
  db.auditEvent.findMany({ where: { entityId: conventionId, action: "convention.status" } });

describe("a renewal's period", () => {
  it("starts the day after the previous edition ends and lasts five years, unless dates are given", async () => {
    const { territoryA, territoryA2, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const previous = await createModelConvention(db, officer, territoryA); // 2024-01-01 → 2028-12-31
    // The form sends empty dates when the user clears them: the server fills in the defaults.
    const renewal = await invoke(createConventionAction, officer, {
      territoryId: territoryA.id,
      mode: "renewal",
      previousConventionId: previous.id,
      title: "CTG 2029-2033",
      startDate: "",
      endDate: "",
    });
    expect(renewal.serverError).toBeUndefined();
    const created = await db.convention.findUniqueOrThrow({ where: { id: renewal.data!.conventionId } });
    expect([iso(created.startDate), iso(created.endDate)]).toEqual(["2029-01-01", "2033-12-31"]);
    expect(created.previousEditionId).toBe(previous.id);

    // A given start: the end follows it; both given: kept as they are.
    const other = await createModelConvention(db, officer, territoryA2);
    const startOnly = await invoke(createConventionAction, officer, {
      territoryId: territoryA2.id,
      mode: "renewal",
      previousConventionId: other.id,
      title: "CTG décalée",
      startDate: "2029-07-01",
      endDate: "",
    });
    const shifted = await db.convention.findUniqueOrThrow({ where: { id: startOnly.data!.conventionId } });
    expect([iso(shifted.startDate), iso(shifted.endDate)]).toEqual(["2029-07-01", "2034-06-30"]);
  });

  it("follows a termination: the renewal starts on the day the termination takes effect", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const previous = await conventionEnding(territoryA, day("2028-12-31"), "TERMINATED", {
      terminatedAt: day("2027-04-01"),
    });
    const renewal = await invoke(createConventionAction, officer, {
      territoryId: territoryA.id,
      mode: "renewal",
      previousConventionId: previous.id,
      title: "CTG après résiliation",
    });
    const created = await db.convention.findUniqueOrThrow({ where: { id: renewal.data!.conventionId } });
    expect([iso(created.startDate), iso(created.endDate)]).toEqual(["2027-04-01", "2032-03-31"]);
  });

  it("refuses an end before the default start, and a draft from the model without dates, in French", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const previous = await conventionEnding(territoryA, day("2028-12-31"));
    const before = await db.convention.count({ where: { territoryId: territoryA.id } });
    const early = await invoke(createConventionAction, officer, {
      territoryId: territoryA.id,
      mode: "renewal",
      previousConventionId: previous.id,
      title: "CTG",
      startDate: "",
      endDate: "2028-06-30",
    });
    expect(early).toMatchObject({
      code: "INVALID_INPUT",
      serverError:
        "La date de fin doit suivre la date de début (le 1er janvier 2029, lendemain de la fin de la convention renouvelée).",
    });
    const model = await invoke(createConventionAction, officer, {
      territoryId: territoryA.id,
      mode: "model",
      title: "CTG",
      startDate: "",
      endDate: "",
    });
    expect(model.fieldErrors).toMatchObject({
      startDate: ["Indiquez la date de début."],
      endDate: ["Indiquez la date de fin."],
    });
    expect(await db.convention.count({ where: { territoryId: territoryA.id } })).toBe(before);
  });
});

describe("signed conventions expire the day after their end date", () => {
  it("expires one that ended yesterday (one audit event, no actor), keeps one ending today, leaves other statuses", async () => {
    const { territoryA, territoryA2 } = await createTenants(db);
    const now = new Date();
    const today = day(parisDay(now));
    const yesterday = new Date(today.getTime() - DAY);
    const ended = await conventionEnding(territoryA, yesterday);
    const endsToday = await conventionEnding(territoryA2, today);
    const terminated = await conventionEnding(territoryA, new Date(today.getTime() - 400 * DAY), "TERMINATED", {
      terminatedAt: new Date(today.getTime() - 500 * DAY),
    });
    const draft = await conventionEnding(territoryA2, yesterday, "DRAFT");
    const validated = await conventionEnding(territoryA2, yesterday, "VALIDATED");

    const expired = await expireEndedConventions(db, now);
    expect(expired.map((c) => c.id)).toContain(ended.id);
    const mine = [ended, endsToday, terminated, draft, validated].map((c) => c.id);
    expect(expired.filter((c) => mine.includes(c.id)).map((c) => c.id)).toEqual([ended.id]);

    const after = await db.convention.findMany({ where: { id: { in: mine } } });
    const byId = (id: string) => after.find((c) => c.id === id)!;
    expect(byId(ended.id)).toMatchObject({ status: "EXPIRED", version: ended.version + 1 });
    expect(byId(endsToday.id)).toMatchObject({ status: "SIGNED", version: endsToday.version });
    expect(byId(terminated.id)).toMatchObject({ status: "TERMINATED", version: terminated.version });
    expect(byId(draft.id).status).toBe("DRAFT");
    expect(byId(validated.id).status).toBe("VALIDATED");

    const audits = await statusAudits(ended.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: null,
      caisseId: territoryA.caisseId,
      territoryId: territoryA.id,
      entity: "Convention",
      changes: { status: { old: "SIGNED", new: "EXPIRED" }, endDate: iso(yesterday) },
    });
    for (const id of mine.slice(1)) expect(await statusAudits(id)).toHaveLength(0);

    // A second run finds nothing left to do.
    const again = await expireEndedConventions(db, now);
    expect(again.filter((c) => mine.includes(c.id))).toEqual([]);
    expect(await statusAudits(ended.id)).toHaveLength(1);
  });

  it("counts days in Paris: at 00:30 in Paris a convention ending the day before has ended, at 23:30 not yet", async () => {
    const { territoryA } = await createTenants(db);
    const convention = await conventionEnding(territoryA, day("2026-07-14"));
    // 22:30 UTC on 14 July is 00:30 on 15 July in Paris (CEST), and 21:30 UTC is still the 14th.
    expect((await expireEndedConventions(db, new Date("2026-07-14T21:30:00Z"))).map((c) => c.id)).not.toContain(
      convention.id,
    );
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).status).toBe("SIGNED");
    expect((await expireEndedConventions(db, new Date("2026-07-14T22:30:00Z"))).map((c) => c.id)).toContain(
      convention.id,
    );
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).status).toBe("EXPIRED");
  });

  it("writes once when two runs race", async () => {
    const { territoryA, territoryA2 } = await createTenants(db);
    const now = new Date();
    const yesterday = new Date(day(parisDay(now)).getTime() - DAY);
    const conventions = [
      await conventionEnding(territoryA, yesterday),
      await conventionEnding(territoryA2, new Date(yesterday.getTime() - 30 * DAY)),
    ];
    const runs = await Promise.all([expireEndedConventions(db, now), expireEndedConventions(db, now)]);
    for (const convention of conventions) {
      // Exactly one of the two runs moved it, and wrote its audit event.
      expect(runs.map((run) => run.filter((c) => c.id === convention.id).length).sort()).toEqual([0, 1]);
      expect(await statusAudits(convention.id)).toHaveLength(1);
      expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).status).toBe("EXPIRED");
    }
  });
});

describe("the expireConventions job on pg-boss", () => {
  const workers: Worker[] = [];
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });
  afterAll(async () => {
    await stopJobSender();
  });

  it("is scheduled daily at 00:05 in Paris and runs at each worker start; two workers starting at once write once", async () => {
    const { territoryA } = await createTenants(db);
    const today = day(parisDay(new Date()));
    const ended = await conventionEnding(territoryA, new Date(today.getTime() - DAY));
    const endsToday = await conventionEnding(territoryA, today);
    const printed: string[] = [];
    const started = await Promise.all(
      ["a", "b"].map((name) =>
        startWorker({ name, pollingIntervalSeconds: 0.5, smtpUrl: undefined, print: (text) => printed.push(text) }),
      ),
    );
    workers.push(...started);

    const schedules = await started[0].boss.getSchedules("expireConventions");
    expect(schedules.map((s) => ({ cron: s.cron, timezone: s.timezone }))).toEqual([
      { cron: "5 0 * * *", timezone: "Europe/Paris" },
    ]);

    // Both workers sent their catch-up job; wait until every one of them has completed.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const jobs = await db.$queryRaw<{ state: string }[]>`
        SELECT state::text FROM pgboss.job WHERE name = 'expireConventions'`;
      if (jobs.length >= 2 && jobs.every((j) => j.state === "completed")) break;
      if (Date.now() > deadline) throw new Error(`expireConventions jobs not completed: ${JSON.stringify(jobs)}`);
      await sleep(200);
    }
    expect((await db.convention.findUniqueOrThrow({ where: { id: ended.id } })).status).toBe("EXPIRED");
    expect((await db.convention.findUniqueOrThrow({ where: { id: endsToday.id } })).status).toBe("SIGNED");
    expect(await statusAudits(ended.id)).toHaveLength(1);
    expect(printed.filter((line) => line.includes(ended.id))).toHaveLength(1);
  });
});
