// An in-process stand-in of the Cnaf's open-data portal (Opendatasoft Explore API v2.1): serves the sample files of
// prisma/seed/open-data as `GET /api/explore/v2.1/catalog/datasets/<id>/exports/json?where=<col> IN ("…")`, filtered
// on the `where` clause, the way the portal answers (an array of objects with field names and numbers).
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseCsv, parseNumber } from "../../lib/diagnostic/parse";

const SAMPLE = "prisma/seed/open-data";

function rowsOf(datasetId: string): Record<string, unknown>[] | null {
  const csv = path.join(SAMPLE, `${datasetId}.csv`);
  const json = path.join(SAMPLE, `${datasetId}.json`);
  try {
    const data = JSON.parse(readFileSync(json, "utf8")) as unknown;
    return Array.isArray(data) ? data : (data as { results: Record<string, unknown>[] }).results;
  } catch {
    // Not a JSON sample: the CSV one.
  }
  try {
    const [header, ...records] = parseCsv(readFileSync(csv, "utf8").replace(/^\uFEFF/, ""));
    return records.map(({ fields }) =>
      Object.fromEntries(
        header.fields.map((name, i) => {
          const raw = fields[i];
          const key = name === "annee" || name.startsWith("num") || name.startsWith("nom") || name === "dtreffre";
          return [name, key ? raw : raw === "" ? null : parseNumber(raw)];
        }),
      ),
    );
  } catch {
    return null;
  }
}

export type PortalStub = { url: string; requests: string[]; close(): Promise<void> };

/** `mode: "slow"` never answers (for timeouts); `"error"` answers 503. */
export async function startPortalStub(mode: "ok" | "slow" | "error" = "ok"): Promise<PortalStub> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (mode === "slow") return; // the socket stays open until close()
    if (mode === "error") {
      res.writeHead(503).end("Service indisponible");
      return;
    }
    const url = new URL(req.url ?? "/", "http://portal");
    const match = /^\/api\/explore\/v2\.1\/catalog\/datasets\/([^/]+)\/exports\/json$/.exec(url.pathname);
    const rows = match ? rowsOf(decodeURIComponent(match[1])) : null;
    if (!rows) {
      res.writeHead(404, { "Content-Type": "application/json" }).end('{"error_code":"DatasetNotFound"}');
      return;
    }
    const where = url.searchParams.get("where");
    const filter = where ? /^(\w+) IN \((.*)\)$/.exec(where) : null;
    const codes = filter ? new Set([...filter[2].matchAll(/"([^"]*)"/g)].map((m) => m[1])) : null;
    const kept = filter && codes ? rows.filter((r) => codes.has(String(r[filter[1]]))) : rows;
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(kept));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
