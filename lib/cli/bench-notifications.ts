// `npm run bench:notifications`: a day of notification scans on the national dataset (`npm run seed:national`,
// generated here first when missing or outdated): how many notifications and emails the daily scan writes, to how
// many people, and how long it takes; then the same scan again (it must add nothing), two scans at once (as two
// workers would: nothing more either), and the 24 hourly digest runs of the day. Not a test: it fails (exit code 1)
// only when a re-run adds rows. Uses the national database only (NATIONAL_PG_PORT / NATIONAL_DATABASE_URL).
import { applyMigrations } from "../db/migrate";
import { createPrismaClient } from "../db/client";
import { installJobs, stopJobSender } from "../jobs/boss";
import { runDigest } from "../notifications/digest";
import { runDailyScan, type ScanCounts } from "../notifications/scan";
import { generateNationalData, markerMatches, readMarker } from "./national/generate";
import { NATIONAL_DATABASE, openNationalServer, type NationalServer } from "./national/server";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  let server: NationalServer | undefined;
  let code = 0;
  try {
    server = await openNationalServer(console.log);
    const url = await server.database(NATIONAL_DATABASE);
    if (!markerMatches(await readMarker(url))) {
      console.log("National dataset missing or outdated: generating it (npm run seed:national)…");
      await generateNationalData(url, { log: (line) => console.log(`  ${line}`) });
    }
    await applyMigrations(url);
    await installJobs(url);
    // notify() queues emails through pg-boss's sending instance of DATABASE_URL: the national database here.
    process.env.DATABASE_URL = url;
    const db = createPrismaClient(url, 4);
    try {
      // A clean day: notifications and their emails of earlier runs removed.
      await db.$executeRawUnsafe(`DELETE FROM "Notification"`);
      await db.$executeRawUnsafe(
        `DELETE FROM "EmailMessage" WHERE "dedupKey" LIKE 'notification:%' OR "dedupKey" LIKE 'digest:%'`,
      );
      await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'sendEmail'`);
      const [territories, users] = await Promise.all([db.territory.count(), db.user.count()]);
      console.log(
        `Dataset: ${territories.toLocaleString("en-US")} territories, ${users.toLocaleString("en-US")} accounts.`,
      );
      const now = new Date();

      const started = performance.now();
      const first = await runDailyScan(db, now);
      const firstMs = performance.now() - started;
      const people = await db.notification.groupBy({ by: ["userId"] });
      const emails = await db.emailMessage.count({ where: { dedupKey: { startsWith: "notification:" } } });
      console.log(`\nDaily scan (${now.toISOString()}): ${seconds(firstMs)}`);
      console.log(
        `  ${first.notifications.toLocaleString("en-US")} notifications to ${people.length.toLocaleString("en-US")} people, ` +
          `${first.emails.toLocaleString("en-US")} emails queued (outbox: ${emails.toLocaleString("en-US")})`,
      );
      for (const [kind, count] of Object.entries(first.byKind).sort())
        console.log(`  ${kind.padEnd(20)} ${count.toLocaleString("en-US").padStart(7)}`);

      const rerunStart = performance.now();
      const again = await runDailyScan(db, now);
      console.log(
        `\nSame scan again: ${seconds(performance.now() - rerunStart)}, ${again.notifications} notifications, ${again.emails} emails`,
      );
      const twoStart = performance.now();
      const two = await Promise.all([runDailyScan(db, now), runDailyScan(db, now)]);
      const twoAdded = two.reduce((n, c: ScanCounts) => n + c.notifications + c.emails, 0);
      console.log(`Two scans at once: ${seconds(performance.now() - twoStart)}, ${twoAdded} rows added`);
      if (again.notifications + again.emails + twoAdded > 0) code = 1;

      const digestStart = performance.now();
      let digests = 0;
      for (let hour = 0; hour < 24; hour++) {
        const result = await runDigest(db, new Date(now.getTime() + hour * 3_600_000));
        digests += result.emails;
      }
      console.log(
        `Digest, 24 hourly runs: ${seconds(performance.now() - digestStart)}, ${digests} digest emails (default preference: immediate emails)`,
      );
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    code = 1;
  } finally {
    await stopJobSender();
    await server?.stop().catch(() => undefined);
  }
  process.exit(code);
}

void main();
