// `npm run bench:search`: latency of the search (lib/search/queries.ts, every kind of one search in sequence, as the
// /recherche page runs it) on the national dataset (lib/cli/national/, generated first when missing), for a chargé(e)
// de coopération (every territory of a caisse) and a territory's EPCI agent. Prints median, p95 and max per caller
// and the slowest kinds. Not a test: it fails only on errors, never on slow numbers.
//
//   --runs N     measured passes over the list of queries (default 5), after one unmeasured pass
import type { Actor } from "../auth/actor";
import { createPrismaClient } from "../db/client";
import { applyMigrations } from "../db/migrate";
import { buildModelConvention } from "../conventions/convention-template";
import { search, searchQueries, tsQuery } from "../search/queries";
import { generateNationalData, markerMatches, readMarker } from "./national/generate";
import { NATIONAL_DATABASE, openNationalServer } from "./national/server";

const runsIndex = process.argv.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(process.argv[runsIndex + 1]) : 5;

/** What people look for: themes, facilities, words of minutes and decisions, a fiche number, a partner. */
const QUERIES = [
  "espace jeunes",
  "crèche",
  "relais petite enfance",
  "parentalité",
  "accès aux droits",
  "inclusion numérique",
  "centre social",
  "bilan de fréquentation",
  "logement",
  "échange de données",
  "lieu d'accueil enfants-parents",
  "mobilité des jeunes",
  "1.2",
  "MSA",
  "Département",
  "assistantes maternelles",
];

/**
 * The national dataset has conventions without text: give each the model convention's articles (about fifteen,
 * some 20 kB of French), once, so that the article search has a national volume to go through.
 */
async function addModelArticles(db: ReturnType<typeof createPrismaClient>) {
  if ((await db.article.count()) > 0) return;
  const conventions = await db.convention.findMany({
    select: { id: true, startDate: true, endDate: true, territory: { select: { name: true } } },
  });
  const started = performance.now();
  let rows: { conventionId: string; kind: "ARTICLE"; position: number; title: string; body: string }[] = [];
  let total = 0;
  for (const convention of conventions) {
    const model = buildModelConvention({
      caisseDesignation: "la Caf",
      caisseName: "Caisse d'allocations familiales",
      territoryName: convention.territory.name,
      startDate: convention.startDate,
      endDate: convention.endDate,
      partnerDesignations: [`la communauté de communes ${convention.territory.name}`],
    });
    model.articles.forEach((article, index) =>
      rows.push({ conventionId: convention.id, kind: "ARTICLE", position: index + 1, ...article }),
    );
    if (rows.length >= 2000) {
      total += (await db.article.createMany({ data: rows })).count;
      rows = [];
    }
  }
  total += (await db.article.createMany({ data: rows })).count;
  await db.$executeRawUnsafe(`ANALYZE "Article"`);
  console.log(
    `Added ${total.toLocaleString("en-US")} model articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const server = await openNationalServer((line) => console.log(line));
  try {
    const url = await server.database(NATIONAL_DATABASE);
    if (!markerMatches(await readMarker(url))) {
      console.log("Generating the national dataset (a few minutes)…");
      await generateNationalData(url, { log: (line) => console.log(line) });
    } else {
      await applyMigrations(url);
    }
    const db = createPrismaClient(url, 4);
    try {
      await addModelArticles(db);
      const counts = await db.$queryRaw<{ kind: string; n: bigint }[]>`
        SELECT 'fiches' AS kind, count(*) AS n FROM "FicheAction" UNION ALL
        SELECT 'articles', count(*) FROM "Article" UNION ALL
        SELECT 'meetings', count(*) FROM "Meeting" UNION ALL
        SELECT 'decisions', count(*) FROM "Decision" UNION ALL
        SELECT 'territories', count(*) FROM "Territory"`;
      console.log(`Dataset: ${counts.map((c) => `${Number(c.n).toLocaleString("en-US")} ${c.kind}`).join(", ")}`);

      // The caisse with the most territories, its first chargé(e); a territory-level EPCI agent.
      const officer = await db.membership.findFirst({
        where: { role: "COOPERATION_OFFICER", territoryId: null },
        orderBy: { caisse: { territories: { _count: "desc" } } },
        select: { userId: true, caisseId: true },
      });
      const agent = await db.membership.findFirst({
        where: { role: "COPIL_MEMBER", territoryId: { not: null } },
        select: { userId: true, caisseId: true, territoryId: true },
      });
      if (!officer || !agent) throw new Error("The national dataset has no chargé(e) or EPCI agent.");
      const actorOf = async (userId: string): Promise<Actor> => {
        const user = await db.user.findUniqueOrThrow({
          where: { id: userId },
          select: { id: true, email: true, name: true, memberships: true },
        });
        return { ...user, isPlatformOperator: false, sessionId: "bench" };
      };
      const callers: [string, Actor][] = [
        [
          `chargé(e) of a caisse (${await db.territory.count({ where: { caisseId: officer.caisseId } })} territories)`,
          await actorOf(officer.userId),
        ],
        ["copil member (1 territory)", await actorOf(agent.userId)],
      ];

      for (const [label, actor] of callers) {
        for (const query of QUERIES) await search(db, actor, query); // warm-up
        const times: number[] = [];
        let hits = 0;
        for (let run = 0; run < runs; run++) {
          for (const query of QUERIES) {
            const started = performance.now();
            const results = await search(db, actor, query);
            times.push(performance.now() - started);
            hits += results.groups.reduce((sum, g) => sum + g.total, 0);
          }
        }
        times.sort((a, b) => a - b);
        console.log(
          `${label}: ${times.length} searches, median ${fmt(percentile(times, 50))}, p95 ${fmt(percentile(times, 95))}, max ${fmt(times.at(-1)!)} (${Math.round(hits / times.length)} matches per search on average)`,
        );
      }

      // Per kind, for the chargé(e): which part costs most.
      const territoryIds = (
        await db.territory.findMany({ where: { caisseId: officer.caisseId }, select: { id: true } })
      ).map((t) => t.id);
      const kinds = Object.entries(searchQueries(territoryIds, [officer.caisseId]));
      const perKind: string[] = [];
      for (const [kind, build] of kinds) {
        const times: number[] = [];
        for (const query of QUERIES) {
          const started = performance.now();
          await db.$queryRaw(build.sql(tsQuery(query)));
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        perKind.push(`${kind} p95 ${fmt(percentile(times, 95))}`);
      }
      console.log(`Per kind (chargé(e)): ${perKind.join(", ")}`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
