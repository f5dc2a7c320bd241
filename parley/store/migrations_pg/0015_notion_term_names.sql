-- Notion terms name their words by a 64-bit id into notion_term_names (issue 13): a term's folded key and
-- its surface ("security guarantee", "security guarantees") are repeated in every row where the term occurs
-- (57,646 rows and 1,800 different names at 2,000 `--fill` articles), so each is stored once and a term row
-- keeps its id: 8 bytes instead of 30-odd. The id is parley_term_id(key, surface), the first 8 bytes of an
-- MD5 (pg_notions.term_id computes the same in Python), so a writer needs no lookup and two writers adding
-- the same new name store it once (ON CONFLICT DO NOTHING; each batch adds its names in id order first, so
-- two batches never wait on each other's names). Two names sharing an id would need 2^32 names for even
-- odds. Rows are copied in their order, nothing is lost. Re-runnable: a database already in this shape is
-- left as it is (a test re-applies 0002-0015 to a database whose notion tables were dropped).
CREATE OR REPLACE FUNCTION parley_term_id(key TEXT, surface TEXT) RETURNS BIGINT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ('x' || left(md5(length(key) || ':' || key || surface), 16))::bit(64)::bigint
$$;

CREATE TABLE IF NOT EXISTS notion_term_names (
    id BIGINT PRIMARY KEY,
    key TEXT NOT NULL,
    surface TEXT NOT NULL
);

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'notion_terms'::regclass AND attname = 'surface'
             AND NOT attisdropped) THEN
    INSERT INTO notion_term_names(id, key, surface)
    SELECT DISTINCT parley_term_id(key, surface), key, surface FROM notion_terms ORDER BY 1
    ON CONFLICT (id) DO NOTHING;
    CREATE TABLE notion_terms_by_name (
        article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        term BIGINT NOT NULL,
        attribution INTEGER
    );
    INSERT INTO notion_terms_by_name(article, n, term, attribution)
    SELECT article, n, parley_term_id(key, surface), attribution FROM notion_terms ORDER BY article, n;
    DROP TABLE notion_terms;
    ALTER TABLE notion_terms_by_name RENAME TO notion_terms;
    CREATE INDEX notion_terms_article ON notion_terms(article) WITH (fillfactor = 100);
  END IF;
END
$$;
