// The production server for benchmarks: `next build` when .next/BUILD_ID is missing or older than the sources
// (the rule of lib/cli/start.ts), then the production server (lib/cli/serve.ts) on a free loopback port, stopped cleanly afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { projectRoot } from "../db/local";

const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

/**
 * Newest modification time of what goes into the build. Same walk as lib/cli/start.ts, except that lib/cli/
 * (the npm scripts, not part of the application) does not count: editing a script must not force a rebuild.
 */
function newestSourceChange(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (full === path.join(projectRoot, "lib/cli")) continue;
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public"]) walk(path.join(projectRoot, dir));
  for (const file of ["next.config.mjs", "package.json", "postcss.config.mjs", "proxy.ts"]) {
    const full = path.join(projectRoot, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the application unless the last build is newer than every source. Returns whether it built. */
export function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void = console.log): boolean {
  const buildId = path.join(projectRoot, ".next/BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceChange()) return false;
  log("Building the application (next build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: projectRoot, stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build failed");
  return true;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type NextServer = {
  url: string;
  /** The last lines the server printed (errors logged by the app end up here). */
  output(): string[];
  stop(): Promise<void>;
};

/**
 * `next start` on a free port of 127.0.0.1; resolves once the server answers HTTP. `onLine` sees every line the
 * server prints, with its stream (the fuzzer reads them all; `output()` keeps only the last 200).
 */
export async function startNextServer(
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
  onLine?: (line: string, stream: "stdout" | "stderr") => void,
): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const serve = ["--import", "tsx", path.join(projectRoot, "lib/cli/serve.ts"), "-p", String(port), "-H", "127.0.0.1"];
  const child: ChildProcess = spawn(process.execPath, serve, {
    cwd: projectRoot,
    env: { ...env, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (stream: "stdout" | "stderr") => {
    let partial = "";
    return (chunk: Buffer) => {
      const parts = (partial + chunk.toString("utf8")).split("\n");
      partial = parts.pop() ?? "";
      const complete = parts.filter(Boolean);
      lines.push(...complete);
      if (lines.length > 200) lines.splice(0, lines.length - 200);
      if (onLine) for (const line of complete) onLine(line, stream);
    };
  };
  child.stdout!.on("data", keep("stdout"));
  child.stderr!.on("data", keep("stderr"));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start exited with code ${child.exitCode}:\n${lines.slice(-20).join("\n")}`);
    try {
      const response = await fetch(`${url}/api/auth/csrf`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within ${timeoutMs / 1000} s:\n${lines.slice(-20).join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => [...lines], stop };
}
