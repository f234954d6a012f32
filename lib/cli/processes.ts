// Whether a process is still running, by pid. Used to recognise what a crashed run left behind.
import { readFileSync } from "node:fs";

/**
 * Running, and not a zombie: a process killed hard whose parent died too may stay a zombie when nothing reaps it
 * (PID 1 of a container, say); it still answers `kill(pid, 0)` but holds nothing.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true; // no /proc here: trust kill(pid, 0)
  }
}
