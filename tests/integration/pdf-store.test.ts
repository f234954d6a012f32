// Stored draft PDFs through the real queue: a write sends a debounced renderPdf job in its transaction, the worker
// renders it in its thread pool and stores it under the data's version; a download waits for the current version.
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { auditFor } from "../../lib/audit/record";
import { stopJobSender } from "../../lib/jobs/boss";
import { startWorker, type Worker } from "../../lib/jobs/worker";
import { extractPageTexts } from "../../lib/pdf/extract-text";
import { loadRenderInput } from "../../lib/pdf-store/documents";
import { currentDraftPdf } from "../../lib/pdf-store/download";
import { findStoredPdf, storePdf } from "../../lib/pdf-store/store";
import type { TerritoryScope } from "../../lib/auth/scope";
import { createModelConvention } from "../helpers/conventions";
import { requireTestDatabase } from "../helpers/db";
import { createTenants } from "../helpers/factories";

const db = requireTestDatabase();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let worker: Worker | null = null;

afterAll(async () => {
  await worker?.stop(5000);
  await stopJobSender();
});

type Territory = { id: string; caisseId: string; slug: string; name: string };
const scopeOf = (territory: Territory): TerritoryScope => ({ territory, roles: [], can: () => true });

/** A write as every operation makes one: the change and its audit event in one transaction. */
async function retitle(actor: Actor, territory: Territory, conventionId: string, title: string, rollback = false) {
  await db
    .$transaction(async (tx) => {
      await tx.convention.update({ where: { id: conventionId }, data: { title } });
      await auditFor(tx, actor, { territory })("Convention", conventionId, "convention.update", {
        title: { old: null, new: title },
      });
      if (rollback) throw new Error("rolled back");
    })
    .catch((error: Error) => {
      if (!rollback || error.message !== "rolled back") throw error;
    });
}

const renderJobs = (conventionId: string, since: Date) =>
  db.$queryRaw<{ state: string; start_after: Date; created_on: Date }[]>`
    SELECT state::text, start_after, created_on FROM pgboss.job
    WHERE name = 'renderPdf' AND singleton_key = ${`CONVENTION:${conventionId}`} AND created_on >= ${since}`;

const textOf = async (pdf: Uint8Array) => (await extractPageTexts(pdf)).join("\n").replace(/\s+/g, " ");

describe("stored draft PDFs", () => {
  it("a rolled-back change queues nothing; a burst of changes queues one job, delayed", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const convention = await createModelConvention(db, officer, territoryA);
    await sleep(50);
    const since = new Date((await db.$queryRaw<{ now: Date }[]>`SELECT now()`)[0].now);

    await retitle(officer, territoryA, convention.id, "Titre abandonné", true);
    expect(await renderJobs(convention.id, since)).toEqual([]);

    // The creation's own job is still waiting out its delay: the burst joins it (one queued job per document).
    for (const title of ["Titre 1", "Titre 2", "Titre 3"]) await retitle(officer, territoryA, convention.id, title);
    const all = await db.$queryRaw<{ state: string; start_after: Date; created_on: Date }[]>`
      SELECT state::text, start_after, created_on FROM pgboss.job
      WHERE name = 'renderPdf' AND singleton_key = ${`CONVENTION:${convention.id}`} AND state IN ('created', 'retry')`;
    expect(all).toHaveLength(1);
    expect(all[0].start_after.getTime()).toBeGreaterThan(all[0].created_on.getTime() + 1500);
  }, 60_000);

  it("the worker stores the current version; a download of a stale version waits, then gets the new bytes", async () => {
    const { territoryA, actors } = await createTenants(db);
    const officer = actors.COOPERATION_OFFICER;
    const convention = await createModelConvention(db, officer, territoryA);
    const document = { kind: "CONVENTION" as const, documentId: convention.id };
    await retitle(officer, territoryA, convention.id, "Convention rendue par le worker");
    worker = await startWorker({ name: "pdf", pollingIntervalSeconds: 0.5, catchUpOnStart: false, print: () => {} });

    const first = (await loadRenderInput(db, document))!;
    const deadline = Date.now() + 90_000;
    let stored = await findStoredPdf(db, "CONVENTION", convention.id, first.version);
    while (!stored && Date.now() < deadline) {
      await sleep(250);
      stored = await findStoredPdf(db, "CONVENTION", convention.id, first.version);
    }
    expect(stored, "stored by the worker").not.toBeNull();
    expect(await textOf(stored!.bytes)).toContain("CONVENTION RENDUE PAR LE WORKER");
    // Served as stored, at once.
    const started = performance.now();
    expect(Buffer.from(await currentDraftPdf(db, scopeOf(territoryA), document))).toEqual(Buffer.from(stored!.bytes));
    expect(performance.now() - started).toBeLessThan(1000);

    // A change: the stored version is stale; the download waits for the worker and gets the new text.
    await retitle(officer, territoryA, convention.id, "Convention modifiée juste avant");
    const second = (await loadRenderInput(db, document))!;
    expect(second.version).not.toBe(first.version);
    const pdf = await currentDraftPdf(db, scopeOf(territoryA), document);
    expect(await textOf(pdf)).toContain("CONVENTION MODIFIÉE JUSTE AVANT");
    const row = await findStoredPdf(db, "CONVENTION", convention.id, second.version);
    expect(Buffer.from(pdf)).toEqual(Buffer.from(row!.bytes));
  }, 180_000);

  it("two processes storing the same version at once both succeed, and one row is kept", async () => {
    const documentId = `doc-${Date.now()}`;
    const bytes = new TextEncoder().encode("%PDF-1.7 test");
    // The worker's render job and an email attaching the convocation may store the same version together.
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => storePdf(db, "CONVOCATION", documentId, "v1", bytes)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.storedPdf.count({ where: { kind: "CONVOCATION", documentId } })).toBe(1);
  });

  it("a download answers a clear error when no worker stores the PDF in time", async () => {
    await worker?.stop(5000);
    worker = null;
    const { territoryA, actors } = await createTenants(db);
    const convention = await createModelConvention(db, actors.COOPERATION_OFFICER, territoryA);
    await expect(
      currentDraftPdf(db, scopeOf(territoryA), { kind: "CONVENTION", documentId: convention.id }, { waitMs: 500 }),
    ).rejects.toThrow(/encore en cours de préparation/);
  }, 60_000);
});
