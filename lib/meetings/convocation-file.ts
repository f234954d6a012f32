// The convocation PDF of a meeting as bytes, for emails. The ONE place that answers "the convocation's file": today
// rendered from the current data (the same document as the download route); it can later read a stored PDF.
//
// The data is read here; the rendering runs in a child process (lib/pdf/render-convocation-child.tsx) because the
// worker runs under `--conditions=react-server`, whose React cannot drive @react-pdf/renderer. The last few
// renderings are kept by their data's hash: every invited member of a meeting gets the same file, rendered once.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import type { PrismaClient } from "../db/generated/client";
import type { MeetingPdfData } from "../pdf/steering-documents";
import { meetingPdfData } from "./pdf-data";
import { getMeeting } from "./queries";

const root = path.resolve(import.meta.dirname, "../..");
const cache = new Map<string, Promise<Uint8Array>>();
const CACHE_SIZE = 20;

function renderInChild(data: MeetingPdfData): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/pdf/render-convocation-child.tsx"], {
      cwd: root,
      // The child must not inherit the react-server condition (NODE_OPTIONS) of its parent.
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const bytes = Buffer.concat(out);
      if (code === 0 && bytes.subarray(0, 5).toString() === "%PDF-") resolve(new Uint8Array(bytes));
      else reject(new Error(`convocation PDF: exit ${code}: ${Buffer.concat(err).toString().slice(-500)}`));
    });
    child.stdin.end(JSON.stringify(data));
  });
}

export async function convocationFile(
  db: PrismaClient,
  meetingId: string,
): Promise<{ filename: string; bytes: Uint8Array } | null> {
  const found = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      territory: { select: { id: true, caisseId: true, slug: true, name: true, caisse: { select: { name: true } } } },
    },
  });
  if (!found) return null;
  const { caisse, ...territory } = found.territory;
  // The worker reads on behalf of the platform: a scope of the meeting's own territory.
  const meeting = await getMeeting(db, { territory, roles: [], can: () => false }, meetingId);
  const data = meetingPdfData(meeting, { caisseName: caisse.name, territoryName: territory.name });
  const key = createHash("sha256").update(JSON.stringify(data)).digest("hex");
  let rendering = cache.get(key);
  if (!rendering) {
    rendering = renderInChild(data);
    cache.set(key, rendering);
    rendering.catch(() => cache.delete(key));
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  const day = meeting.startsAt.toISOString().slice(0, 10);
  return { filename: `convocation-${meeting.kind.toLowerCase()}-${day}.pdf`, bytes: await rendering };
}
