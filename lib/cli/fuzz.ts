// `npm run fuzz`: invalid inputs, derived from each server action's own zod schema, sent over HTTP to every server
// action of the production build and to every route handler, as several demo users (one per kind of role, plus an
// anonymous caller). Asserts, and prints as counts: no unhandled error (no error line in the server's output, no
// HTTP 5xx), no row changed (a checksum of every table before and after), no other territory's id, slug or name
// in any response. Exits non-zero when one fails.
//   npm run fuzz                    full run: at least 10,000 inputs
//   npm run fuzz -- --quick         bounded run for CI (about 1,500 inputs; FUZZ_QUICK=1 does the same)
//   npm run fuzz -- --seed 1234     replays a run (the seed is printed; FUZZ_SEED works too)
// Its own embedded PostgreSQL (.data/fuzz-pg, port FUZZ_PG_PORT or 54395), or, when FUZZ_PG_SERVER_URL names a
// local server (lib/cli/test.ts passes its own), a `ctg_fuzz` database there. The build is reused when fresh.
// A new server action is fuzzed without editing this file: it is in the build's manifest and (by
// tests/unit/matrix-completeness.test.ts) in tests/matrix/operations.ts, which gives its schema and a valid input.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";
import { projectRoot } from "../db/local";
import { applyMigrations, resetDatabase } from "../db/migrate";
import { DEMO_PASSWORD, demoUsers, seedDemoData } from "../../prisma/seed";
import { operationMatrix, type TargetIds } from "../../tests/matrix/operations";
import { pageMatrix } from "../../tests/matrix/pages";
import { actionHeaders, readServerActions, targetsIn } from "../../tests/helpers/http-matrix";
import { mutateInput, prng, type Random } from "../../tests/helpers/fuzz-inputs";
import { buildIfNeeded, startNextServer } from "./next-server";

const args = process.argv.slice(2);
const quick = args.includes("--quick") || process.env.FUZZ_QUICK === "1";
const seedArg = args.includes("--seed") ? args[args.indexOf("--seed") + 1] : process.env.FUZZ_SEED;
const seed = seedArg !== undefined ? Number(seedArg) : Math.floor(Math.random() * 2 ** 31);
/** Inputs to send: the full run must reach 10,000; the bounded one stays well under three minutes. */
const TOTAL = Number(process.env.FUZZ_INPUTS ?? (quick ? 1_500 : 10_500));
const MINIMUM = quick ? Math.min(TOTAL, 1_000) : 10_000;
/** Requests in flight at once: one by default, so that each error line of the server names the input behind it. */
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 1);
/** Share of the inputs that go to route handlers (the rest go to server actions). */
const ROUTE_SHARE = 0.15;

/**
 * Tables whose rows a fuzz run may change by design: failed logins are counted per e-mail address, and password
 * reset requests and password changes are counted there too.
 */
const TABLES_ALLOWED_TO_CHANGE = ["LoginThrottle"];

/** The users of the run: one per kind of role (a caisse, an EPCI, a pilot organisation, a copil member). */
const FUZZ_USERS = [
  "cooperation@ccss-lozere.demo.fr",
  "epci@aubrac-lot-causses-tarn.demo.fr",
  "pilote@chanac.demo.fr",
  "copil@lozere-departement.demo.fr",
];

/** Error lines of the server's output: the action wrapper's, Next's (⨯), and anything that looks like a crash. */
const ERROR_LINE =
  /\[action\] .* failed:|⨯|\b(Type|Range|Syntax|Reference|Prisma\w*)?Error\b|unhandled|uncaught|\bfailed\b|ECONNRESET|\[next-auth\]\[error\]/i;

type Session = {
  label: string;
  email: string | null;
  cookie: string;
  forbidden: string[];
  foreign: string[];
  own: string[];
};
type Sent = { session: string; target: string; label: string; body: string };

const SERVER_LOG = path.join(projectRoot, ".data/reports/fuzz-server.log");
const log = (line: string) => console.log(`fuzz: ${line}`);

async function prepareDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const serverUrl = process.env.FUZZ_PG_SERVER_URL;
  if (serverUrl) {
    const host = new URL(serverUrl).hostname;
    if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host))
      throw new Error(`Refusing a non-local server (${host}).`);
    const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "ctg_fuzz" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "ctg_fuzz"`);
    await admin.end();
    const url = `${serverUrl}/ctg_fuzz`;
    await applyMigrations(url);
    await seedDemoData(url, { quiet: true, force: true });
    return { url, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(projectRoot, ".data/fuzz-pg"),
    port: Number(process.env.FUZZ_PG_PORT ?? 54395),
  });
  await server.ensureDatabase("fuzz");
  const url = server.urlFor("fuzz");
  await resetDatabase(url);
  await applyMigrations(url);
  await seedDemoData(url, { quiet: true, force: true });
  return { url, stop: () => server.stop() };
}

/**
 * A checksum of every row of every table of the public schema but the ones allowed to change (sorted per table),
 * so that a difference counts rows, not just tables.
 */
async function tableChecksums(client: pg.Client): Promise<Record<string, string[]>> {
  const tables = (
    await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  ).rows.map((row) => row.table_name as string);
  const sums: Record<string, string[]> = {};
  for (const table of tables) {
    if (TABLES_ALLOWED_TO_CHANGE.includes(table)) continue;
    const { rows } = await client.query(`SELECT md5(t::text) AS sum FROM "${table}" t ORDER BY 1`);
    sums[table] = rows.map((row) => row.sum as string);
  }
  return sums;
}

/** Rows of `before` missing from `after`, plus rows of `after` missing from `before`, per table. */
function rowsChanged(before: Record<string, string[]>, after: Record<string, string[]>): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const counts = new Map<string, number>();
    for (const sum of before[table] ?? []) counts.set(sum, (counts.get(sum) ?? 0) + 1);
    for (const sum of after[table] ?? []) counts.set(sum, (counts.get(sum) ?? 0) - 1);
    const n = [...counts.values()].reduce((total, count) => total + Math.abs(count), 0);
    if (n) changed[table] = n;
  }
  return changed;
}

/** Logs in through next-auth's credentials endpoint (as the login form does); returns the session cookie. */
async function login(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; "), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token="));
  if (!session) throw new Error(`Login failed for ${email}: ${response.status}`);
  return session;
}

type TerritoryRow = { id: string; slug: string; name: string; caisseId: string };

/** The territories a demo user reaches (the rule of lib/auth/scope.ts: caisse roles reach their caisse's). */
async function reachable(client: pg.Client, email: string, territories: TerritoryRow[]): Promise<Set<string>> {
  const { rows } = await client.query(
    `SELECT m.role, m."caisseId", m."territoryId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
    [email],
  );
  const ids = new Set<string>();
  for (const m of rows) {
    for (const t of territories) {
      if (
        m.territoryId === null
          ? m.caisseId === t.caisseId && ["CAISSE_ADMIN", "COOPERATION_OFFICER"].includes(m.role)
          : m.territoryId === t.id
      )
        ids.add(t.id);
    }
  }
  return ids;
}

/** Every id of a territory's own records that the fuzzer may put in id fields (never an id of the user's own). */
async function recordIds(client: pg.Client, territoryId: string, targets: TargetIds): Promise<string[]> {
  const ids = new Set<string>([territoryId]);
  for (const [key, value] of Object.entries(targets))
    if (key.endsWith("Id") && typeof value === "string") ids.add(value);
  const { rows } = await client.query(
    `SELECT id FROM "Convention" WHERE "territoryId" = $1 UNION ALL SELECT id FROM "FicheAction" WHERE "territoryId" = $1
     UNION ALL SELECT id FROM "Meeting" WHERE "territoryId" = $1 UNION ALL SELECT id FROM "Facility" WHERE "territoryId" = $1 LIMIT 40`,
    [territoryId],
  );
  for (const row of rows) ids.add(row.id);
  return [...ids];
}

function garbageSegment(random: Random, foreign: string[]): string {
  return random.pick([
    random.pick(foreign.length ? foreign : ["x"]),
    "x",
    "%00",
    "%ED%A0%80",
    "..%2F..%2Fetc%2Fpasswd",
    "a".repeat(random.pick([300, 3_000])),
    "%E2%80%AE",
    "'%20OR%201=1",
    "$T",
    "null",
    "-1",
    "%",
    "%25%32%65",
    "😀",
  ]);
}

function garbageQuery(random: Random, foreign: string[]): string {
  const key = random.pick([
    "statut",
    "status",
    "axe",
    "theme",
    "pilote",
    "q",
    "page",
    "annee",
    "format",
    "sort",
    "from",
    "to",
    "ids",
    "x",
  ]);
  const value = random.pick([
    garbageSegment(random, foreign),
    "2025-13-45",
    "0000-01-01",
    "NaN",
    "1e400",
    "-1",
    "a".repeat(5_000),
    "%00",
    "[]",
    "{}",
  ]);
  const extra = random.next() < 0.3 ? `&${key}=${value}&${key}[]=1` : "";
  return `?${key}=${value}${extra}`;
}

async function main() {
  const started = Date.now();
  log(
    `seed ${seed} (replay with \`npm run fuzz -- ${quick ? "--quick " : ""}--seed ${seed}\`), ${TOTAL} inputs${quick ? " (quick)" : ""}`,
  );
  const database = await prepareDatabase();
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: "fuzz-secret-fuzz-secret-fuzz-secret-fuzz",
    NODE_ENV: "production" as const,
  };
  buildIfNeeded(env, log);

  const serverLines: { line: string; stream: string; inFlight: Sent[] }[] = [];
  const inFlight = new Set<Sent>();
  let lastSent: Sent | null = null;
  let ready = false;
  const server = await startNextServer(env, 120_000, (line, stream) => {
    if (!ready) return;
    serverLines.push({ line, stream, inFlight: inFlight.size ? [...inFlight] : lastSent ? [lastSent] : [] });
  });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  let exitCode = 1;
  try {
    const territories = (await client.query(`SELECT id, slug, name, "caisseId" FROM "Territory" ORDER BY slug`))
      .rows as TerritoryRow[];
    const targets = new Map<string, TargetIds>();
    const idsOf = new Map<string, string[]>();
    for (const t of territories) {
      const target = await targetsIn(client, t.slug);
      targets.set(t.slug, target);
      idsOf.set(t.slug, await recordIds(client, t.id, target));
    }
    const sessions: Session[] = [];
    for (const email of FUZZ_USERS) {
      const user = demoUsers.find((u) => u.email === email)!;
      const own = await reachable(client, email, territories);
      const foreignTerritories = territories.filter((t) => !own.has(t.id));
      sessions.push({
        label: `${user.role} ${email}`,
        email,
        cookie: await login(server.url, email),
        forbidden: foreignTerritories.flatMap((t) => [t.id, t.slug, t.name]),
        foreign: foreignTerritories.map((t) => t.slug),
        own: territories.filter((t) => own.has(t.id)).map((t) => t.slug),
      });
    }
    sessions.push({
      label: "anonymous",
      email: null,
      cookie: "",
      forbidden: territories.flatMap((t) => [t.id, t.slug, t.name]),
      foreign: territories.map((t) => t.slug),
      own: [],
    });

    const built = readServerActions(projectRoot);
    const actions = built.flatMap(({ id, action }) => {
      const entry = operationMatrix.find((e) => e.action === action);
      return entry ? [{ id, action, entry }] : [];
    });
    const unknown = built.filter(({ action }) => !operationMatrix.some((e) => e.action === action));
    if (unknown.length)
      log(`not in tests/matrix/operations.ts (not fuzzed): ${unknown.map((a) => a.action).join(", ")}`);
    const routes = pageMatrix.filter((entry) => entry.kind === "route");
    log(`${actions.length} server actions, ${routes.length} route handlers, ${sessions.length} callers`);

    const before = await tableChecksums(client);
    ready = true;

    const random = prng(seed);
    const statuses = new Map<string, number>();
    const outcomes = new Map<string, number>();
    const leaks: { sent: Sent; found: string }[] = [];
    const fiveHundreds: { sent: Sent; status: number }[] = [];
    const failures: { sent: Sent; error: string }[] = [];
    let sentCount = 0;
    let actionCount = 0;
    let routeCount = 0;

    /** The next request of the run: an action input most of the time, a route handler request otherwise. */
    const nextRequest = (index: number): { sent: Sent; url: string; init: RequestInit; session: Session } => {
      const toAction = random.next() >= ROUTE_SHARE;
      const pick = actions[Math.floor(index / sessions.length) % actions.length];
      // An action on the caller's own account (rename, sign out everywhere) is sent anonymously: a valid input
      // would rightly change the caller's own rows (or end the run's sessions).
      const session =
        toAction && pick.entry.fuzzAs === "anonymous" ? sessions.at(-1)! : sessions[index % sessions.length];
      const cookie: Record<string, string> = session.cookie ? { Cookie: session.cookie } : {};
      const foreignSlug = random.pick(session.foreign);
      const foreignIds = session.foreign.flatMap((slug) => idsOf.get(slug) ?? []);
      if (toAction) {
        const { id, action, entry } = pick;
        const base = entry.input(targets.get(foreignSlug)!);
        const { label, body } = mutateInput(entry.schema, base, random, { foreignIds });
        actionCount += 1;
        return {
          session,
          url: `${server.url}/`,
          init: { method: "POST", headers: { ...actionHeaders(id, server.url), ...cookie }, body },
          sent: { session: session.label, target: action, label, body },
        };
      }
      const route = random.pick(routes);
      // The user's own territory in the URL only with a foreign or garbage record id (never a valid own record:
      // a route handler that renders a PDF of a real record is slow and proves nothing here).
      const ownSlug = session.own.length && random.next() < 0.4 ? random.pick(session.own) : null;
      const slug = ownSlug ?? (random.next() < 0.8 ? foreignSlug : garbageSegment(random, []));
      const foreignTarget = targets.get(foreignSlug)!;
      const param = (key: keyof TargetIds) =>
        random.next() < 0.6 ? String(foreignTarget[key]) : garbageSegment(random, foreignIds);
      let routePath = route.route
        .replace("[territoire]", slug)
        .replace("[convention]", param("conventionId"))
        .replace("[avenant]", param("avenantId"))
        .replace("[annexe]", param("annexId"))
        .replace("[reunion]", param("meetingId"))
        // Caisse routes (the diagnostic import): the caller's own caisse (garbage reaches the parser) or another's.
        .replace("[caisse]", ownSlug ? targets.get(ownSlug)!.caisseId : param("caisseId"))
        .replace(
          "[...nextauth]",
          random.pick([
            "session",
            "csrf",
            "providers",
            "signin",
            "x",
            "callback/x",
            "signout",
            "_log",
            garbageSegment(random, []),
          ]),
        );
      const ownWithoutRecord = ownSlug && !/\[(convention|reunion)\]/.test(route.route);
      if (random.next() < 0.5 || ownWithoutRecord) routePath += garbageQuery(random, foreignIds);
      const method = route.method ?? (route.route.startsWith("/api/auth") && random.next() < 0.5 ? "POST" : "GET");
      let body: BodyInit | undefined;
      let contentType: string | undefined;
      let label = `${method} ${ownSlug ? "own" : "foreign"} slug`;
      if (method === "POST") {
        const kind = random.int(6);
        if (kind === 0) {
          const form = new FormData();
          const size = random.pick([0, 10, 5_000, 300_000]);
          const bytes = new Uint8Array(size).map(() => random.int(256));
          const name = random.pick(["fiches.xlsx", "x.csv", "a\u0000b.xlsx", "../../x.xlsx", "", "f.pdf"]);
          form.append(
            random.pick(["file", "fichier", "x"]),
            new Blob([bytes], {
              type: random.pick([
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "text/plain",
                "",
              ]),
            }),
            name,
          );
          body = form;
          label += `, multipart garbage file (${size} bytes)`;
        } else if (kind === 1) {
          // A zip that is not a workbook: the local file header magic and garbage.
          const form = new FormData();
          const bytes = new Uint8Array(2_000).map((_, i) => (i < 4 ? [0x50, 0x4b, 0x03, 0x04][i] : random.int(256)));
          form.append("file", new Blob([bytes]), "fiches.xlsx");
          body = form;
          label += ", multipart broken zip";
        } else if (kind === 2) {
          body = "garbage \u0000 body";
          contentType = random.pick([
            "multipart/form-data",
            "multipart/form-data; boundary=x",
            "application/json",
            "text/plain",
          ]);
          label += `, garbage body as ${contentType}`;
        } else if (kind === 3) {
          body = new URLSearchParams({
            email: random.pick(["x", "", "a\u0000b@x.fr", "pilote@chanac.demo.fr"]),
            password: "wrong",
            csrfToken: "x",
          });
          label += ", form";
        } else if (kind === 4) {
          body = JSON.stringify({ a: "$T", b: [1, 2] });
          contentType = "application/json";
          label += ", JSON";
        } else {
          label += ", no body";
        }
      }
      routeCount += 1;
      const headers: Record<string, string> = { ...cookie, Origin: server.url };
      if (contentType) headers["Content-Type"] = contentType;
      return {
        session,
        url: `${server.url}${routePath}`,
        init: { method, headers, body, redirect: "manual" },
        sent: {
          session: session.label,
          target: `${method} ${route.route}`,
          label: `${label}: ${routePath.slice(0, 200)}`,
          body: typeof body === "string" ? body : "",
        },
      };
    };

    const send = async (index: number) => {
      const { sent, url, init, session } = nextRequest(index);
      inFlight.add(sent);
      lastSent = sent;
      sentCount += 1;
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
        const text = await response.text();
        const status = String(response.status);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (response.status >= 500) fiveHundreds.push({ sent, status: response.status });
        if (sent.target.includes("#")) {
          // What the action answered: a validation refusal, an error message (a refusal), or data (accepted).
          const outcome = text.includes('"validationErrors"')
            ? "validation errors"
            : (/"serverError":"([^"]*)"/.exec(text)?.[1] ??
              (response.status === 200 ? "other answer" : `HTTP ${status}`));
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }
        const requestText = `${url}\n${sent.body}`;
        for (const forbidden of session.forbidden) {
          if (text.includes(forbidden) && !requestText.includes(forbidden)) {
            leaks.push({ sent, found: forbidden });
            break;
          }
        }
      } catch (error) {
        failures.push({ sent, error: String(error) });
      } finally {
        // Lines printed while handling the request may come a moment after the answer.
        setTimeout(() => inFlight.delete(sent), 50);
      }
    };

    let index = 0;
    const worker = async () => {
      while (index < TOTAL) {
        const mine = index++;
        await send(mine);
        if (mine % 500 === 499) log(`${mine + 1} inputs sent (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const after = await tableChecksums(client);
    mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
    const changedTables = rowsChanged(before, after);
    const changed = Object.values(changedTables).reduce((total, n) => total + n, 0);
    // Error lines count, whatever the stream; other lines of stderr (a deprecation warning, a stack trace's frames)
    // are shown for a closer look but do not fail the run.
    const errorLines = serverLines.filter(({ line }) => ERROR_LINE.test(line));
    const otherStderr = serverLines.filter(({ line, stream }) => stream === "stderr" && !ERROR_LINE.test(line));
    const unhandledInputs = new Set<Sent>([
      ...fiveHundreds.map((f) => f.sent),
      ...errorLines.flatMap((l) => l.inFlight),
    ]);
    const unhandled = errorLines.length + fiveHundreds.length;

    log(
      `inputs sent: ${sentCount} (${actionCount} to ${actions.length} server actions, ${routeCount} to ${routes.length} route handlers), ${sessions.length} callers`,
    );
    log(
      `responses by status: ${[...statuses.entries()]
        .sort()
        .map(([s, n]) => `${s}: ${n}`)
        .join(", ")}`,
    );
    log(
      `server action answers: ${[...outcomes.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([outcome, n]) => `${outcome} ${n}`)
        .join(", ")}`,
    );
    for (const session of sessions)
      log(
        `  ${session.label}: ${session.forbidden.length} forbidden strings (${session.foreign.length} territories out of reach)`,
      );
    if (failures.length) {
      log(`requests that got no answer: ${failures.length}`);
      for (const f of failures.slice(0, 5))
        log(`  ${f.sent.session} → ${f.sent.target} [${f.sent.label.slice(0, 200)}]: ${f.error}`);
    }
    log(
      `server output lines during the run: ${serverLines.length}, error lines: ${errorLines.length}, other stderr lines: ${otherStderr.length}, HTTP 5xx: ${fiveHundreds.length}`,
    );
    // The whole output, each line with the inputs in flight when it appeared, for a closer look.
    writeFileSync(
      SERVER_LOG,
      serverLines
        .map(({ line, stream, inFlight: culprits }) =>
          [
            `[${stream}] ${line}`,
            ...culprits.map((c) => `    while: ${c.session} → ${c.target} [${c.label}] ${c.body.slice(0, 500)}`),
          ].join("\n"),
        )
        .join("\n")
        // Inputs carry NUL bytes and other control characters: escaped, so that the log stays text.
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    );
    // The first line of each distinct error (messages differ by their digest only: the rest is the same error).
    const headlines = new Map<string, { count: number; culprits: Sent[] }>();
    for (const { line, inFlight: culprits } of errorLines) {
      const key = line.replace(/digest: '\d+'/, "").slice(0, 200);
      const seen = headlines.get(key) ?? { count: 0, culprits };
      seen.count += 1;
      headlines.set(key, seen);
    }
    for (const [line, { count, culprits }] of [...headlines.entries()].slice(0, 8)) {
      log(`  server (${count}×): ${line}`);
      for (const c of culprits.slice(0, 2))
        log(`    while: ${c.session} → ${c.target} [${c.label.slice(0, 200)}] ${c.body.slice(0, 200)}`);
    }
    for (const { line } of otherStderr.slice(0, 3)) log(`  stderr (not counted): ${line.slice(0, 300)}`);
    if (serverLines.length) log(`  the whole server output: ${path.relative(projectRoot, SERVER_LOG)}`);
    for (const f of fiveHundreds.slice(0, 5))
      log(
        `  HTTP ${f.status}: ${f.sent.session} → ${f.sent.target} [${f.sent.label.slice(0, 200)}] body ${f.sent.body.slice(0, 200)}`,
      );
    log(
      `tables checked: ${Object.keys(before).length} (allowed to change: ${TABLES_ALLOWED_TO_CHANGE.join(", ")}), rows changed: ${
        changed
          ? Object.entries(changedTables)
              .map(([t, n]) => `${t} ${n}`)
              .join(", ")
          : "none"
      }`,
    );
    for (const l of leaks.slice(0, 5))
      log(`  leak of "${l.found}": ${l.sent.session} → ${l.sent.target} [${l.sent.label.slice(0, 200)}]`);
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `fuzz: ${sentCount} inputs, ${unhandled} unhandled, ${changed} rows changed, ${leaks.length} leaks (seed ${seed}, ${seconds} s)`,
    );
    const ok =
      sentCount >= MINIMUM &&
      unhandled === 0 &&
      errorLines.length === 0 &&
      failures.length === 0 &&
      changed === 0 &&
      leaks.length === 0;
    if (sentCount < MINIMUM) log(`too few inputs: ${sentCount} < ${MINIMUM}`);
    if (unhandledInputs.size) log(`inputs involved in unhandled errors: ${unhandledInputs.size}`);
    exitCode = ok ? 0 : 1;
  } finally {
    await client.end();
    await server.stop();
    await database.stop();
  }
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
