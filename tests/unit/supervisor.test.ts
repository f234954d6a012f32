import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isProcessRunning } from "@/lib/cli/processes";
import { spawnRunning, supervise, type Running } from "@/lib/cli/supervisor";

/** A run that ends when told to, as a crashing process would. */
function fakeRun() {
  let end: (how: string) => void = () => {};
  const exited = new Promise<string>((resolve) => (end = resolve));
  const run: Running = { exited, stop: async () => end("stopped") };
  return { run, crash: (how = "signal SIGKILL") => end(how) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("supervise", () => {
  it("restarts a process that dies, and gives up with the reason after too many deaths", async () => {
    const runs: ReturnType<typeof fakeRun>[] = [];
    const reasons: string[] = [];
    const supervisor = supervise({
      name: "Next.js",
      start: async () => {
        const run = fakeRun();
        runs.push(run);
        return run.run;
      },
      log: () => {},
      onGiveUp: (reason) => reasons.push(reason),
      maxRestarts: 3,
      backoffMs: () => 1,
    });
    await supervisor.started;
    expect(runs).toHaveLength(1);
    runs[0].crash();
    await tick();
    expect(runs).toHaveLength(2);
    runs[1].crash();
    await tick();
    expect(runs).toHaveLength(3);
    expect(reasons).toEqual([]);
    runs[2].crash("code 137");
    await tick();
    expect(runs).toHaveLength(3); // no fourth start
    expect(reasons).toEqual(["Next.js s'est arrêté 3 fois en 120 s (dernier arrêt : code 137) ; abandon."]);
  });

  it("does not retry a first start that fails, and says why", async () => {
    const reasons: string[] = [];
    let starts = 0;
    supervise({
      name: "PostgreSQL",
      start: async () => {
        starts++;
        throw new Error("port 54329 occupé");
      },
      log: () => {},
      onGiveUp: (reason) => reasons.push(reason),
    });
    await tick();
    expect(starts).toBe(1);
    expect(reasons).toEqual(["port 54329 occupé"]);
  });

  it("stops the current run and starts no other", async () => {
    const runs: ReturnType<typeof fakeRun>[] = [];
    const supervisor = supervise({
      name: "Next.js",
      start: async () => {
        const run = fakeRun();
        runs.push(run);
        return run.run;
      },
      log: () => {},
      onGiveUp: () => {},
      backoffMs: () => 1,
    });
    await supervisor.started;
    await supervisor.stop();
    await tick();
    expect(runs).toHaveLength(1);
    expect(await runs[0].run.exited).toBe("stopped");
  });
});

describe("spawnRunning", () => {
  it("reports a kill -9 however late it is awaited, and stop() then returns at once", async () => {
    const running = spawnRunning(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    process.kill(running.pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 200)); // the exit happened before anyone waited for it
    expect(await running.exited).toBe("signal SIGKILL");
    await running.stop();
  });

  it("stops the whole process group", async () => {
    // The child spawns a grandchild and writes its pid; stopping the child must not leave the grandchild running.
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), "ctg-sup-")), "grandchild.pid");
    const script = `const c = require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" }); require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000);`;
    const running = spawnRunning(process.execPath, ["-e", script], { stdio: "ignore" });
    while (!existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 50));
    const grandchild = Number(readFileSync(pidFile, "utf8"));
    expect(isProcessRunning(grandchild)).toBe(true);
    await running.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isProcessRunning(grandchild)).toBe(false);
  });
});
