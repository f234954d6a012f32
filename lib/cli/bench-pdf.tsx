// `npm run bench:pdf`: renders seed 002's convention 20 times with @react-pdf/renderer (one pass) and prints the
// median and p95, then times Chromium's page.pdf() (and its whole path: setContent + pdf) on the convention's
// printable HTML view; then, against a production server (next start, built when needed) and a worker on the same
// database: the download latency of the stored draft through the real route (HTTP, logged in), and the longest
// event-loop stall of the web process (monitorEventLoopDelay inside it, CTG_EVENT_LOOP_REPORT) while concurrent
// downloads of stale documents make the worker render them. Not a test.
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { PrintableConvention } from "../../components/conventions/printable-convention";
import { loadConventionPdfData } from "../conventions/pdf-data";
import { renderConventionPdf } from "../pdf/render-convention";
import { spawn } from "node:child_process";
import { installJobs, stopJobSender } from "../jobs/boss";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { withBenchDatabase } from "./bench-database";
import { buildIfNeeded, startNextServer } from "./next-server";
import { cookieHeader, login, type Cookies } from "./http-session";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DOWNLOADS = Number(process.env.BENCH_DOWNLOADS ?? 100);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted.at(-1)! };
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

async function download(base: string, path: string, cookies: Cookies) {
  const response = await fetch(base + path, { headers: { Cookie: cookieHeader(cookies) } });
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200 || !new TextDecoder().decode(body.slice(0, 5)).startsWith("%PDF")) {
    throw new Error(`${path}: HTTP ${response.status} ${new TextDecoder().decode(body.slice(0, 200))}`);
  }
  return body;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main() {
  await withBenchDatabase(async (db, databaseUrl) => {
    const convention = await db.convention.findFirstOrThrow({
      where: { territory: { siren: "200069268" }, edition: 2 },
    });
    const data = await loadConventionPdfData(db, convention.id);

    await renderConventionPdf(data); // warm-up: fonts, hyphenation patterns, JIT
    const reactPdf: number[] = [];
    let pageCount = 0;
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const [ms, { pdf }] = await time(() => renderConventionPdf(data));
      reactPdf.push(ms);
      size = pdf.length;
      pageCount = (new TextDecoder("latin1").decode(pdf).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }

    const renderRss = process.resourceUsage().maxRSS * 1024;

    const executablePath =
      process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
    const browser = await chromium.launch({
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    });
    const page = await browser.newPage();
    const css = `body{font-family:system-ui,sans-serif;font-size:11pt;line-height:1.4;color:#111}.text-center{text-align:center}.font-bold{font-weight:700}
      .grid{display:grid;grid-template-columns:1fr 1fr;gap:2rem}.prose-convention ul{list-style:disc;padding-left:1.5rem}.prose-convention ol{padding-left:1.5rem}
      h1{font-size:20pt}h2{font-size:13pt;break-after:avoid}.mt-8{margin-top:2rem}.mt-6{margin-top:1.5rem}`;
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${css}</style></head><body>${renderToStaticMarkup(<PrintableConvention data={data} />)}</body></html>`;
    await page.setContent(html);
    await page.pdf({ format: "A4" }); // warm-up
    const chromiumPdf: number[] = [];
    let chromiumSize = 0;
    for (let i = 0; i < RUNS; i++) {
      const [ms, pdf] = await time(() =>
        page.pdf({
          format: "A4",
          margin: { top: "2cm", bottom: "2cm", left: "2cm", right: "2cm" },
          displayHeaderFooter: true,
          footerTemplate:
            '<div style="font-size:8pt;width:100%;text-align:right;padding-right:2cm">page <span class="pageNumber"></span> / <span class="totalPages"></span></div>',
          headerTemplate: "<span></span>",
        }),
      );
      chromiumPdf.push(ms);
      chromiumSize = pdf.length;
    }
    // The whole Chromium path of a download: a fresh page, the HTML set, the PDF printed.
    const chromiumFull: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [ms] = await time(async () => {
        const fresh = await browser.newPage();
        await fresh.setContent(html);
        const pdf = await fresh.pdf({ format: "A4", margin: { top: "2cm", bottom: "2cm", left: "2cm", right: "2cm" } });
        await fresh.close();
        return pdf;
      });
      chromiumFull.push(ms);
    }
    await browser.close();

    // ── Stored drafts, through the real route of a production server, rendered by a worker. ──
    process.env.DATABASE_URL = databaseUrl; // this process's job sender (pg-boss)
    await installJobs(databaseUrl);
    buildIfNeeded(process.env);
    // The worker as in production: its own process (npm run worker), rendering in its thread pool.
    const worker = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/worker.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      worker.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
      worker.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Worker started") && resolve());
    });
    worker.stdout!.resume();
    const loop: { max: number; rss: number }[] = [];
    const server = await startNextServer(
      {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
        CTG_EVENT_LOOP_REPORT: "1",
      },
      120_000,
      (line) => {
        const match = line.match(/\[event-loop\] max ([\d.]+) ms, peak rss (\d+) MiB/);
        if (match) loop.push({ max: Number(match[1]), rss: Number(match[2]) });
      },
    );
    let downloads: ReturnType<typeof stats>;
    let stall: number;
    let baselineStall: number;
    let webRss: number;
    let concurrent = 0;
    let concurrentMs = 0;
    try {
      const territory = await db.territory.findUniqueOrThrow({ where: { id: convention.territoryId } });
      const cookies = await login(server.url, "cooperation@ccss-lozere.demo.fr", DEMO_PASSWORD);
      const conventionPath = `/territoires/${territory.slug}/conventions/${convention.id}/pdf`;
      await download(server.url, conventionPath, cookies); // waits for the worker's first rendering
      for (let i = 0; i < 5; i++) await download(server.url, conventionPath, cookies); // warm-up
      const latencies: number[] = [];
      for (let i = 0; i < DOWNLOADS; i++) {
        const [ms] = await time(() => download(server.url, conventionPath, cookies));
        latencies.push(ms);
      }
      downloads = stats(latencies);

      // Event-loop stall of the web process: a quiet window, then concurrent downloads of stale documents (every
      // meeting's convocation and minutes of the seed, and the convention after a change), which the worker renders.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const quietFrom = loop.length;
      await new Promise((resolve) => setTimeout(resolve, 3000));
      baselineStall = Math.max(...loop.slice(quietFrom).map((l) => l.max));
      await db.convention.update({ where: { id: convention.id }, data: { place: "La Canourgue (bench)" } });
      const meetings = await db.meeting.findMany({ where: { territoryId: territory.id }, select: { id: true } });
      const paths = [
        conventionPath,
        ...meetings.flatMap((m) => [
          `/territoires/${territory.slug}/reunions/${m.id}/convocation`,
          `/territoires/${territory.slug}/reunions/${m.id}/compte-rendu`,
        ]),
      ];
      concurrent = paths.length;
      const from = loop.length;
      [concurrentMs] = await time(() => Promise.all(paths.map((path) => download(server.url, path, cookies))));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stall = Math.max(...loop.slice(from).map((l) => l.max));
      webRss = Math.max(...loop.map((l) => l.rss));
    } catch (error) {
      console.error(server.output().slice(-20).join("\n"));
      throw error;
    } finally {
      await server.stop();
      worker.kill("SIGTERM");
      await stopJobSender();
    }

    const a = stats(reactPdf);
    const b = stats(chromiumPdf);
    const c = stats(chromiumFull);
    console.log(`Seed 002 convention (Aubrac Lot Causses Tarn), ${RUNS} runs each, after one warm-up run`);
    console.log(
      `@react-pdf/renderer (one pass):             median ${a.median.toFixed(0)} ms, p95 ${a.p95.toFixed(0)} ms, min ${a.min.toFixed(0)} ms, max ${a.max.toFixed(0)} ms — ${pageCount} pages, ${(size / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `Chromium page.pdf() on the printable HTML:   median ${b.median.toFixed(0)} ms, p95 ${b.p95.toFixed(0)} ms, min ${b.min.toFixed(0)} ms, max ${b.max.toFixed(0)} ms — ${(chromiumSize / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `Chromium full path (new page, setContent, pdf): median ${c.median.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms`,
    );
    console.log(
      `ratio react-pdf / Chromium page.pdf(): median ×${(a.median / b.median).toFixed(2)}, p95 ×${(a.p95 / b.p95).toFixed(2)}`,
    );
    console.log(
      `Stored draft download (GET …/pdf on next start, logged in, ${DOWNLOADS} sequential requests): median ${downloads.median.toFixed(1)} ms, p95 ${downloads.p95.toFixed(1)} ms, max ${downloads.max.toFixed(1)} ms — p95 / Chromium page.pdf() p95 = ${(downloads.p95 / b.p95).toFixed(2)}`,
    );
    console.log(
      `Web process event loop: longest stall ${stall.toFixed(1)} ms during ${concurrent} concurrent downloads of stale documents rendered by the worker (${concurrentMs.toFixed(0)} ms for all); ${baselineStall.toFixed(1)} ms when idle`,
    );
    console.log(`Peak RSS: bench process after the react-pdf runs ${mib(renderRss)}; web process ${webRss} MiB`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
