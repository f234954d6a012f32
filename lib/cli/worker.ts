// `npm run worker`: the background-jobs worker alone (sendEmail…), against DATABASE_URL. In production run it as
// its own process (one or more: pg-boss's locking and the EmailMessage status keep each email sent once);
// `npm start` runs one as a supervised child. Stops gracefully on SIGTERM/SIGINT (a running job finishes).
import { emailEnv } from "../env";
import { JOB_NAMES, type JobName } from "../jobs/queues";
import { startWorker } from "../jobs/worker";
import { isProcessRunning } from "./processes";

function workerQueues(value: string | undefined): JobName[] | undefined {
  if (!value?.trim()) return undefined;
  const names = value.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !JOB_NAMES.includes(name as JobName));
  if (unknown.length) throw new Error(`CTG_WORKER_QUEUES: unknown queue(s) ${unknown.join(", ")}`);
  return names as JobName[];
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set (npm start sets it for the worker it runs).");
  const { SMTP_URL, EMAIL_FROM } = emailEnv();
  const worker = await startWorker({
    connectionString: databaseUrl,
    smtpUrl: SMTP_URL,
    from: EMAIL_FROM,
    // CTG_WORKER_CATCH_UP=0: no expiry run at start (end-to-end tests run a worker beside the demo data).
    catchUpOnStart: process.env.CTG_WORKER_CATCH_UP !== "0",
    // CTG_WORKER_QUEUES=renderPdf,expireConventions: only these queues (end-to-end tests: the worker that renders
    // PDFs leaves emails to the one a spec starts with its own SMTP server).
    queues: workerQueues(process.env.CTG_WORKER_QUEUES),
  });
  const smtp = SMTP_URL ? new URL(SMTP_URL) : null;
  console.log(
    `Worker started (pid ${process.pid}): e-mails ${
      smtp
        ? `sent through ${smtp.protocol}//${smtp.host}`
        : "printed here and kept in the EmailMessage table (no SMTP_URL)"
    }; signed conventions past their end date expired daily at 00:05 (Paris); notification scan at 06:30, digests hourly.`,
  );
  // Below the 10 s after which npm start's supervisor sends SIGKILL.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop(8000).catch((error) => console.error("[worker]", error));
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  // Started by `npm start`: end with it, even when it could not stop us (killed hard, or killed by tsx while
  // stopping), rather than poll a database that is gone.
  const supervisor = Number(process.env.CTG_SUPERVISOR_PID);
  if (supervisor) {
    setInterval(() => {
      if (!isProcessRunning(supervisor)) {
        console.log("Worker: npm start has ended; stopping.");
        void stop();
      }
    }, 1000).unref();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
