// `npm run test:e2e:stress`: the end-to-end suite, several times in a row, beside busy loops that keep every core
// at 100 % (one per core by default), to show that the suite waits for states and not for time. Prints each run's
// result and duration; exits non-zero if any run failed.
//   npm run test:e2e:stress -- [--runs 3] [--loops N] [spec filter…]
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";
import { projectRoot } from "../db/local";

const args = process.argv.slice(2);
function take(flag: string, fallback: number): number {
  const index = args.indexOf(flag);
  if (index < 0) return fallback;
  const [, value] = args.splice(index, 2);
  return Number(value);
}
const runs = take("--runs", 3);
const loops = take("--loops", os.availableParallelism());

function busyLoop(): ChildProcess {
  return spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
}

const busy = Array.from({ length: loops }, busyLoop);
const stopBusy = () => busy.forEach((child) => child.kill("SIGKILL"));
process.on("exit", stopBusy);
process.on("SIGINT", () => process.exit(130));

const results: { run: number; status: number | null; seconds: number; summary: string }[] = [];
console.log(`${loops} busy loop(s) on ${os.availableParallelism()} core(s); ${runs} run(s) of the e2e suite.`);
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const result = spawnSync("npm", ["run", "test:e2e", "--", ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  process.stdout.write(result.stdout);
  const summary = result.stdout.trim().split("\n").at(-1) ?? "";
  results.push({ run, status: result.status, seconds: Math.round((Date.now() - started) / 1000), summary });
}
stopBusy();
console.log("\nUnder CPU stress:");
for (const r of results) console.log(`  run ${r.run}: ${r.summary} in ${r.seconds} s (exit ${r.status})`);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
