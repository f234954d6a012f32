// `npm run bench:dashboard`: latency and throughput of the territory dashboard on the production build, on the
// national dataset (lib/cli/national/, generated first when missing), compared with a static page and with the
// same dashboard on a one-territory database made by the same generator. Not a test: it fails (exit code 1) only
// on errors — a non-200 answer, a redirect to /connexion (authentication lost) — never on slow numbers.
//
//   --users N       concurrent virtual users (default 20), each logged in over HTTP as a chargé(e) de coopération
//                   (requests territories of its caisse) or a copil member (requests its territory)
//   --duration S    measured seconds per page (default 20)
//   --rounds N      the measured time of each page is split in N rounds (default: one per 5 s)
//   --path P        the dashboard path; `[territoire]` is replaced by a territory slug at each request
//                   (default /territoires/[territoire]/tableau-de-bord); a path naming one territory
//                   (/territoires/<slug>) is requested as is, by accounts that may read that territory
//   --static P      the static page (default /accessibilite); requested without the session cookie
//   --warmup N      unmeasured requests per page and user before measuring (default 3)
//   --regenerate    rewrite both datasets even when they are up to date
//
// The datasets are reused when written by the same generator source less than a week ago (the data is relative to
// the day it was generated: late fiches, planned meetings), and regenerated otherwise.
//
// Two production servers run side by side, one on the national database, one on the one-territory database. The
// pages are measured one at a time, every user requesting the page back to back, so that the req/s of a page is
// the server's capacity for it and the dashboard/static ratio says how much more a dashboard costs than a page
// that does nothing. Rounds alternate the pages (national static, national dashboard, one-territory dashboard,
// then again): whatever else runs on the machine weighs on all of them alike rather than on one phase.
//
// Then two instances: a second production server on the national database, the users' requests alternating
// between the two (round-robin), and during that run a few writes through instance A (a fiche's status, through
// the server action over HTTP, as the browser calls it). It prints the time until instance B's dashboard shows
// each write, and the stale answers (a dashboard of that territory, requested after the write was answered,
// still showing the old figures) on either instance. The dashboard is served from memory by lib/cli/serve.ts
// (lib/dashboard/cached-dashboard.ts); the servers run with HTTP_COMPRESSION=0 (gzip is the reverse proxy's job in
// production; --compression keeps Node's gzip).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import {
  generateNationalData,
  markerMatches,
  NATIONAL_PASSWORD,
  readMarker,
  type NationalOptions,
} from "./national/generate";
import { rngFor, sample } from "./national/random";
import { NATIONAL_DATABASE, ONE_TERRITORY_DATABASE, openNationalServer, type NationalServer } from "./national/server";
import { buildIfNeeded, startNextServer, type NextServer } from "./next-server";
import { applyMigrations } from "../db/migrate";
import { installJobs } from "../jobs/boss";
import { projectRoot } from "../db/local";
import { cookieHeader, login, type Cookies } from "./http-session";

const PLACEHOLDER = /\[territoire\]|\{slug\}|<slug>|:slug/;
const ONE_TERRITORY: NationalOptions = { caisses: 1, territories: 1 };

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

const users = Number(option("users", "20"));
const durationS = Number(option("duration", "20"));
const dashboardPath = option("path", "/territoires/[territoire]/tableau-de-bord");
const staticPath = option("static", "/accessibilite");
const warmup = Number(option("warmup", "3"));
const rounds = Number(option("rounds", String(Math.max(1, Math.round(durationS / 5)))));
if (!(users >= 1) || !(durationS > 0) || !(warmup >= 0) || !(rounds >= 1)) {
  console.error(
    "Usage: npm run bench:dashboard -- [--users N] [--duration S] [--rounds N] [--path P] [--static P] [--warmup N] [--regenerate]",
  );
  process.exit(2);
}

// ───────────────────────────── Who requests what ─────────────────────────────

type Account = { email: string; slugs: string[] };

/** The accounts of the virtual users: half cooperation officers (all territories of their caisse), half copil members. */
async function accountsFor(databaseUrl: string, count: number, fixedSlug: string | null): Promise<Account[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const territories = (
      await client.query<{ slug: string; code: string }>(
        `SELECT t.slug, lower(c.departement) AS code FROM "Territory" t JOIN "Caisse" c ON c.id = t."caisseId" ORDER BY t.slug`,
      )
    ).rows;
    const copils = (
      await client.query<{ email: string; slug: string }>(
        `SELECT u.email, t.slug FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Territory" t ON t.id = m."territoryId"
        WHERE m.role = 'COPIL_MEMBER' AND u.email LIKE '%.national.fr' ORDER BY u.email`,
      )
    ).rows;
    if (!territories.length) throw new Error("The database has no territory.");
    const byCode = new Map<string, string[]>();
    for (const t of territories) byCode.set(t.code, [...(byCode.get(t.code) ?? []), t.slug]);
    const officer = (code: string): Account => ({
      email: `cooperation@caf-${code}.national.fr`,
      slugs: byCode.get(code)!,
    });

    if (fixedSlug) {
      const territory = territories.find((t) => t.slug === fixedSlug);
      if (!territory) throw new Error(`No territory "${fixedSlug}" in this database.`);
      const copil = copils.find((c) => c.slug === fixedSlug);
      return Array.from({ length: count }, (_, i) =>
        i % 2 === 1 && copil ? { email: copil.email, slugs: [fixedSlug] } : officer(territory.code),
      );
    }
    const rng = rngFor(`bench-dashboard/${count}`);
    const codes = [...byCode.keys()];
    const officers = sample(rng, codes, Math.ceil(count / 2));
    const members = sample(rng, copils, Math.floor(count / 2));
    return Array.from({ length: count }, (_, i) => {
      if (i % 2 === 1 && members.length)
        return { email: members[(i >> 1) % members.length].email, slugs: [members[(i >> 1) % members.length].slug] };
      return officer(officers[(i >> 1) % officers.length]);
    });
  } finally {
    await client.end();
  }
}

// ───────────────────────────── HTTP ─────────────────────────────

type Outcome = { ms: number; error?: string; cached?: boolean };

/** One GET, body read to the end; anything but a 200 page of the app is an error (its message starts with the path). */
async function get(base: string, path: string, cookies: Cookies | null): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(base + path, {
      redirect: "manual",
      headers: cookies ? { Cookie: cookieHeader(cookies) } : {},
    });
    const body = await response.text();
    const ms = performance.now() - started;
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location") ?? "";
      return {
        ms,
        error: location.includes("/connexion")
          ? `${path}: redirected to /connexion (not authenticated)`
          : `${path}: HTTP ${response.status} redirect to ${location}`,
      };
    }
    if (response.status !== 200) return { ms, error: `${path}: HTTP ${response.status}` };
    // A redirect or a not-found raised after the response started streaming still answers 200.
    if (body.includes("__next-page-redirect") || body.includes("NEXT_REDIRECT")) {
      return {
        ms,
        error: `${path}: streamed redirect${body.includes("/connexion") ? " to /connexion (not authenticated)" : ""}`,
      };
    }
    if (body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return { ms, error: `${path}: not found (streamed 404)` };
    return { ms, cached: response.headers.get("x-ctg-cache") === "hit" };
  } catch (error) {
    return {
      ms: performance.now() - started,
      error: `${path}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

// ───────────────────────────── Measuring ─────────────────────────────

type VirtualUser = { account: Account; cookies: Cookies; next: number };
type Result = {
  label: string;
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  /** Answers served from memory (x-ctg-cache: hit). */
  hits?: number;
};
/** Errors by kind (the path template instead of each territory's path), with a count and one example. */
type ErrorLog = Map<string, { count: number; example: string }>;

function logError(errors: ErrorLog, template: string, path: string, message: string) {
  const key = `${template}${message.slice(path.length)}`;
  const entry = errors.get(key) ?? { count: 0, example: message };
  entry.count++;
  errors.set(key, entry);
}

function pathFor(template: string, user: VirtualUser): string {
  if (!PLACEHOLDER.test(template)) return template;
  const slug = user.account.slugs[user.next++ % user.account.slugs.length];
  return template.replace(PLACEHOLDER, slug);
}

/** Every user requests the page back to back for `seconds`; adds the outcomes to `result`. */
async function measure(
  result: Result,
  base: string,
  template: string,
  vus: VirtualUser[],
  authenticated: boolean,
  seconds: number,
  errorLog: ErrorLog,
) {
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    vus.map(async (vu) => {
      while (performance.now() < end) {
        const path = pathFor(template, vu);
        const outcome = await get(base, path, authenticated ? vu.cookies : null);
        result.requests++;
        if (outcome.error) {
          result.errors++;
          logError(errorLog, template, path, outcome.error);
        } else {
          result.latencies.push(outcome.ms);
          if (outcome.cached) result.hits = (result.hits ?? 0) + 1;
        }
      }
    }),
  );
  result.seconds += (performance.now() - started) / 1000;
}

async function warm(base: string, template: string, vus: VirtualUser[], authenticated: boolean, errorLog: ErrorLog) {
  await Promise.all(
    vus.map(async (vu) => {
      // At least one request per territory of the user: the dashboard cache (lib/dashboard/cached-dashboard.ts)
      // is measured in its steady state, each territory's page rendered once a day or after a write.
      const visits = PLACEHOLDER.test(template) && authenticated ? Math.max(warmup, vu.account.slugs.length) : warmup;
      for (let i = 0; i < visits; i++) {
        const path = pathFor(template, vu);
        const outcome = await get(base, path, authenticated ? vu.cookies : null);
        if (outcome.error) logError(errorLog, `${template} (warm-up)`, path, outcome.error);
      }
    }),
  );
}

const percentile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN;
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const rps = (r: Result) => (r.requests - r.errors) / r.seconds;

function printTable(results: Result[]) {
  const width = Math.max(28, ...results.map((r) => r.label.length));
  console.log(
    `  ${"page".padEnd(width)} ${"requests".padStart(8)} ${"errors".padStart(6)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"req/s".padStart(8)}`,
  );
  for (const r of results) {
    console.log(
      `  ${r.label.padEnd(width)} ${String(r.requests).padStart(8)} ${String(r.errors).padStart(6)} ${fmt(percentile(r.latencies, 0.5), 1).padStart(8)} ` +
        `${fmt(percentile(r.latencies, 0.95), 1).padStart(8)} ${fmt(percentile(r.latencies, 0.99), 1).padStart(8)} ${fmt(rps(r), 1).padStart(8)}`,
    );
  }
}

/** Logs every virtual user in (a few at a time: each login is a bcrypt comparison on the server). */
async function loginAll(base: string, accounts: Account[]): Promise<VirtualUser[]> {
  const vus: VirtualUser[] = new Array(accounts.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = next++; i < accounts.length; i = next++)
        vus[i] = { account: accounts[i], cookies: await login(base, accounts[i].email, NATIONAL_PASSWORD), next: i };
    }),
  );
  return vus;
}

// ───────────────────────────── Two instances ─────────────────────────────

const SUMMARY = /Fiches-action par statut : ([^.<"]*)\./;

/** The id of a server action in this build (.next/server/server-reference-manifest.json). */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(([, a]) => a.filename.endsWith(file) && a.exportedName === name);
  if (!found) throw new Error(`No server action ${file}#${name} in this build.`);
  return found[0];
}

async function summaryOf(base: string, path: string, cookies: Cookies) {
  const started = performance.now();
  const response = await fetch(base + path, { redirect: "manual", headers: { Cookie: cookieHeader(cookies) } });
  const body = await response.text();
  return {
    started,
    ended: performance.now(),
    status: response.status,
    hit: response.headers.get("x-ctg-cache") === "hit",
    summary: SUMMARY.exec(body)?.[1] ?? null,
  };
}

/**
 * The users' requests alternate between A and B for `durationS`; meanwhile four writes through A (a fiche's status,
 * there and back twice) on a territory the load requests. After each write is answered, B is polled until its
 * dashboard shows it (the delay); every dashboard of that territory requested after a write was answered, by the
 * load or the poller, on A or B, must show it (else it counts as stale).
 */
async function twoInstances(aUrl: string, bUrl: string, vus: VirtualUser[], databaseUrl: string, errorLog: ErrorLog) {
  const result: Result = { label: "dashboard, A+B round-robin", requests: 0, errors: 0, seconds: 0, latencies: [] };
  const writer = vus.find((vu) => vu.account.email.startsWith("cooperation@")) ?? vus[0];
  const slug = writer.account.slugs[0];
  const watched = `/territoires/${slug}/tableau-de-bord`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const fiche = async () =>
    (
      await client.query<{ id: string; status: string; version: number }>(
        `SELECT f.id, f.status, f.version FROM "FicheAction" f JOIN "Territory" t ON t.id = f."territoryId"
         WHERE t.slug = $1 ORDER BY f.number, f.id LIMIT 1`,
        [slug],
      )
    ).rows[0];
  const changeStatus = actionId("fiches-action/actions.ts", "changeFicheStatusAction");
  /** After a write was answered: the figures every later answer must show. */
  let expected: { since: number; summary: string; old: string } | null = null;
  /** Per write: ms from the write's answer to the end of B's first answer showing it, and to that request's start. */
  const delays: number[] = [];
  const startOffsets: number[] = [];
  let stale = 0;
  let checked = 0;
  let hits = 0;
  /** Polls of B, after a write was answered, that did not show it yet. */
  let notYet = 0;
  const check = (outcome: { started: number; summary: string | null }) => {
    if (!expected || outcome.started < expected.since || outcome.summary === null) return;
    checked++;
    if (outcome.summary === expected.old) stale++;
  };

  await warm(bUrl, dashboardPath, vus, true, errorLog); // B's cache in its steady state too, as A's
  let turn = 0;
  const started = performance.now();
  const end = started + durationS * 1000;
  const load = Promise.all(
    vus.map(async (vu) => {
      while (performance.now() < end) {
        const path = pathFor(dashboardPath, vu);
        const base = turn++ % 2 === 0 ? aUrl : bUrl;
        try {
          const outcome = await summaryOf(base, path, vu.cookies);
          result.requests++;
          if (outcome.status !== 200 || outcome.summary === null) {
            result.errors++;
            logError(errorLog, `${dashboardPath} (two instances)`, path, `${path}: HTTP ${outcome.status}`);
            continue;
          }
          result.latencies.push(outcome.ended - outcome.started);
          if (outcome.hit) hits++;
          if (path === watched) check(outcome);
        } catch (error) {
          result.requests++;
          result.errors++;
          logError(errorLog, `${dashboardPath} (two instances)`, path, `${path}: ${String(error)}`);
        }
      }
    }),
  );

  const writes = (async () => {
    for (let i = 1; i <= 4; i++) {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, started + (i * durationS * 1000) / 5 - performance.now())),
      );
      const before = await summaryOf(bUrl, watched, writer.cookies);
      const current = await fiche();
      const status = current.status === "BLOCKED" ? "IN_PROGRESS" : "BLOCKED";
      // From the moment this write is sent until it is answered, an answer may show either state (this write flips
      // the status back to what the previous write's "old" figures were): nothing is checked in between.
      expected = null;
      const response = await fetch(`${aUrl}/territoires/${slug}/fiches-action/${current.id}`, {
        method: "POST",
        headers: {
          "Next-Action": changeStatus,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: aUrl,
          Cookie: cookieHeader(writer.cookies),
        },
        body: JSON.stringify([{ ficheId: current.id, version: current.version, status, comment: "" }]),
      });
      const answer = await response.text();
      const written = performance.now();
      if ((await fiche()).version !== current.version + 1) {
        logError(
          errorLog,
          "write through A",
          "",
          `write through A: HTTP ${response.status}, the fiche did not change: ${answer.replace(/\s+/g, " ").slice(0, 300)}`,
        );
        continue;
      }
      // B, polled until it shows the write.
      for (;;) {
        const seen = await summaryOf(bUrl, watched, writer.cookies);
        if (seen.summary !== null && seen.summary !== before.summary) {
          delays.push(seen.ended - written);
          startOffsets.push(seen.started - written);
          expected = { since: written, summary: seen.summary, old: before.summary ?? "" };
          check(seen);
          break;
        }
        notYet++;
        if (performance.now() - written > 10_000) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  })();
  await Promise.all([load, writes]);
  result.seconds = (performance.now() - started) / 1000;
  result.latencies.sort((a, b) => a - b);
  await client.end();
  return { result, delays, startOffsets, stale, checked, hits, notYet };
}

// ───────────────────────────── Main ─────────────────────────────

let nationalServer: NationalServer | undefined;
const apps: NextServer[] = [];
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(apps.map((server) => server.stop().catch(() => undefined)));
  await nationalServer?.stop().catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => {
  console.log("\nInterrupted: stopping the server and the database…");
  void shutdown(130);
});
process.on("SIGTERM", () => void shutdown(143));

const MAX_AGE_DAYS = 7;

async function ensureDataset(url: string, options: NationalOptions, label: string) {
  const marker = await readMarker(url);
  const ageDays = marker ? (Date.now() - Date.parse(`${marker.today}T00:00:00Z`)) / 86_400_000 : Infinity;
  const reason = process.argv.includes("--regenerate")
    ? "--regenerate"
    : !marker
      ? "empty or incomplete"
      : !markerMatches(marker, options)
        ? "written by another version of the generator or with other parameters"
        : ageDays >= MAX_AGE_DAYS
          ? `generated on ${marker.today}, more than ${MAX_AGE_DAYS} days ago`
          : null;
  if (!reason) {
    await applyMigrations(url); // a dataset generated before the newest migrations (triggers…)
    await installJobs(url); // and before pg-boss was installed with them (the writes queue jobs)
    console.log(
      `${label}: dataset of ${marker!.today} (generator ${marker!.source}, ${marker!.territories} territor${marker!.territories === 1 ? "y" : "ies"}), reused.`,
    );
    return;
  }
  console.log(`${label}: ${reason}; generating…`);
  const summary = await generateNationalData(url, { ...options, log: (line) => console.log(`  ${line}`) });
  console.log(
    `${label}: generated in ${(summary.elapsedMs / 1000).toFixed(1)} s (${summary.counts.FicheAction} fiches, ${summary.counts.IndicatorValue} indicator values, ${summary.counts.Meeting} meetings).`,
  );
}

type Page = { result: Result; server: "national" | "one"; template: string; authenticated: boolean };

/** A production server on one database, its users logged in. */
async function prepare(databaseUrl: string, env: NodeJS.ProcessEnv, fixedSlug: string | null) {
  const accounts = await accountsFor(databaseUrl, users, fixedSlug);
  const server = await startNextServer({ ...env, DATABASE_URL: databaseUrl });
  apps.push(server);
  return { server, accounts, vus: await loginAll(server.url, accounts) };
}

async function main() {
  const started = performance.now();
  const fixedSlug = PLACEHOLDER.test(dashboardPath)
    ? null
    : (/^\/territoires\/([^/?#]+)/.exec(dashboardPath)?.[1] ?? null);
  nationalServer = await openNationalServer(console.log);
  const nationalUrl = await nationalServer.database(NATIONAL_DATABASE);
  await ensureDataset(nationalUrl, {}, "National database");
  const oneUrl = await nationalServer.database(ONE_TERRITORY_DATABASE);
  await ensureDataset(oneUrl, ONE_TERRITORY, "One-territory database");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    HTTP_COMPRESSION: process.argv.includes("--compression") ? "1" : "0",
  };
  delete env.DATABASE_URL;
  buildIfNeeded(env);

  // The one-territory database has one territory: the template (or the named territory) points at it.
  const oneClient = new pg.Client({ connectionString: oneUrl });
  await oneClient.connect();
  const oneSlug = (
    await oneClient.query<{ slug: string }>(`SELECT slug FROM "Territory" LIMIT 1`).finally(() => oneClient.end())
  ).rows[0].slug;
  const onePath = fixedSlug
    ? dashboardPath.replace(`/territoires/${fixedSlug}`, `/territoires/${oneSlug}`)
    : dashboardPath;

  console.log(
    `\nStarting two production servers (national and one-territory databases) and logging ${users} users in on each…`,
  );
  const national = await prepare(nationalUrl, env, fixedSlug);
  const one = await prepare(oneUrl, env, fixedSlug ? oneSlug : null);
  const empty = (label: string): Result => ({ label, requests: 0, errors: 0, seconds: 0, latencies: [] });
  const pages: Page[] = [
    { result: empty(staticPath), server: "national", template: staticPath, authenticated: false },
    { result: empty(dashboardPath), server: "national", template: dashboardPath, authenticated: true },
    { result: empty(`${onePath} (one territory)`), server: "one", template: onePath, authenticated: true },
  ];
  const errors: ErrorLog = new Map();
  const side = (page: Page) => (page.server === "national" ? national : one);
  for (const page of pages)
    await warm(side(page).server.url, page.template, side(page).vus, page.authenticated, errors);

  const load = os.loadavg()[0];
  console.log(
    `Measuring: ${durationS} s per page in ${rounds} round(s), after ${warmup} warm-up request(s) per page and user…`,
  );
  for (let round = 0; round < rounds; round++) {
    for (const page of pages)
      await measure(
        page.result,
        side(page).server.url,
        page.template,
        side(page).vus,
        page.authenticated,
        durationS / rounds,
        errors,
      );
  }
  for (const page of pages) page.result.latencies.sort((a, b) => a - b);
  const [staticResult, dashboard, oneDashboard] = pages.map((page) => page.result);

  const officers = new Set(national.accounts.filter((a) => a.email.startsWith("cooperation@")).map((a) => a.email))
    .size;
  const copils = new Set(national.accounts.filter((a) => a.email.startsWith("copil@")).map((a) => a.email)).size;
  console.log(
    `\nResults (production build; ${users} concurrent users: ${officers} cooperation officer account(s), ${copils} copil member account(s); ` +
      `${os.cpus().length} CPUs, load average ${load.toFixed(1)} before and ${os.loadavg()[0].toFixed(1)} after measuring)`,
  );
  console.log("National dataset:");
  printTable([dashboard, staticResult]);
  console.log(
    `  throughput ratio dashboard/static: ${fmt(rps(dashboard) / rps(staticResult), 3)} (${fmt(rps(dashboard), 1)} vs ${fmt(rps(staticResult), 1)} req/s); ` +
      `dashboards answered from memory: ${fmt((100 * (dashboard.hits ?? 0)) / Math.max(1, dashboard.latencies.length), 1)} %`,
  );
  console.log("One-territory database:");
  printTable([oneDashboard]);
  const p95National = percentile(dashboard.latencies, 0.95);
  const p95One = percentile(oneDashboard.latencies, 0.95);
  console.log(
    `Dashboard p95: one territory ${fmt(p95One, 1)} ms vs national ${fmt(p95National, 1)} ms — ratio national/one territory ${fmt(p95National / p95One, 2)}`,
  );

  console.log(`\nTwo instances on the national database (round-robin), ${users} users, writes through A…`);
  const second = await startNextServer({ ...env, DATABASE_URL: nationalUrl });
  apps.push(second);
  const two = await twoInstances(national.server.url, second.url, national.vus, nationalUrl, errors);
  printTable([two.result]);
  console.log(
    `  throughput ratio (A+B)/static of one instance: ${fmt(rps(two.result) / rps(staticResult), 3)}; ` +
      `answered from memory: ${fmt((100 * two.hits) / Math.max(1, two.result.requests - two.result.errors), 1)} %`,
  );
  console.log(
    `  ${two.delays.length} write(s) through A; visible on B after ${two.delays.map((ms) => `${fmt(ms, 0)} ms`).join(", ") || "—"} ` +
      `(max ${fmt(Math.max(...two.delays), 0)} ms, answer of B's first request after the write included; that request ` +
      `started ${two.startOffsets.map((ms) => `${fmt(ms, 1)}`).join(", ")} ms after the write's answer; ` +
      `${two.notYet} poll(s) of B answered before showing a write); ` +
      `stale answers once visible: ${two.stale} of ${two.checked} checked`,
  );
  console.log(`(elapsed ${((performance.now() - started) / 1000).toFixed(0)} s)`);

  if (errors.size) {
    console.error(`\nErrors (${pages.reduce((sum, page) => sum + page.result.errors, 0)} measured requests failed):`);
    for (const [key, { count, example }] of errors)
      console.error(`  ${count} × ${key}${PLACEHOLDER.test(key) ? `  (e.g. ${example})` : ""}`);
    for (const [name, side] of [
      ["national", national],
      ["one-territory", one],
    ] as const) {
      console.error(`Last lines of the ${name} server's output:\n  ${side.server.output().slice(-15).join("\n  ")}`);
    }
    await shutdown(1);
  }
  await shutdown(0);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
