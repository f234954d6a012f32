import "server-only";
// Search across everything a user may see: PostgreSQL full-text search in French without accents (the
// `ctg_french` configuration; the "searchDocument" columns and GIN indexes of migration 20261202090000_search), ranked, with
// highlighted excerpts. SECURITY: every query is bounded by the ids of the territories the caller may see, computed
// by lib/auth/scope.ts like every page; organisations also by the caisses whose directory the caller manages.
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { visibleTerritoriesWhere } from "../auth/scope";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { SearchKind } from "./schemas";

/** Results shown per kind; the count says how many matched in all. */
export const RESULTS_PER_KIND = 10;

/** Marks around the matched words in an excerpt (control characters: they never occur in stored text). */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export type SearchHit = {
  kind: SearchKind;
  id: string;
  title: string;
  /** The excerpt with MATCH_START / MATCH_END around the matched words. */
  excerpt: string;
  href: string | null;
  territory: { slug: string; name: string } | null;
  /** What the hit belongs to: "CTG n° 2 — Aubrac…", "Fiche 1.2 — …". */
  context: string | null;
};

export type SearchResults = {
  query: string;
  /** False when the words are all too common to search ("le", "des"…). */
  searchable: boolean;
  groups: { kind: SearchKind; total: number; hits: SearchHit[] }[];
};

type Row = {
  id: string;
  title: string;
  excerpt: string | null;
  slug: string | null;
  territoryName: string | null;
  parentId: string | null;
  context: string | null;
  caisseId: string | null;
  total: bigint;
};

/**
 * One kind's query: `document` is the table's stored "searchDocument" (its GIN index serves the condition and
 * ts_rank reads it without recomputing), `headline` the text the excerpt is cut from. The ranked page is chosen first, then only those rows get
 * an excerpt (ts_headline is the costly part).
 */
function kindQuery(parts: {
  /** The searched table with its alias, and the joins that name its territory. */
  table: Prisma.Sql;
  joins: Prisma.Sql;
  document: Prisma.Sql;
  headline: Prisma.Sql;
  select: Prisma.Sql;
  where: Prisma.Sql;
}) {
  // The query is written out in each place (not a CTE): PostgreSQL uses an index only for a condition against a
  // value it knows when planning.
  const sql = (query: Prisma.Sql) => Prisma.sql`
    SELECT ranked.*,
           ts_headline('public.ctg_french', public.ctg_search_text("headlineText"), ${query}, ${HEADLINE_OPTIONS}) AS excerpt
    FROM (
      SELECT ${parts.select}, ${parts.headline} AS "headlineText",
             ts_rank(${parts.document}, ${query}) AS rank, count(*) OVER () AS total
      FROM ${parts.table} ${parts.joins}
      WHERE ${parts.document} @@ ${query} AND ${parts.where}
      ORDER BY rank DESC, title
      LIMIT ${RESULTS_PER_KIND}
    ) ranked
    ORDER BY rank DESC, title`;
  /** The search condition alone on its table: what the GIN index must serve (checked by the tests). */
  const indexed = (query: Prisma.Sql) => Prisma.sql`SELECT 1 FROM ${parts.table} WHERE ${parts.document} @@ ${query}`;
  return { sql, indexed };
}

/** The query of each kind, bounded by these territories and caisses (exported for the plan checks of the tests). */
export function searchQueries(territoryIds: string[], manageableCaisseIds: string[]) {
  const inTerritories = (column: Prisma.Sql) => Prisma.sql`${column} = ANY(${territoryIds}::text[])`;
  return {
    fiche: kindQuery({
      table: Prisma.sql`"FicheAction" f`,
      joins: Prisma.sql`JOIN "Territory" t ON t.id = f."territoryId"`,
      document: Prisma.sql`f."searchDocument"`,
      headline: Prisma.sql`f."title" || ' — ' || coalesce(f."description", '')`,
      select: Prisma.sql`f.id, 'Fiche ' || f."number" || ' — ' || f."title" AS title, t.slug, t.name AS "territoryName",
        NULL AS "parentId", NULL AS context, NULL AS "caisseId"`,
      where: inTerritories(Prisma.sql`f."territoryId"`),
    }),
    article: kindQuery({
      table: Prisma.sql`"Article" a`,
      joins: Prisma.sql`JOIN "Convention" c ON c.id = a."conventionId" JOIN "Territory" t ON t.id = c."territoryId"`,
      document: Prisma.sql`a."searchDocument"`,
      headline: Prisma.sql`a."body"`,
      select: Prisma.sql`a.id, a."title" AS title, t.slug, t.name AS "territoryName", c.id AS "parentId",
        c."title" AS context, NULL AS "caisseId"`,
      where: inTerritories(Prisma.sql`c."territoryId"`),
    }),
    convention: kindQuery({
      table: Prisma.sql`"Convention" c`,
      joins: Prisma.sql`JOIN "Territory" t ON t.id = c."territoryId"`,
      document: Prisma.sql`c."searchDocument"`,
      headline: Prisma.sql`c."title"`,
      select: Prisma.sql`c.id, c."title" AS title, t.slug, t.name AS "territoryName", NULL AS "parentId",
        'CTG n° ' || c.edition AS context, NULL AS "caisseId"`,
      where: inTerritories(Prisma.sql`c."territoryId"`),
    }),
    indicator: kindQuery({
      table: Prisma.sql`"Indicator" i`,
      joins: Prisma.sql`JOIN "FicheAction" f ON f.id = i."ficheId" JOIN "Territory" t ON t.id = f."territoryId"`,
      document: Prisma.sql`i."searchDocument"`,
      headline: Prisma.sql`i."name"`,
      select: Prisma.sql`i.id, i."name" AS title, t.slug, t.name AS "territoryName", f.id AS "parentId",
        'Fiche ' || f."number" || ' — ' || f."title" AS context, NULL AS "caisseId"`,
      where: inTerritories(Prisma.sql`f."territoryId"`),
    }),
    meeting: kindQuery({
      table: Prisma.sql`"Meeting" m`,
      joins: Prisma.sql`JOIN "Territory" t ON t.id = m."territoryId"`,
      document: Prisma.sql`m."searchDocument"`,
      headline: Prisma.sql`m."minutes"`,
      select: Prisma.sql`m.id, (CASE m.kind WHEN 'COPIL' THEN 'Comité de pilotage' ELSE 'Comité technique' END)
          || ' du ' || to_char((m."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY') AS title,
        t.slug, t.name AS "territoryName", NULL AS "parentId", NULL AS context, NULL AS "caisseId"`,
      where: inTerritories(Prisma.sql`m."territoryId"`),
    }),
    decision: kindQuery({
      table: Prisma.sql`"Decision" d`,
      joins: Prisma.sql`JOIN "Territory" t ON t.id = d."territoryId"`,
      document: Prisma.sql`d."searchDocument"`,
      headline: Prisma.sql`d."text"`,
      select: Prisma.sql`d.id, left(d."text", 120) AS title, t.slug, t.name AS "territoryName", d."meetingId" AS "parentId",
        NULL AS context, NULL AS "caisseId"`,
      where: inTerritories(Prisma.sql`d."territoryId"`),
    }),
    organisation: kindQuery({
      table: Prisma.sql`"Organisation" o`,
      joins: Prisma.sql`LEFT JOIN "Territory" t ON t.id = o."territoryId"`,
      document: Prisma.sql`o."searchDocument"`,
      headline: Prisma.sql`o."name" || coalesce(' (' || o."shortName" || ')', '')`,
      select: Prisma.sql`o.id, o."name" AS title, t.slug, t.name AS "territoryName", NULL AS "parentId",
        o."shortName" AS context, o."caisseId" AS "caisseId"`,
      where: Prisma.sql`(o."caisseId" = ANY(${manageableCaisseIds}::text[]) OR ${inTerritories(Prisma.sql`o."territoryId"`)})`,
    }),
  } satisfies Record<SearchKind, ReturnType<typeof kindQuery>>;
}

function hrefOf(kind: SearchKind, row: Row, manageable: Set<string>): string | null {
  const base = row.slug ? `/territoires/${row.slug}` : null;
  switch (kind) {
    case "fiche":
      return `${base}/fiches-action/${row.id}`;
    case "article":
      // The convention page (every role reads it; the article editor is for the caisse), at the article.
      return `${base}/conventions/${row.parentId}#article-${row.id}`;
    case "convention":
      return `${base}/conventions/${row.id}`;
    case "indicator":
      return `${base}/fiches-action/${row.parentId}#indicateurs`;
    case "meeting":
      return `${base}/reunions/${row.id}`;
    case "decision":
      return `${base}/reunions/${row.parentId}`;
    case "organisation":
      return row.caisseId && manageable.has(row.caisseId) ? `/caisses/${row.caisseId}/partenaires/${row.id}` : base;
  }
}

/** The caisses whose directory of organisations the caller manages (caisse-wide roles with organisation.manage). */
function manageableCaisses(actor: Actor): string[] {
  return [
    ...new Set(
      actor.memberships
        .filter((m) => m.territoryId === null && can([m.role], "organisation.manage"))
        .map((m) => m.caisseId),
    ),
  ];
}

/** The user's words as a query: websearch syntax ("…", -word, or), never an error, in the search configuration. */
export function tsQuery(text: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('public.ctg_french', ${text})`;
}

/** Searches everything the caller may see for `text` (already validated by searchQuerySchema). */
export async function search(db: Db, actor: Actor, text: string): Promise<SearchResults> {
  const [territories, parsed] = await Promise.all([
    db.territory.findMany({ where: visibleTerritoriesWhere(actor), select: { id: true } }),
    db.$queryRaw<{ empty: boolean }[]>`SELECT numnode(websearch_to_tsquery('public.ctg_french', ${text})) = 0 AS empty`,
  ]);
  if (parsed[0]?.empty) return { query: text, searchable: false, groups: [] };
  const territoryIds = territories.map((t) => t.id);
  const manageable = manageableCaisses(actor);
  const manageableSet = new Set(manageable);
  const query = tsQuery(text);
  const kinds = Object.entries(searchQueries(territoryIds, manageable)) as [SearchKind, ReturnType<typeof kindQuery>][];
  // One query per kind, in sequence: they are short (index scans bounded by the territories), and a search must not
  // take the pool's every connection.
  const groups: SearchResults["groups"] = [];
  for (const [kind, build] of kinds) {
    const rows = await db.$queryRaw<Row[]>(build.sql(query));
    if (rows.length === 0) continue;
    groups.push({
      kind,
      total: Number(rows[0].total),
      hits: rows.map((row) => ({
        kind,
        id: row.id,
        title: row.title,
        excerpt: row.excerpt ?? "",
        href: hrefOf(kind, row, manageableSet),
        territory: row.slug && row.territoryName ? { slug: row.slug, name: row.territoryName } : null,
        context: row.context,
      })),
    });
  }
  return { query: text, searchable: true, groups };
}

/** The excerpt as text and highlighted parts, for rendering without HTML: [{ text, match }]. */
export function excerptParts(excerpt: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, "g");
  let last = 0;
  for (const found of excerpt.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: excerpt.slice(last, found.index), match: false });
    parts.push({ text: found[1], match: true });
    last = found.index + found[0].length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), match: false });
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, " ") }));
}
