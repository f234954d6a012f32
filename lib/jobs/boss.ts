// pg-boss (PostgreSQL job queue, schema "pgboss") for this app: its installation, the one sending instance of a
// process, and `enqueue`, which writes the job in the caller's Prisma transaction (outbox semantics: the job
// exists if and only if the change that caused it committed).
import { fromPrisma, PgBoss, type SendOptions } from "pg-boss";
import type { Tx } from "../db/client";
import { JOB_NAMES, QUEUES, type JobData, type JobName, type QueueDefinition } from "./queues";

export const BOSS_SCHEMA = "pgboss";

export type QueueOverrides = Partial<Record<JobName, Partial<QueueDefinition>>>;

export function createBoss(
  connectionString: string,
  options: { role: "worker" | "sender" | "installer"; max?: number; applicationName?: string },
): PgBoss {
  const worker = options.role === "worker";
  const boss = new PgBoss({
    connectionString,
    schema: BOSS_SCHEMA,
    application_name: options.applicationName ?? `ctg-${options.role}`,
    max: options.max ?? (worker ? 4 : 2),
    // Only installers and workers upgrade pg-boss's schema; web instances never race on it.
    migrate: options.role !== "sender",
    // Maintenance (expiry, retention) and cron run in workers only.
    supervise: worker,
    schedule: worker,
    useListenNotify: worker,
  });
  // One line per error: while PostgreSQL restarts or stops, every poll fails until it is back.
  boss.on("error", (error) => {
    const message = (error as { message?: unknown } | null)?.message;
    console.error(`[jobs] ${typeof message === "string" ? message : JSON.stringify(error)}`);
  });
  return boss;
}

/**
 * Creates the queues the app knows; with `update`, also applies their current options (createQueue keeps the
 * options of an existing queue). The policy of an existing queue never changes.
 */
export async function ensureQueues(boss: PgBoss, { update = false, overrides = {} as QueueOverrides } = {}) {
  for (const name of JOB_NAMES) {
    const options = { ...QUEUES[name], ...overrides[name] };
    await boss.createQueue(name, options);
    const { policy: _policy, ...updatable } = options;
    if (update) await boss.updateQueue(name, updatable);
  }
}

/** Installs or upgrades pg-boss's schema and creates the queues: at start and with the Prisma migrations. */
export async function installJobs(connectionString: string, overrides?: QueueOverrides): Promise<void> {
  const boss = createBoss(connectionString, { role: "installer", max: 1 });
  await boss.start();
  try {
    await ensureQueues(boss, { update: true, overrides });
  } finally {
    await boss.stop({ graceful: false, timeout: 1000 });
  }
}

const globalForBoss = globalThis as unknown as { ctgJobSender?: Promise<PgBoss> };

/** The sending instance of this process (DATABASE_URL), started at first use. */
export function getJobSender(): Promise<PgBoss> {
  if (!globalForBoss.ctgJobSender) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const starting = (async () => {
      const boss = createBoss(url, { role: "sender" });
      await boss.start();
      await ensureQueues(boss);
      return boss;
    })();
    globalForBoss.ctgJobSender = starting;
    starting.catch(() => (globalForBoss.ctgJobSender = undefined));
  }
  return globalForBoss.ctgJobSender;
}

/** Stops this process's sending instance, if any (tests, scripts). */
export async function stopJobSender(): Promise<void> {
  const starting = globalForBoss.ctgJobSender;
  globalForBoss.ctgJobSender = undefined;
  if (starting) await (await starting).stop({ graceful: false, timeout: 1000 }).catch(() => undefined);
}

/**
 * Sends a job inside `tx`, the caller's interactive transaction: it is created when that transaction commits and
 * vanishes when it rolls back. Answers the job id (null when pg-boss deduplicated it, e.g. same `id`).
 */
export async function enqueue<N extends JobName>(
  tx: Tx,
  name: N,
  data: JobData[N],
  options: Omit<SendOptions, "db"> = {},
): Promise<string | null> {
  const boss = await getJobSender();
  return boss.send(name, data, { ...options, db: fromPrisma(tx) });
}
