-- The syndication LSH index kept in the store instead of in the writer's memory (issue 13; SQLite's
-- 0012). Each signature row carries its 42 band keys (parley.syndication.band_keys) as an array with
-- a GIN index: a new article's candidates are the rows whose keys overlap its own (&&). Several
-- writers then share one index and none reloads it when another writes. The migration fills the keys
-- of the rows stored before it from their signatures (pg_syndication.backfill_bands; no text is
-- re-read, nothing is lost).
ALTER TABLE syndication_signatures ADD COLUMN IF NOT EXISTS bands BIGINT[];
CREATE INDEX IF NOT EXISTS syndication_signatures_bands ON syndication_signatures USING gin (bands);
