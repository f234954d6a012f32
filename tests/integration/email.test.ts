// Email outbox and background jobs on real parts: PostgreSQL (pg-boss + the EmailMessage table), an SMTP server
// in this process, the real worker. Every email is queued inside a Prisma transaction, as features will.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { requireTestDatabase } from "../helpers/db";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";
import { queueEmail } from "../../lib/email/outbox";
import { invitationEmail, passwordResetEmail } from "../../lib/email/templates";
import { countEmailMessages, getEmailMessage, listEmailMessages } from "../../lib/email/queries";
import { enqueue, stopJobSender } from "../../lib/jobs/boss";
import { startWorker, type Worker } from "../../lib/jobs/worker";

const db = requireTestDatabase();
let smtp: TestSmtp;
const workers: Worker[] = [];

async function worker(options: Parameters<typeof startWorker>[0] = {}) {
  const started = await startWorker({ smtpUrl: smtp.url, pollingIntervalSeconds: 0.5, ...options });
  workers.push(started);
  return started;
}

async function stopWorkers() {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForStatus(id: string, status: string, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    if (row.status === status) return row;
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `email ${id} still ${row.status} (attempts ${row.attempts}, ${row.error}), ${status} expected; jobs ${JSON.stringify(await db.$queryRaw`SELECT state::text, retry_count, retry_limit, retry_delay, start_after FROM pgboss.job`)}`,
      );
    await sleep(50);
  }
}

const reset = (n: number) =>
  passwordResetEmail({ name: `Camille ${n}`, url: `http://localhost:3000/reinitialiser/${n}`, validMinutes: 30 });

beforeAll(async () => {
  smtp = await startTestSmtp();
});

afterEach(async () => {
  smtp.refuse(null);
  await stopWorkers();
});

afterAll(async () => {
  await stopJobSender();
  await smtp.close();
});

describe("email outbox", () => {
  test("an email queued in a transaction that rolls back is never sent; one that commits is sent once", async () => {
    smtp.inbox.length = 0;
    await worker();
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, { to: "perdu@exemple.fr", dedupKey: "test:rollback", email: reset(1) });
        throw new Error("la modification échoue");
      }),
    ).rejects.toThrow("la modification échoue");

    const email = invitationEmail({
      inviterName: "Camille Dupont",
      organisationName: "Mairie <Chanac> & Co",
      url: "http://localhost:3000/invitation/abc?x=1&y=2",
      expiresAt: new Date("2026-12-07T17:00:00Z"),
    });
    const queued = await db.$transaction((tx) =>
      queueEmail(tx, { to: "agent@collectivite.fr", dedupKey: "test:commit", email }),
    );
    expect(queued.created).toBe(true);

    const [received] = await smtp.waitFor(1);
    await sleep(1500); // time enough for a second delivery, or for the rolled-back one, to show up
    expect(smtp.inbox).toHaveLength(1);
    expect(received.rcpt).toEqual(["agent@collectivite.fr"]);
    expect(received.mail.subject).toBe("Invitation à rejoindre la plateforme CTG — Mairie <Chanac> & Co");
    expect(received.mail.text).toContain("Camille Dupont vous invite à rejoindre l'espace de Mairie <Chanac> & Co");
    expect(received.mail.text).toContain("http://localhost:3000/invitation/abc?x=1&y=2");
    expect(received.mail.text).toContain("7 décembre 2026 à 18:00");
    expect(received.mail.html).toContain("Mairie &lt;Chanac&gt; &amp; Co");
    expect(received.mail.html).toContain('href="http://localhost:3000/invitation/abc?x=1&amp;y=2"');
    expect(received.mail.html).not.toContain("<Chanac>");
    expect(received.mail.headers.get("x-ctg-email-id")).toBe(queued.id);

    const row = await waitForStatus(queued.id, "SENT");
    expect(row).toMatchObject({ attempts: 1, deliveredVia: "SMTP", error: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await db.emailMessage.count({ where: { dedupKey: "test:rollback" } })).toBe(0);
    const [{ jobs }] = await db.$queryRaw<
      { jobs: bigint }[]
    >`SELECT count(*) AS jobs FROM pgboss.job WHERE name = 'sendEmail'`;
    expect(Number(jobs)).toBe(1);
  });

  test("queueing the same business event twice keeps one message and one job", async () => {
    const first = await db.$transaction((tx) =>
      queueEmail(tx, { to: "a@exemple.fr", dedupKey: "test:dedup", email: reset(2) }),
    );
    const second = await db.$transaction((tx) =>
      queueEmail(tx, { to: "a@exemple.fr", dedupKey: "test:dedup", email: reset(2) }),
    );
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = 'sendEmail' AND data->>'emailId' = ${first.id}`;
    expect(Number(rows[0].n)).toBe(1);
    await worker();
    await waitForStatus(first.id, "SENT");
  });

  test("a refusing SMTP server is retried with backoff, then the message is marked FAILED", async () => {
    smtp.inbox.length = 0;
    smtp.refuse(451);
    await worker({ queueOverrides: { sendEmail: { retryLimit: 2, retryDelay: 1, retryBackoff: true } } });
    const queued = await db.$transaction((tx) =>
      queueEmail(tx, { to: "refus@exemple.fr", dedupKey: "test:refused", email: reset(3) }),
    );
    const row = await waitForStatus(queued.id, "FAILED", 20_000);
    expect(row.attempts).toBe(3); // the first try and two retries
    expect(row.error).toMatch(/451/);
    expect(row.sentAt).toBeNull();
    const refusedAt = smtp.refused.filter((r) => r.rcpt.includes("refus@exemple.fr")).map((r) => r.at);
    expect(refusedAt).toHaveLength(3);
    // Exponential backoff: the second wait is at least one retryDelay, the last longer still.
    const gaps = refusedAt.slice(1).map((t, i) => t - refusedAt[i]);
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThanOrEqual(1800);
    await sleep(500);
    const job = await db.$queryRaw<{ state: string }[]>`
      SELECT state::text FROM pgboss.job WHERE name = 'sendEmail' AND data->>'emailId' = ${queued.id}`;
    expect(job.map((j) => j.state)).toEqual(["failed"]);
    expect(smtp.inbox.filter((m) => m.rcpt.includes("refus@exemple.fr"))).toHaveLength(0);
  });

  test("two workers on the same queue send each message once, even when its job is delivered twice", async () => {
    smtp.inbox.length = 0;
    await worker({ name: "a" });
    await worker({ name: "b" });
    const ids = await db.$transaction(async (tx) => {
      const queued = [];
      for (let i = 0; i < 30; i++) {
        queued.push(await queueEmail(tx, { to: `lot${i}@exemple.fr`, dedupKey: `test:batch:${i}`, email: reset(i) }));
      }
      // pg-boss is at-least-once: a job seen twice (or sent twice) must not send its message twice.
      await enqueue(tx, "sendEmail", { emailId: queued[0].id });
      await enqueue(tx, "sendEmail", { emailId: queued[1].id });
      return queued.map((q) => q.id);
    });
    await smtp.waitFor(30, 20_000);
    await sleep(1500);
    const sentIds = smtp.inbox.map((m) => m.mail.headers.get("x-ctg-email-id") as string);
    expect(new Set(sentIds).size).toBe(sentIds.length);
    for (const id of ids) expect(sentIds).toContain(id);
    expect(await db.emailMessage.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(30);
  });

  test("without SMTP_URL the message stays in the table and is printed", async () => {
    smtp.inbox.length = 0;
    const printed: string[] = [];
    await worker({ smtpUrl: undefined, print: (text) => printed.push(text) });
    const queued = await db.$transaction((tx) =>
      queueEmail(tx, { to: "local@exemple.fr", dedupKey: "test:console", email: reset(99) }),
    );
    const row = await waitForStatus(queued.id, "SENT");
    expect(row.deliveredVia).toBe("CONSOLE");
    const output = printed.find((text) => text.includes("local@exemple.fr"));
    expect(output).toContain("À : local@exemple.fr");
    expect(output).toContain("Objet : Réinitialisation de votre mot de passe");
    expect(output).toContain("http://localhost:3000/reinitialiser/99");
    expect(smtp.inbox).toHaveLength(0);

    const page = await listEmailMessages(db, { to: "LOCAL@", take: 10 });
    expect(page.messages.map((m) => m.id)).toEqual([queued.id]);
    expect((await getEmailMessage(db, queued.id))?.text).toContain("Bonjour Camille 99,");
    const counts = await countEmailMessages(db);
    expect(counts.FAILED).toBe(1);
    expect(counts.SENT).toBeGreaterThanOrEqual(32);
  });
});

describe("permanent refusals", () => {
  test("a 5xx answer marks the message FAILED at once, without retries", async () => {
    smtp.refuse(550);
    await worker({ queueOverrides: { sendEmail: { retryLimit: 2, retryDelay: 1, retryBackoff: true } } });
    const queued = await db.$transaction((tx) =>
      queueEmail(tx, { to: "inconnu@exemple.fr", dedupKey: "test:550", email: reset(550) }),
    );
    const row = await waitForStatus(queued.id, "FAILED");
    expect(row.attempts).toBe(1);
    expect(row.error).toMatch(/550/);
    await sleep(1500);
    expect(smtp.refused.filter((r) => r.rcpt.includes("inconnu@exemple.fr"))).toHaveLength(1);
  });
});
