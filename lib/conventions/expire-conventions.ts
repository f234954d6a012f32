// A signed convention becomes expired on the day after its end date (in Paris), without anyone acting: the
// previous edition of a renewal thus stops being "signée" the day the new one starts. Run daily by the worker's
// `expireConventions` job (lib/jobs/worker.ts, a pg-boss cron schedule) and once at each worker start.
//
// One conditional UPDATE does it: it moves only rows that are still SIGNED with an end date before today, so a
// second run, or two workers running it at once, change nothing more (PostgreSQL re-checks the WHERE of a row
// another transaction just updated). TERMINATED and already EXPIRED conventions are never touched. Each change is
// audited like the manual transition (change-status.ts), with no actor: the journal shows "Système".
import { systemAuditFor } from "../audit/record";
import type { Db } from "../db/client";
import { parisDay } from "../dates";

export type ExpiredConvention = { id: string; territoryId: string; caisseId: string; endDate: Date };

export async function expireEndedConventions(db: Db, now = new Date()): Promise<ExpiredConvention[]> {
  // The day as text: a timestamp parameter cast to a date would depend on the session's time zone.
  const today = parisDay(now);
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<ExpiredConvention[]>`
      UPDATE "Convention" AS c
         SET status = 'EXPIRED', version = c.version + 1, "updatedAt" = now()
        FROM "Territory" AS t
       WHERE t.id = c."territoryId" AND c.status = 'SIGNED' AND c."endDate" < ${today}::date
      RETURNING c.id, c."territoryId", t."caisseId", c."endDate"`;
    for (const convention of expired) {
      const audit = systemAuditFor(tx, { territory: { id: convention.territoryId, caisseId: convention.caisseId } });
      await audit("Convention", convention.id, "convention.status", {
        status: { old: "SIGNED", new: "EXPIRED" },
        endDate: convention.endDate.toISOString().slice(0, 10),
      });
    }
    return expired;
  });
}
