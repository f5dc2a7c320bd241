-- A smaller database (issue 13; SQLite's 0007 and 0008). Nothing is lost:
-- * notion key streams hold 32-bit ids of the keys (the first 4 bytes of the key's MD5, signed) instead
--   of the keys' text: a third of the array and of its GIN index. parley_key_id() is what
--   parley/store/pg_notions.py key_id() computes; two keys sharing an id only let a context through
--   to the matcher, which checks the words themselves.
-- * statements' full-text search is an expression index instead of a stored tsvector column (a
--   statement is short: a recheck recomputes it cheaply). The article tsvector stays stored: search
--   ranks every hit with it.
-- Pages freed by the dropped column come back with VACUUM FULL (the key column is rewritten here).
-- Statements are re-runnable: a test re-applies 0002-0004 to a database whose notion tables were dropped.
CREATE OR REPLACE FUNCTION parley_key_id(key TEXT) RETURNS INTEGER
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ('x' || substr(md5(key), 1, 8))::bit(32)::integer
$$;

CREATE OR REPLACE FUNCTION parley_key_ids(keys TEXT[]) RETURNS INTEGER[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE(array_agg(parley_key_id(k) ORDER BY n), '{}') FROM unnest(keys) WITH ORDINALITY AS u(k, n)
$$;

DROP INDEX IF EXISTS notion_contexts_keys;
ALTER TABLE notion_contexts ALTER COLUMN keys TYPE INTEGER[] USING parley_key_ids(keys);
CREATE INDEX notion_contexts_keys ON notion_contexts USING GIN(keys);

DROP FUNCTION IF EXISTS parley_keys_near(TEXT[], TEXT[], INTEGER);
CREATE OR REPLACE FUNCTION parley_keys_near(stream INTEGER[], keys INTEGER[], distance INTEGER) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT EXISTS (
        SELECT 1 FROM unnest(array_positions(stream, keys[1])) AS p
        WHERE NOT EXISTS (
            SELECT 1 FROM unnest(keys[2:]) AS k
            WHERE NOT EXISTS (SELECT 1 FROM unnest(array_positions(stream, k)) AS q WHERE abs(q - p) <= distance)
        )
    )
$$;

DROP INDEX IF EXISTS attributions_tsv;
ALTER TABLE attributions DROP COLUMN IF EXISTS tsv;
CREATE INDEX attributions_tsv ON attributions USING GIN ((
    to_tsvector('simple'::regconfig, translate(content || ' ' || COALESCE(speaker_name, ''), '<>&', '   '))
));
