// `npm run bench:pdf`: renders seed 002's convention 20 times with @react-pdf/renderer and prints the median and
// p95, then times Chromium's page.pdf() on the convention's printable HTML view, with the ratio. Not a test.
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { PrintableConvention } from "../../components/conventions/printable-convention";
import { loadConventionPdfData } from "../conventions/pdf-data";
import { renderConventionPdf } from "../pdf/render-convention";
import { withBenchDatabase } from "./bench-database";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

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

async function main() {
  await withBenchDatabase(async (db) => {
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
    await browser.close();

    const a = stats(reactPdf);
    const b = stats(chromiumPdf);
    console.log(`Seed 002 convention (Aubrac Lot Causses Tarn), ${RUNS} runs each, after one warm-up run`);
    console.log(
      `@react-pdf/renderer (2 passes + page lookup): median ${a.median.toFixed(0)} ms, p95 ${a.p95.toFixed(0)} ms, min ${a.min.toFixed(0)} ms, max ${a.max.toFixed(0)} ms — ${pageCount} pages, ${(size / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `Chromium page.pdf() on the printable HTML:   median ${b.median.toFixed(0)} ms, p95 ${b.p95.toFixed(0)} ms, min ${b.min.toFixed(0)} ms, max ${b.max.toFixed(0)} ms — ${(chromiumSize / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `ratio react-pdf / Chromium: median ×${(a.median / b.median).toFixed(2)}, p95 ×${(a.p95 / b.p95).toFixed(2)}`,
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
