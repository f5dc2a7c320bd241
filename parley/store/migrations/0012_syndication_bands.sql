-- The syndication LSH index kept in the store instead of in the writer's memory (issue 13: the
-- in-memory index was the ingest's only memory growing with the corpus, about 2.6 KB an article).
-- One row per band of each article's MinHash signature: the band's key (parley.syndication.band_keys,
-- a signed 64-bit hash of the band's number and values) and the article's storage number. A new
-- article's candidates are the articles sharing a key, found through the primary key. The migration
-- fills the rows of the articles stored before it from their signatures
-- (sqlite_syndication.backfill_bands; no text is re-read, nothing is lost).
CREATE TABLE syndication_bands (
    key INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY (key, article)
) WITHOUT ROWID;
