// The queues the app knows, their data and their retry policy. A queue exists in pg-boss before anything is sent
// to it (ensureQueues), so adding a job means: a line in JobData, a line in QUEUES, a handler in lib/jobs/worker.ts.
import type { QueueOptions, QueuePolicy } from "pg-boss";
import { PARIS_TIME_ZONE } from "../dates";

/** The data of each job, by queue name. Keep it to ids: the row it names holds the content. */
export type JobData = {
  /** Delivers one EmailMessage row (lib/email/deliver.ts). */
  sendEmail: { emailId: string };
  /** Marks EXPIRED the signed conventions whose end date has passed (lib/conventions/expire-conventions.ts). */
  expireConventions: Record<string, never>;
  /** Renders a document's current draft PDF and stores it (lib/pdf-store/jobs.ts). */
  renderPdf: { kind: "CONVENTION" | "AVENANT" | "CONVOCATION" | "MINUTES"; documentId: string };
  /** The daily scan of due dates: reminders (lib/notifications/scan.ts). */
  notificationScan: Record<string, never>;
  /** The daily digests of the people whose digest hour it is (lib/notifications/digest.ts). */
  notificationDigest: Record<string, never>;
};

export type JobName = keyof JobData;

/** `policy` is set when the queue is created and never changes afterwards (pg-boss). */
export type QueueDefinition = QueueOptions & { notify?: boolean; policy?: QueuePolicy };

/**
 * Retries with exponential backoff (pg-boss: about retryDelay × 2^n seconds, jittered, at most retryDelayMax).
 * sendEmail: 30 s, 1 min, 2 min… up to 1 h, 8 retries (about 4 h in all) before the message is marked FAILED.
 */
export const QUEUES: Record<JobName, QueueDefinition> = {
  sendEmail: {
    retryLimit: 8,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    // An SMTP exchange is bounded by the transport's timeouts (lib/email/transport.ts), far below this.
    expireInSeconds: 300,
    deleteAfterSeconds: 7 * 24 * 3600,
    // A NOTIFY at commit wakes the workers at once instead of at their next poll.
    notify: true,
  },
  expireConventions: {
    // Idempotent: a retry or a second run changes nothing more. 1 min, 2 min, 4 min… while the database is away.
    retryLimit: 10,
    retryDelay: 60,
    retryBackoff: true,
    retryDelayMax: 3600,
    expireInSeconds: 600,
    deleteAfterSeconds: 30 * 24 * 3600,
  },
  renderPdf: {
    // One job queued and one running per document (singletonKey = the document): a burst of edits, sent with a
    // 2 s delay (lib/pdf-store/enqueue.ts), makes one job, which renders the data current when it runs.
    policy: "stately",
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 300,
    deleteAfterSeconds: 24 * 3600,
    notify: true,
  },
  notificationScan: {
    // Idempotent (dedupeKey per object and occurrence): a retry completes what a failed run left.
    retryLimit: 10,
    retryDelay: 60,
    retryBackoff: true,
    retryDelayMax: 3600,
    expireInSeconds: 1800,
    deleteAfterSeconds: 30 * 24 * 3600,
  },
  notificationDigest: {
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 1800,
    deleteAfterSeconds: 7 * 24 * 3600,
  },
};

/**
 * The daily schedules (pg-boss cron, evaluated by the workers: however many run, each occurrence creates one job).
 * expireConventions: 00:05 in Paris, so that a convention ending on a day is expired the next morning.
 */
export const SCHEDULES: { name: JobName; cron: string; tz: string }[] = [
  { name: "expireConventions", cron: "5 0 * * *", tz: PARIS_TIME_ZONE },
  // 06:30 in Paris (pg-boss evaluates the cron in that zone: the same wall-clock time across DST changes), before
  // the default digest hour (07:00) so that the day's reminders make it into the digest.
  { name: "notificationScan", cron: "30 6 * * *", tz: PARIS_TIME_ZONE },
  // Every hour on the hour: the digests of the people whose hour it is.
  { name: "notificationDigest", cron: "0 * * * *", tz: PARIS_TIME_ZONE },
];

export const JOB_NAMES = Object.keys(QUEUES) as JobName[];
