// `npm run bench:email`: the email pipeline end to end on real parts — an embedded PostgreSQL (.data/bench-pg),
// pg-boss, the worker, nodemailer and an SMTP server in this process (smtp-server + mailparser). Prints:
// - latency: one email at a time, from the commit of the transaction that queued it to its arrival at the SMTP
//   server (p50 / p95 / max over BENCH_EMAILS, 200);
// - throughput: BENCH_BURST emails (1000) committed at once in batches of 100, drained by BENCH_WORKERS workers
//   (1) of BENCH_CONCURRENCY jobs each (8): emails per second from the first commit to the last arrival.
// Not a test: it fails only when an email is lost or duplicated.
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { projectRoot } from "../db/local";
import { applyMigrations, resetDatabase } from "../db/migrate";
import { queueEmail } from "../email/outbox";
import { passwordResetEmail } from "../email/templates";
import { installJobs, stopJobSender } from "../jobs/boss";
import { startWorker, type Worker } from "../jobs/worker";
import { startTestSmtp } from "../../tests/helpers/smtp";

const EMAILS = Number(process.env.BENCH_EMAILS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 1000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const server = await startEmbeddedPostgres({
    dataDir: path.join(projectRoot, ".data/bench-pg"),
    port: Number(process.env.BENCH_PG_PORT ?? 54359),
  });
  const smtp = await startTestSmtp();
  const workers: Worker[] = [];
  try {
    await server.ensureDatabase("bench_email");
    const url = server.urlFor("bench_email");
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
    await admin.end();
    await resetDatabase(url);
    await applyMigrations(url);
    await installJobs(url);
    process.env.DATABASE_URL = url; // the sending pg-boss instance of this process
    const db = createPrismaClient(url, 4 + WORKERS * (CONCURRENCY + 1));

    for (let i = 0; i < WORKERS; i++) {
      workers.push(
        await startWorker({
          connectionString: url,
          db,
          smtpUrl: smtp.url,
          from: "bench@ctg.localhost",
          concurrency: CONCURRENCY,
          name: `bench-${i}`,
        }),
      );
    }

    const arrived = new Map<string, number>();
    smtp.onMail = (mail) => arrived.set(String(mail.mail.headers.get("x-ctg-email-id")), mail.receivedAt);
    const email = (n: number) =>
      passwordResetEmail({ name: `Camille ${n}`, url: `http://localhost:3000/reinitialiser/${n}`, validMinutes: 30 });

    console.log("database ready, workers started; warming up");
    // Warm-up (connections, JIT).
    for (let i = 0; i < 10; i++) {
      const { id } = await db.$transaction((tx) =>
        queueEmail(tx, { to: `chauffe${i}@exemple.fr`, dedupKey: `warm:${i}`, email: email(i) }),
      );
      while (!arrived.has(id)) await new Promise((resolve) => setTimeout(resolve, 1));
    }

    // Latency: one at a time.
    const latencies: number[] = [];
    for (let i = 0; i < EMAILS; i++) {
      const { id } = await db.$transaction((tx) =>
        queueEmail(tx, { to: `latence${i}@exemple.fr`, dedupKey: `latency:${i}`, email: email(i) }),
      );
      const committed = performance.now();
      while (!arrived.has(id)) await new Promise((resolve) => setTimeout(resolve, 1));
      latencies.push(arrived.get(id)! - committed);
    }
    latencies.sort((a, b) => a - b);

    // Throughput: a burst.
    const before = smtp.inbox.length;
    const started = performance.now();
    const ids: string[] = [];
    for (let batch = 0; batch < BURST / 100; batch++) {
      await db.$transaction(
        async (tx) => {
          for (let i = batch * 100; i < (batch + 1) * 100; i++) {
            ids.push((await queueEmail(tx, { to: `lot${i}@exemple.fr`, dedupKey: `burst:${i}`, email: email(i) })).id);
          }
        },
        { timeout: 60_000 },
      );
    }
    const committed = performance.now() - started;
    await smtp.waitFor(before + ids.length, 600_000);
    const drained = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const received = smtp.inbox.slice(before).map((m) => String(m.mail.headers.get("x-ctg-email-id")));
    const duplicates = received.length - new Set(received).size;
    const missing = ids.filter((id) => !arrived.has(id)).length;

    console.log(
      `\nEmail pipeline (PostgreSQL ${url.replace(/\/\/.*@/, "//")}, ${WORKERS} worker(s) × ${CONCURRENCY} jobs, SMTP in process)`,
    );
    console.log(
      `latency commit → SMTP server, ${EMAILS} emails one at a time: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies[latencies.length - 1])}`,
    );
    console.log(
      `throughput, ${ids.length} emails committed in ${(committed / 1000).toFixed(2)} s: all received after ${(drained / 1000).toFixed(2)} s → ${(ids.length / (drained / 1000)).toFixed(0)} emails/s`,
    );
    console.log(`duplicates: ${duplicates}, missing: ${missing}`);
    await db.$disconnect();
    if (duplicates || missing) process.exitCode = 1;
  } finally {
    await Promise.all(workers.map((w) => w.stop(5000)));
    await stopJobSender();
    await smtp.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
