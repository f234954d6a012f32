// Keeps a process running for `npm start`: when it dies (crash, OOM, kill -9), it is started again after a
// back-off; after too many deaths in a short time the supervisor gives up and says why, so that `npm start` exits
// non-zero (and a process manager above it takes over) instead of hanging or looping forever.
import { spawn, type SpawnOptions } from "node:child_process";

/** One run of a supervised process. */
export type Running = {
  /** Resolves with how the run ended ("code 1", "signal SIGKILL"…), whoever ended it. */
  exited: Promise<string>;
  /** Ends the run; returns at once if it has ended already. */
  stop(): Promise<void>;
};

export type SupervisorOptions = {
  name: string;
  start: () => Promise<Running>;
  log: (line: string) => void;
  /** Called once when the process died `maxRestarts` times within `windowMs`. */
  onGiveUp: (reason: string) => void;
  maxRestarts?: number;
  windowMs?: number;
  /** Back-off before restart n (1-based); defaults to 1 s, 2 s, 4 s… capped at 10 s. */
  backoffMs?: (restart: number) => number;
};

export type Supervisor = {
  /** Resolves when the first run has started. */
  started: Promise<void>;
  /** Stops the current run and restarts no more. */
  stop(): Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function supervise(options: SupervisorOptions): Supervisor {
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.windowMs ?? 120_000;
  const backoff = options.backoffMs ?? ((n: number) => Math.min(1000 * 2 ** (n - 1), 10_000));
  let stopping = false;
  let current: Running | undefined;
  let wake: () => void = () => {};
  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const deaths: number[] = [];

  /** Records a death; answers false once there were too many. */
  const mayRestart = (how: string): boolean => {
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - windowMs) deaths.shift();
    if (deaths.length < maxRestarts) return true;
    options.onGiveUp(
      `${options.name} s'est arrêté ${deaths.length} fois en ${Math.round(windowMs / 1000)} s (dernier arrêt : ${how}) ; abandon.`,
    );
    return false;
  };

  let hasStarted = false;
  const loop = async () => {
    while (!stopping) {
      let how: string;
      try {
        current = await options.start();
        hasStarted = true;
        markStarted();
        how = await current.exited;
      } catch (error) {
        how = error instanceof Error ? error.message : String(error);
        // A first start that fails (a port in use, say) is not worth retrying: say why at once.
        if (!hasStarted) return options.onGiveUp(how);
      }
      current = undefined;
      if (stopping) return;
      if (!mayRestart(how)) return;
      const delay = backoff(deaths.length);
      options.log(`${options.name} s'est arrêté (${how}) ; redémarrage dans ${Math.round(delay / 100) / 10} s.`);
      await Promise.race([sleep(delay), new Promise<void>((resolve) => (wake = resolve))]);
    }
  };
  void loop();

  return {
    started,
    async stop() {
      stopping = true;
      wake();
      await current?.stop();
    },
  };
}

/**
 * Runs a command as a supervised child in its own process group, so that stopping it also stops what it spawned.
 * The exit is listened to from the spawn on, so a death is never missed (waiting for an `exit` event after the
 * fact is what made `npm start` hang).
 */
export function spawnRunning(command: string, args: string[], options: SpawnOptions): Running & { pid: number } {
  const child = spawn(command, args, { ...options, detached: true });
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
    child.once("error", (error) => resolve(error.message));
  });
  let ended = false;
  void exited.then(() => (ended = true));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  return {
    pid: child.pid ?? -1,
    exited,
    async stop() {
      if (ended) {
        signalGroup("SIGKILL"); // grandchildren of a child that died hard
        return;
      }
      signalGroup("SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!done) {
        signalGroup("SIGKILL");
        await exited;
      }
    },
  };
}
