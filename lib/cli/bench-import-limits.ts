// `npm run bench:import-limits`: builds two hostile plan workbooks and reads each as the import does, printing
// the time and the process's peak extra memory (RSS, heap):
// - 1,000,000 rows in the sheet Fiches (about 11 MB, under the 20 MB upload limit);
// - a zip bomb: a 620 KB shared string entry that inflates to 600 MB, honest about its size, and the same
//   declaring 1 KB (the bytes really inflated must stop it).
// Then six of each at once, to show the process stays up. `--old` also runs exceljs's whole-workbook load, the
// reading before the limits (slow: about 16 s and +1 GB for the first file). Not a test.
import { createDeflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import { readZipDirectory, readEntry, writeZip } from "../files/zip";
import { emptyWorkbook, SHEETS } from "../fiches-action/excel-layout";
import { readWorkbook, WorkbookError } from "../fiches-action/read-workbook";

const MB = 2 ** 20;
const wanted = Object.values(SHEETS).map((s) => s.name);

/** The template's entries, with `replace` swapping some of them. */
async function templateWith(replace: Record<string, { data?: string; deflated?: Uint8Array; size?: number }>) {
  const template = new Uint8Array(await emptyWorkbook().xlsx.writeBuffer());
  const entries = readZipDirectory(template, { maxEntries: 100, maxTotalBytes: 100 * MB, maxEntryBytes: () => MB });
  const names = entries.map((e) => e.name);
  for (const name of Object.keys(replace)) if (!names.includes(name)) names.push(name);
  const out = [];
  for (const name of names) {
    const entry = entries.find((e) => e.name === name);
    out.push(replace[name] ? { name, ...replace[name] } : { name, data: await readEntry(template, entry!) });
  }
  return writeZip(out);
}

async function deflateStream(parts: Iterable<string>) {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let size = 0;
  for (const part of parts) {
    size += Buffer.byteLength(part);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { deflated: Buffer.concat(chunks), size };
}

function* millionRows(thousands = 1000) {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const header = SHEETS.fiches.columns.slice(0, 2);
  yield `<row r="1">${header.map((h, i) => `<c r="${"AB"[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
  for (let block = 0; block < thousands; block++) {
    let xml = "";
    for (let i = 0; i < 1000; i++) {
      const r = block * 1000 + i + 2;
      xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Fiche ${(r * 7919) % 1_000_003}</t></is></c></row>`;
    }
    yield xml;
  }
  yield "</sheetData></worksheet>";
}

function* bombString() {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
  const chunk = "A".repeat(MB);
  for (let i = 0; i < 600; i++) yield chunk;
  yield "</t></si></sst>";
}

type Measure = { ms: number; rss: number; heap: number; outcome: string };

async function measure(run: () => Promise<string>): Promise<Measure> {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let rss = rss0;
  let heap = heap0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const sampler = setInterval(sample, 10);
  const start = performance.now();
  const outcome = await run();
  const ms = performance.now() - start;
  clearInterval(sampler);
  sample();
  return { ms, rss: rss - rss0, heap: heap - heap0, outcome };
}

const show = (label: string, m: Measure) =>
  console.log(
    `${label.padEnd(52)} ${(m.ms / 1000).toFixed(2).padStart(6)} s  +${(m.rss / MB).toFixed(0).padStart(5)} MiB RSS  +${(m.heap / MB).toFixed(0).padStart(5)} MiB heap  ${m.outcome}`,
  );

async function bounded(file: Uint8Array) {
  try {
    const sheets = await readWorkbook(file, wanted);
    return `read (${sheets.get("Fiches")?.length ?? 0} rows in Fiches)`;
  } catch (error) {
    if (error instanceof WorkbookError) return `refused: ${error.message}`;
    throw error;
  }
}

async function whole(file: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  } catch (error) {
    return `exceljs failed: ${String(error).slice(0, 80)}`;
  }
  return `loaded whole (${workbook.getWorksheet("Fiches")?.rowCount ?? 0} rows in Fiches)`;
}

async function main() {
  const rows = await deflateStream(millionRows());
  const bomb = await deflateStream(bombString());
  const files = {
    "1,000,000 rows": await templateWith({ "xl/worksheets/sheet1.xml": rows }),
    "1,000,000 rows declaring 1 KB": await templateWith({
      "xl/worksheets/sheet1.xml": { deflated: rows.deflated, size: 1024 },
    }),
    "300,000 rows within the size bounds": await templateWith({
      "xl/worksheets/sheet1.xml": await deflateStream(millionRows(300)),
    }),
    "600 MB shared string": await templateWith({ "xl/sharedStrings.xml": bomb }),
    "600 MB shared string declaring 1 KB": await templateWith({
      "xl/sharedStrings.xml": { deflated: bomb.deflated, size: 1024 },
    }),
  };
  console.log(
    Object.entries(files)
      .map(([name, file]) => `${name}: ${(file.length / MB).toFixed(1)} MiB file`)
      .join("; "),
  );
  console.log(
    `(sheet XML ${(rows.size / MB).toFixed(0)} MiB inflated; shared strings ${(bomb.size / MB).toFixed(0)} MiB inflated)`,
  );
  for (const [name, file] of Object.entries(files)) show(`bounded read, ${name}`, await measure(() => bounded(file)));
  for (const [name, file] of Object.entries(files))
    show(
      `6 at once, ${name}`,
      await measure(async () => (await Promise.all(Array.from({ length: 6 }, () => bounded(file))))[0]),
    );
  if (process.argv.includes("--old"))
    for (const [name, file] of Object.entries(files).filter(([name]) => !name.includes("declaring")))
      show(`old whole load, ${name}`, await measure(() => whole(file)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
