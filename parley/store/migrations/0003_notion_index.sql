-- Notion index, written when an article is stored (parley/store/sqlite_notions.py), so that
-- `parley notion`, `compare`, `timeline` and `notions` read neither records nor spaCy.
-- Articles stored before this migration are indexed right after it, from their stored records.

-- Statement content spans (attribution = index in the article) and sentences (attribution NULL).
CREATE TABLE notion_contexts (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution INTEGER,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX notion_contexts_article ON notion_contexts(article_id);

-- The folding keys of each context's words in order; rowid = notion_contexts.id. Contentless:
-- only the positional index is kept, for NEAR queries over a notion phrase's keys.
CREATE VIRTUAL TABLE notion_keys USING fts5(keys, content='', tokenize='unicode61 remove_diacritics 0');

-- Per article: who published this copy, and its folded-word counts (key terms' background),
-- packed as (64-bit key hash, 32-bit count) pairs: parley/notions/index.py pack_counts.
CREATE TABLE notion_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    publisher TEXT,
    words BLOB NOT NULL
);

-- Notion terms of the terms step: key = folded words sorted and space-separated; attribution =
-- the statement whose content holds the term, NULL for the reporter's words.
CREATE TABLE notion_terms (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution INTEGER,
    key TEXT NOT NULL,
    surface TEXT NOT NULL
);
CREATE INDEX notion_terms_article ON notion_terms(article_id);
CREATE INDEX notion_terms_key ON notion_terms(key);
