// Starts the background-jobs worker (draft PDFs are rendered there: downloads wait for it) and logs every demo
// user in once, keeping the session cookies for the specs. The teardown stops the worker.
import { request, type FullConfig } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { apiLogin, authDir, demoUsers, storageStateOf } from "./support";

/** The worker's environment: without SMTP_URL, and without Playwright's NODE_OPTIONS (its own module loader). */
function workerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SMTP_URL: _smtp, NODE_OPTIONS: _options, ...rest } = env;
  return rest;
}

async function startWorker() {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/worker.ts"], {
    // Draft PDFs only: e-mails stay queued in their table (the specs read them there), except in a spec that starts
    // its own worker with an SMTP server (tests/e2e/notifications.spec.ts), which must be the one to send them.
    env: {
      ...workerEnv(process.env),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      CTG_WORKER_QUEUES: "renderPdf",
      CTG_WORKER_CATCH_UP: "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The worker did not start within 60 s")), 60_000);
    child.once("exit", (code) => reject(new Error(`The worker exited (code ${code})`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Worker started")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.stdout!.resume();
  return child;
}

export default async function globalSetup(config: FullConfig) {
  const worker = await startWorker();
  mkdirSync(authDir, { recursive: true });
  const baseURL = config.projects[0].use.baseURL;
  for (const user of demoUsers) {
    const context = await request.newContext({ baseURL });
    const response = await apiLogin(context, user.email);
    if (response.status() >= 400) throw new Error(`Login failed for ${user.email}: ${response.status()}`);
    await context.storageState({ path: storageStateOf(user.email) });
    await context.dispose();
  }
  return async () => {
    if (worker.exitCode !== null) return;
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    worker.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (worker.exitCode === null) worker.kill("SIGKILL");
  };
}
