-- Full-text search in French (lib/search): the `french` configuration with accents removed, so that "Equipement"
-- finds "Équipement" and "creche" finds "crèche". Rich text is searched without its tags and entities.
-- The indexes are on expressions: lib/search/queries.ts uses exactly the same expressions (ctg_search_document
-- over the same columns), otherwise PostgreSQL cannot use them (tests/integration/search.test.ts checks the plans).
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

CREATE INDEX "Convention_search_idx" ON "Convention" USING gin (public.ctg_search_document("title"));
CREATE INDEX "Article_search_idx" ON "Article" USING gin (public.ctg_search_document("title" || ' ' || "body"));
CREATE INDEX "FicheAction_search_idx" ON "FicheAction"
  USING gin (public.ctg_search_document("number" || ' ' || "title" || ' ' || coalesce("description", '')));
CREATE INDEX "Indicator_search_idx" ON "Indicator" USING gin (public.ctg_search_document("name"));
CREATE INDEX "Meeting_search_idx" ON "Meeting" USING gin (public.ctg_search_document("minutes"));
CREATE INDEX "Decision_search_idx" ON "Decision" USING gin (public.ctg_search_document("text"));
CREATE INDEX "Organisation_search_idx" ON "Organisation"
  USING gin (public.ctg_search_document("name" || ' ' || coalesce("shortName", '')));
