-- Full-text search in French (lib/search): the `french` configuration with accents removed, so that "Equipement"
-- finds "Équipement" and "creche" finds "crèche". Rich text is searched without its tags and entities.
-- lib/search/queries.ts searches the "searchDocument" columns, and tests/integration/search.test.ts checks the plans.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION public.ctg_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION public.ctg_french
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;

-- The text of a document for the index: tags and character entities of rich text become spaces. (The semicolon
-- of an entity is written \073: the migration runner splits statements at every semicolon.)
CREATE FUNCTION public.ctg_search_text(content text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(content, E'<[^>]*>|&[#a-zA-Z0-9]+\073', ' ', 'g');

CREATE FUNCTION public.ctg_search_document(content text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_tsvector('public.ctg_french'::regconfig, coalesce(public.ctg_search_text(content), ''));

-- Each searched table keeps its document as a stored generated column (invisible to Prisma, which never writes it):
-- an index on the expression alone would make PostgreSQL recompute to_tsvector for every candidate row (recheck and
-- ts_rank), which measured 10 ms for 40 fiches on the national dataset.
ALTER TABLE "Convention" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.ctg_search_document("title")) STORED;
ALTER TABLE "Article" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.ctg_search_document("title" || ' ' || "body")) STORED;
ALTER TABLE "FicheAction" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.ctg_search_document("number" || ' ' || "title" || ' ' || coalesce("description", ''))) STORED;
ALTER TABLE "Indicator" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.ctg_search_document("name")) STORED;
ALTER TABLE "Meeting" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.ctg_search_document("minutes")) STORED;
ALTER TABLE "Decision" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.ctg_search_document("text")) STORED;
ALTER TABLE "Organisation" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.ctg_search_document("name" || ' ' || coalesce("shortName", ''))) STORED;

CREATE INDEX "Convention_search_idx" ON "Convention" USING gin ("searchDocument");
CREATE INDEX "Article_search_idx" ON "Article" USING gin ("searchDocument");
CREATE INDEX "FicheAction_search_idx" ON "FicheAction" USING gin ("searchDocument");
CREATE INDEX "Indicator_search_idx" ON "Indicator" USING gin ("searchDocument");
CREATE INDEX "Meeting_search_idx" ON "Meeting" USING gin ("searchDocument");
CREATE INDEX "Decision_search_idx" ON "Decision" USING gin ("searchDocument");
CREATE INDEX "Organisation_search_idx" ON "Organisation" USING gin ("searchDocument");
