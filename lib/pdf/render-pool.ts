// A small pool of worker threads that render PDFs (lib/pdf/render-thread.mjs): a react-pdf rendering holds its
// thread for about a second in long stretches, so it never runs on the event loop of the process that asked for it
// (the worker's job loop, or the web server when a convention is signed). Threads start at first use, one task at
// a time each, and no longer keep the process alive when idle.
import path from "node:path";
import type { Worker as WorkerType } from "node:worker_threads";
import type { RenderInput } from "../pdf-store/version";

// Taken from the running Node rather than imported: Next's bundler follows `new Worker(…)` of node:worker_threads
// and tries to bundle the thread's entry (and tsx with it). The thread is plain Node, outside any bundle.
const { Worker } = process.getBuiltinModule("node:worker_threads") as typeof import("node:worker_threads");

type Task = {
  id: number;
  input: RenderInput;
  resolve(pdf: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
};
type Thread = { worker: WorkerType; ready: Promise<void>; task: Task | null };

// A path on disk (not `new URL(..., import.meta.url)`, which Next would try to bundle): the project root is the
// working directory of every process that renders (npm start, npm run worker, the tests).
const THREAD_ENTRY = path.join(process.cwd(), "lib/pdf/render-thread.mjs");

export class RenderPool {
  private threads: Thread[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size = Math.max(1, Number(process.env.PDF_RENDER_THREADS ?? 1))) {}

  render(input: RenderInput): Promise<Uint8Array<ArrayBuffer>> {
    if (this.closed) return Promise.reject(new Error("The PDF render pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every thread (running tasks fail). */
  async close(): Promise<void> {
    this.closed = true;
    const threads = this.threads;
    this.threads = [];
    for (const task of this.queue.splice(0)) task.reject(new Error("The PDF render pool is closed"));
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private dispatch() {
    while (this.queue.length) {
      let thread = this.threads.find((t) => !t.task);
      if (!thread && this.threads.length < this.size) thread = this.spawn();
      if (!thread) return;
      const task = this.queue.shift()!;
      thread.task = task;
      thread.worker.ref();
      const running = thread;
      void running.ready.then(() => running.worker.postMessage({ id: task.id, input: task.input }));
    }
  }

  private spawn(): Thread {
    // No inherited execArgv: the worker process runs under --conditions=react-server, where React's server build
    // cannot drive react-pdf's reconciler; the thread's entry registers tsx itself.
    const worker = new Worker(THREAD_ENTRY, { env: process.env, execArgv: [] });
    let markReady!: () => void;
    const thread: Thread = { worker, ready: new Promise((resolve) => (markReady = resolve)), task: null };
    worker.on("message", (message: { ready?: true; id?: number; pdf?: Uint8Array<ArrayBuffer>; error?: string }) => {
      if (message.ready) return markReady();
      const task = thread.task;
      if (!task || task.id !== message.id) return;
      thread.task = null;
      worker.unref();
      if (message.error !== undefined) task.reject(new Error(`PDF rendering failed: ${message.error}`));
      else
        task.resolve(
          new Uint8Array(message.pdf!.buffer as ArrayBuffer, message.pdf!.byteOffset, message.pdf!.byteLength),
        );
      this.dispatch();
    });
    const fail = (error: Error) => {
      this.threads = this.threads.filter((t) => t !== thread);
      thread.task?.reject(error);
      thread.task = null;
      if (!this.closed) this.dispatch();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`PDF render thread exited (code ${code})`)));
    this.threads.push(thread);
    return thread;
  }
}

const globalForPool = globalThis as unknown as { ctgRenderPool?: RenderPool };

/** The render pool of this process, created at first use. */
export function getRenderPool(): RenderPool {
  return (globalForPool.ctgRenderPool ??= new RenderPool());
}

export async function closeRenderPool(): Promise<void> {
  const pool = globalForPool.ctgRenderPool;
  globalForPool.ctgRenderPool = undefined;
  await pool?.close();
}
