// The worker: one pg-boss instance that runs the handlers of every queue (emails; draft PDFs, rendered in a pool of
// threads; the daily expiry of signed conventions, on a cron schedule). pg-boss fetches jobs with FOR UPDATE SKIP LOCKED, so any number of workers
// (processes or instances) share the queues; a handler that throws is retried with the queue's exponential backoff.
import type { Job, JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import type { Transporter } from "nodemailer";
import { expireEndedConventions } from "../conventions/expire-conventions";
import { getDb } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { deliverEmail, EmailDeliveryError, type Delivery } from "../email/deliver";
import { createSmtpTransport } from "../email/transport";
import { RenderPool } from "../pdf/render-pool";
import { renderStoredPdf } from "../pdf-store/jobs";
import { createBoss, ensureQueues, type QueueOverrides } from "./boss";
import { SCHEDULES, type JobData, type JobName } from "./queues";
import { runDailyScan } from "../notifications/scan";
import { runDigest } from "../notifications/digest";

export type WorkerOptions = {
  connectionString?: string;
  /** SMTP_URL; without it emails are printed (and kept in the table). */
  smtpUrl?: string;
  from?: string;
  db?: PrismaClient;
  /** Jobs run at once by this worker per queue (8); its Prisma pool needs as many connections. */
  concurrency?: number;
  /**
   * Polling interval in seconds (2). NOTIFY wakes the worker at once for new jobs on notify queues, but not for
   * retries coming due, so polling stays this frequent.
   */
  pollingIntervalSeconds?: number;
  /** Queue options applied at start (tests: short retry delays). */
  queueOverrides?: QueueOverrides;
  /** Sends an expireConventions job at start, to catch up on days no worker ran (true). */
  catchUpOnStart?: boolean;
  /** Where console-delivered emails and worker notes go (console.log). */
  print?: (text: string) => void;
  name?: string;
  /** Threads rendering PDFs (renderPdf jobs): PDF_RENDER_THREADS, 1 by default. */
  renderThreads?: number;
  /** The queues this worker serves (CTG_WORKER_QUEUES); all by default. */
  queues?: JobName[];
};

export type Worker = {
  boss: PgBoss;
  /** Stops fetching, lets running jobs finish for at most `timeoutMs` (30 s), closes the pool. */
  stop(timeoutMs?: number): Promise<void>;
};

export async function startWorker(options: WorkerOptions = {}): Promise<Worker> {
  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const db = options.db ?? getDb();
  const print = options.print ?? console.log;
  const concurrency = options.concurrency ?? 8;
  const serves = (name: JobName) => !options.queues || options.queues.includes(name);
  let transport: Transporter | undefined;
  const delivery: Delivery = options.smtpUrl
    ? { kind: "smtp", transport: (transport = createSmtpTransport(options.smtpUrl, options.from ?? "ctg@localhost")) }
    : { kind: "console", print };

  const boss = createBoss(connectionString, {
    role: "worker",
    max: concurrency + 2,
    applicationName: options.name ? `ctg-worker-${options.name}` : undefined,
  });
  await boss.start();
  await ensureQueues(boss, { update: true, overrides: options.queueOverrides });

  // Batches settled job by job: a fetch brings up to `batchSize` jobs, delivered at once; while fetches come back
  // full the worker fetches again without waiting (a batch of 1 would wait a polling interval after each job).
  const batchSize = Math.max(1, Math.ceil(concurrency / 2));
  if (serves("sendEmail"))
    await boss.work(
      "sendEmail",
      {
        batchSize,
        localConcurrency: Math.ceil(concurrency / batchSize),
        includeMetadata: true,
        perJobResults: true,
        burstWhenBatchFull: batchSize > 1,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        notifyPollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      },
      (jobs: JobWithMetadata<JobData["sendEmail"]>[]) =>
        Promise.all(
          jobs.map(async (job): Promise<JobResult> => {
            try {
              await deliverEmail(db, delivery, job.data.emailId, { finalAttempt: job.retryCount >= job.retryLimit });
              return { id: job.id, status: "completed" };
            } catch (error) {
              if (!(error instanceof EmailDeliveryError)) console.error("[worker] sendEmail", job.id, error);
              // Failed: retried after the queue's backoff, or failed for good after its last retry.
              return { id: job.id, status: "failed", output: { message: String((error as Error)?.message ?? error) } };
            }
          }),
        ),
    );

  // Daily jobs. schedule() is an upsert, so every worker can declare them; pg-boss's cron pass runs on one worker
  // at a time and files each occurrence under one key, so however many workers run, an occurrence makes one job.
  // An occurrence missed while the database was away is sent at the next pass ("once").
  for (const { name, cron, tz } of SCHEDULES) await boss.schedule(name, cron, {}, { tz, missed: "once" });
  if (serves("expireConventions"))
    await boss.work(
      "expireConventions",
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]: Job<JobData["expireConventions"]>[]) => {
        const expired = await expireEndedConventions(db);
        if (expired.length)
          print(`[worker] expireConventions ${job.id}: ${expired.map((c) => c.id).join(", ")} now EXPIRED.`);
      },
    );
  // Draft PDFs, rendered in worker threads so that this process's loop (pg-boss's polls, emails) stays free.
  const pool = new RenderPool(options.renderThreads);
  if (serves("renderPdf"))
    await boss.work(
      "renderPdf",
      {
        localConcurrency: pool.size,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        notifyPollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      },
      async ([job]: Job<JobData["renderPdf"]>[]) => {
        try {
          await renderStoredPdf(db, pool, job.data);
        } catch (error) {
          console.error("[worker] renderPdf", job.data.kind, job.data.documentId, error);
          throw error; // retried with the queue's backoff
        }
      },
    );

  if (serves("notificationScan"))
    await boss.work(
      "notificationScan",
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]: Job<JobData["notificationScan"]>[]) => {
        const counts = await runDailyScan(db);
        if (counts.notifications)
          print(
            `[worker] notificationScan ${job.id}: ${counts.notifications} notification(s), ${counts.emails} e-mail(s).`,
          );
      },
    );
  if (serves("notificationDigest"))
    await boss.work(
      "notificationDigest",
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]: Job<JobData["notificationDigest"]>[]) => {
        const counts = await runDigest(db);
        if (counts.emails) print(`[worker] notificationDigest ${job.id}: ${counts.emails} digest(s).`);
      },
    );
  // Catch-up after downtime (no worker at 00:05, or a first start): the job is idempotent, so one per start is fine.
  if (options.catchUpOnStart ?? true) await boss.send("expireConventions", {});

  return {
    boss,
    async stop(timeoutMs = 30_000) {
      // Graceful: running handlers finish (an SMTP exchange in progress is not cut).
      await boss.stop({ graceful: true, timeout: timeoutMs });
      await pool.close();
      transport?.close();
    },
  };
}
