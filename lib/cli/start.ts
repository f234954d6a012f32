// `npm start`: the app on the embedded PostgreSQL (or DATABASE_URL), migrated, seeded on first run, built when
// the sources changed, served on http://localhost:PORT. Ctrl-C / SIGTERM stop the server and the database cleanly.
// `npm run dev` does the same with `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, projectRoot } from "../db/local";
import { applyMigrations } from "../db/migrate";
import { buildIfNeeded } from "./next-server";
import { DEMO_PASSWORD, demoUsers, seedDemoData } from "../../prisma/seed";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

/** AUTH_SECRET from the environment, else one generated once and kept under .data/ so sessions survive restarts. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(projectRoot, ".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const started = Date.now();
  const db = await openDatabase();
  let child: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child!.once("exit", resolve));
    }
    await db.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await applyMigrations(db.url);
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
    await seedDemoData(db.url);
    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      AUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    };
    if (!dev) buildIfNeeded(env);
    child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
      cwd: projectRoot,
      stdio: "inherit",
      env,
    });
    child.once("exit", (code) => void stop(code ?? 0));
    console.log(`
CTG is starting on http://localhost:${port}  (${db.embedded ? "embedded PostgreSQL, data in .data/pg" : "DATABASE_URL"}; ready in ${Math.round((Date.now() - started) / 1000)} s before Next.js)
Demo logins (password for all: ${DEMO_PASSWORD}):
${demoUsers.map((u) => `  ${u.email.padEnd(42)} ${u.role}`).join("\n")}
`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

void main();
