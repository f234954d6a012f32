// `npm run bench:docx`: renders the demo Aubrac convention (seed 002) as DOCX 20 times and prints the median and
// p95, then times the import of that DOCX back (mammoth + the parser) and of the convention's PDF (pdfjs + the
// parser). Not a test.
import { extractSource } from "../conventions/import/extract";
import { parseConvention } from "../conventions/import/parse";
import { loadConventionPdfData } from "../conventions/pdf-data";
import { renderConventionDocx } from "../docx/convention-docx";
import { renderConventionPdf } from "../pdf/render-convention";
import { withBenchDatabase } from "./bench-database";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

const ms = (value: number) => `${Math.round(value)} ms`;

async function main() {
  await withBenchDatabase(async (db) => {
    const convention = await db.convention.findFirstOrThrow({
      where: { territory: { siren: "200069268" }, edition: 2 },
    });
    const [loadMs, data] = await time(() => loadConventionPdfData(db, convention.id));
    await renderConventionDocx(data); // warm-up
    const render: number[] = [];
    let docx: Uint8Array = new Uint8Array(0);
    for (let i = 0; i < RUNS; i++) {
      const [elapsed, bytes] = await time(() => renderConventionDocx(data));
      render.push(elapsed);
      docx = bytes;
    }
    const imports: number[] = [];
    let articles = 0;
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      const [elapsed, parsed] = await time(async () =>
        parseConvention((await extractSource({ kind: "file", bytes: new Uint8Array(docx) })).blocks),
      );
      imports.push(elapsed);
      articles = parsed.articles.length;
    }
    const { pdf } = await renderConventionPdf(data);
    const [pdfImportMs, fromPdf] = await time(async () =>
      parseConvention((await extractSource({ kind: "file", bytes: pdf })).blocks),
    );
    const r = stats(render);
    const im = stats(imports);
    console.log(
      [
        `Aubrac convention (${data.articles.length} articles, ${data.signatureBlocks.length} signature blocks, ${data.annexes.length} annexes)`,
        `  data loaded from PostgreSQL: ${ms(loadMs)}`,
        `  DOCX render (docx + Packer.toBuffer), ${RUNS} runs: median ${ms(r.median)}, p95 ${ms(r.p95)}; ${Math.round(docx.length / 1024)} KiB`,
        `  DOCX import back (mammoth + parser), ${imports.length} runs: median ${ms(im.median)}, p95 ${ms(im.p95)}; ${articles} articles found`,
        `  PDF import (pdfjs + parser), 1 run: ${ms(pdfImportMs)}; ${fromPdf.articles.length} articles found`,
      ].join("\n"),
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
