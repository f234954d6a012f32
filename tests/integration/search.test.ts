// Search: French full text without accents, ranked and highlighted, bounded by the territories the caller may see,
// and served by the GIN indexes of the migration (the plans are checked: a condition no index serves would silently
// scan every row).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { Prisma } from "../../lib/db/generated/client";
import { excerptParts, MATCH_END, MATCH_START, search, searchQueries, tsQuery } from "../../lib/search/queries";
import { searchQuerySchema } from "../../lib/search/schemas";
import { requireTestDatabase } from "../helpers/db";
import { createTenants, createUser } from "../helpers/factories";

const db = requireTestDatabase();

let tenants: Awaited<ReturnType<typeof createTenants>>;
let epciOfA2: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  tenants = await createTenants(db);
  const { territoryA, territoryA2, territoryB, caisseA, caisseB } = tenants;
  const convention = (territoryId: string, title: string) =>
    db.convention.create({
      data: {
        territoryId,
        title,
        startDate: new Date("2024-01-01"),
        endDate: new Date("2028-12-31"),
        status: "DRAFT",
      },
    });
  const ctgA = await convention(territoryA.id, "Convention territoriale globale de l'Aubrac");
  const ctgA2 = await convention(territoryA2.id, "Convention territoriale globale des Causses");
  const ctgB = await convention(territoryB.id, "Convention territoriale globale du Gévaudan");
  const article = await db.article.create({
    data: {
      conventionId: ctgA.id,
      kind: "ARTICLE",
      position: 1,
      title: "Échange de données",
      body: "<p>Les partenaires s&#39;engagent à l&rsquo;<strong>échange</strong> des données statistiques nécessaires au diagnostic.</p>",
    },
  });
  ids.article = article.id;
  const fiche = (territoryId: string, conventionId: string, number: string, title: string, description: string) =>
    db.ficheAction.create({ data: { territoryId, conventionId, number, title, description } });
  ids.ficheA = (
    await fiche(
      territoryA.id,
      ctgA.id,
      "3.2",
      "Créer un Espace Jeunes itinérant",
      "Un local mobile pour les 11-17 ans des communes de l'Aubrac.",
    )
  ).id;
  ids.ficheA2 = (await fiche(territoryA2.id, ctgA2.id, "1.1", "Ouvrir un espace jeunes à Florac", "Local fixe.")).id;
  ids.ficheB = (await fiche(territoryB.id, ctgB.id, "1.1", "Espace jeunes de Marvejols", "Autre caisse.")).id;
  await fiche(territoryA.id, ctgA.id, "1.1", "Relais petite enfance", "Crèche et assistantes maternelles.");
  await db.indicator.create({ data: { ficheId: ids.ficheA, position: 1, name: "Nombre de jeunes accueillis" } });
  const meeting = await db.meeting.create({
    data: {
      territoryId: territoryA.id,
      conventionId: ctgA.id,
      kind: "COPIL",
      startsAt: new Date("2026-03-12T13:30:00Z"),
      minutes: "Le comité valide le calendrier de l'espace jeunes et demande un bilan de fréquentation.",
    },
  });
  await db.decision.create({
    data: { territoryId: territoryA.id, meetingId: meeting.id, text: "Présenter le bilan de fréquentation en juin." },
  });
  await db.organisation.create({
    data: { caisseId: caisseA.id, kind: "ASSOCIATION", name: "Familles Rurales Lozère" },
  });
  await db.organisation.create({
    data: { caisseId: caisseB.id, kind: "ASSOCIATION", name: "Familles Rurales Cantal" },
  });
  epciOfA2 = await createUser(db, { role: "EPCI_STAFF", caisseId: caisseA.id, territoryId: territoryA2.id });
});

const titles = (results: Awaited<ReturnType<typeof search>>, kind: string) =>
  results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.title) ?? [];

describe("search", () => {
  it("finds fiches without accents or case, in every territory of the caisse and nothing from another caisse", async () => {
    const results = await search(db, tenants.actors.COOPERATION_OFFICER, "espace jeunes");
    const fiches = results.groups.find((g) => g.kind === "fiche")!;
    expect(fiches.hits.map((h) => h.id).sort()).toEqual([ids.ficheA, ids.ficheA2].sort());
    const json = JSON.stringify(results);
    expect(json).not.toContain(ids.ficheB);
    expect(json).not.toContain(tenants.territoryB.slug);
    // The minutes speak of it too; the hit names its territory and links into it.
    expect(titles(results, "meeting")).toEqual(["Comité de pilotage du 12/03/2026"]);
    const hit = fiches.hits.find((h) => h.id === ids.ficheA)!;
    expect(hit.territory?.slug).toBe(tenants.territoryA.slug);
    expect(hit.href).toBe(`/territoires/${tenants.territoryA.slug}/fiches-action/${ids.ficheA}`);
    expect(hit.excerpt).toContain(`${MATCH_START}Espace${MATCH_END} ${MATCH_START}Jeunes${MATCH_END}`);
  });

  it("bounds a territory's agent to that territory", async () => {
    const onA = await search(db, tenants.actors.EPCI_STAFF, "Espace jeunes");
    expect(onA.groups.find((g) => g.kind === "fiche")!.hits.map((h) => h.id)).toEqual([ids.ficheA]);
    const onA2 = await search(db, epciOfA2, "espace jeunes");
    expect(JSON.stringify(onA2)).not.toContain(ids.ficheA);
    expect(onA2.groups.find((g) => g.kind === "fiche")!.hits.map((h) => h.id)).toEqual([ids.ficheA2]);
    // The caisse's directory is for those who manage it.
    expect(titles(await search(db, tenants.actors.EPCI_STAFF, "familles rurales"), "organisation")).toEqual([]);
    expect(titles(await search(db, tenants.actors.COOPERATION_OFFICER, "familles rurales"), "organisation")).toEqual([
      "Familles Rurales Lozère",
    ]);
  });

  it("searches article text with stemming, past tags and entities, and links to the article in the convention", async () => {
    const results = await search(db, tenants.actors.COPIL_MEMBER, "echanger des donnees");
    const articles = results.groups.find((g) => g.kind === "article")!;
    expect(articles.hits).toHaveLength(1);
    const [hit] = articles.hits;
    expect(hit.context).toBe("Convention territoriale globale de l'Aubrac");
    expect(hit.href).toMatch(new RegExp(`/conventions/[^/]+#article-${ids.article}$`));
    const parts = excerptParts(hit.excerpt);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["échange", "données"]);
    expect(parts.map((p) => p.text).join("")).not.toMatch(/<|&/);
  });

  it("finds indicators, decisions and conventions; says when the words are too common", async () => {
    const officer = tenants.actors.COOPERATION_OFFICER;
    expect(titles(await search(db, officer, "jeunes accueillis"), "indicator")).toEqual([
      "Nombre de jeunes accueillis",
    ]);
    expect(titles(await search(db, officer, "bilan de fréquentation"), "decision")).toEqual([
      "Présenter le bilan de fréquentation en juin.",
    ]);
    expect(titles(await search(db, officer, "gevaudan"), "convention")).toEqual([]);
    expect(titles(await search(db, officer, "causses"), "convention")).toEqual([
      "Convention territoriale globale des Causses",
    ]);
    const common = await search(db, officer, "de la des");
    expect(common).toMatchObject({ searchable: false, groups: [] });
    // Search syntax of the user is not SQL: quotes, minus and stray operators are words or nothing.
    const odd = await search(db, officer, `"espace jeunes" -florac ') OR 1=1 --`);
    expect(odd.groups.find((g) => g.kind === "fiche")?.hits.map((h) => h.id)).toEqual([ids.ficheA]);
  });

  it("refuses empty, too long or control-character queries with a French message", () => {
    expect(searchQuerySchema.safeParse({ q: " a " }).error?.issues[0].message).toBe(
      "Recherche : au moins 2 caractères.",
    );
    expect(searchQuerySchema.safeParse({ q: "x".repeat(201) }).error?.issues[0].message).toBe(
      "Recherche : 200 caractères au plus.",
    );
    expect(searchQuerySchema.safeParse({ q: "ab\u0000" }).success).toBe(false);
  });

  it("has the search condition of every kind served by its GIN index", async () => {
    const tenantsOf = [tenants.territoryA.id, tenants.territoryA2.id];
    const built = searchQueries(tenantsOf, [tenants.caisseA.id]);
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      for (const [kind, build] of Object.entries(built)) {
        const plan = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(
          Prisma.sql`EXPLAIN ${build.indexed(tsQuery("jeunes"))}`,
        );
        expect(plan.map((row) => row["QUERY PLAN"]).join("\n"), kind).toMatch(
          /Bitmap Index Scan on "?\w+_search_idx"?/,
        );
      }
    });
  });
});
