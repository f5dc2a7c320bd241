-- Notion index for PostgreSQL, written when an article is stored (parley/store/pg_notions.py), the same
-- content as SQLite's 0003, so that `parley notion`, `compare`, `timeline` and `notions` read neither
-- records nor spaCy. Articles stored before this migration are indexed right after it, from their records.

-- Statement content spans (attribution = index in the article) and sentences (attribution NULL), each
-- with its key stream: the folding keys of its words in order (parley/notions/index.py key_stream).
-- The array is the positional index: a GIN index finds the contexts holding every key of a phrase,
-- and parley_keys_near() checks from the keys' positions that they are close together.
CREATE TABLE notion_contexts (
    id BIGSERIAL PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution INTEGER,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    keys TEXT[] NOT NULL
);
CREATE INDEX notion_contexts_article ON notion_contexts(article_id);
CREATE INDEX notion_contexts_keys ON notion_contexts USING GIN(keys);

-- True when, at some position of keys[1] in the stream, every other key occurs within `distance`
-- positions of it: the keys sit together in a window, in any order. A window the matcher accepts
-- always passes (it may let through a few more, which the matcher then drops), as FTS5's NEAR does.
CREATE FUNCTION parley_keys_near(stream TEXT[], keys TEXT[], distance INTEGER) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT EXISTS (
        SELECT 1 FROM unnest(array_positions(stream, keys[1])) AS p
        WHERE NOT EXISTS (
            SELECT 1 FROM unnest(keys[2:]) AS k
            WHERE NOT EXISTS (SELECT 1 FROM unnest(array_positions(stream, k)) AS q WHERE abs(q - p) <= distance)
        )
    )
$$;

-- Per article: who published this copy, and its folded-word counts (key terms' background),
-- packed as (64-bit key hash, 32-bit count) pairs: parley/notions/index.py pack_counts.
CREATE TABLE notion_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    publisher TEXT,
    words BYTEA NOT NULL
);

-- Notion terms of the terms step: key = folded words sorted and space-separated; attribution =
-- the statement whose content holds the term, NULL for the reporter's words.
CREATE TABLE notion_terms (
    id BIGSERIAL PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution INTEGER,
    key TEXT NOT NULL,
    surface TEXT NOT NULL
);
CREATE INDEX notion_terms_article ON notion_terms(article_id);
CREATE INDEX notion_terms_key ON notion_terms(key);
