-- A smaller notion index (issue 13; SQLite's 0008). The notion tables name their article by its
-- 64-bit storage number (articles.seq) instead of its 20-character id, and their rows have no id of
-- their own: a context or term is (article, n), n its place in the article's rows, which is the order
-- they were written and are read in. That drops a primary-key index per table and 20-odd bytes a row
-- (at 10,000 `--fill` articles: notion_contexts 138.5 -> 108.0 MB, notion_terms 38.2 -> 25.3 MB). Nothing is lost: rows
-- are copied in their order. Re-runnable on empty tables (a test re-applies 0002-0006).
CREATE TABLE notion_contexts_by_seq (
    article BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    attribution INTEGER,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    keys INTEGER[] NOT NULL
);
INSERT INTO notion_contexts_by_seq(article, n, attribution, span_start, span_end, keys)
SELECT a.seq, (ROW_NUMBER() OVER (PARTITION BY c.article_id ORDER BY c.id))::integer,
       c.attribution, c.span_start, c.span_end, c.keys
FROM notion_contexts c JOIN articles a ON a.id = c.article_id ORDER BY a.seq, c.id;
DROP TABLE notion_contexts;
ALTER TABLE notion_contexts_by_seq RENAME TO notion_contexts;
CREATE INDEX notion_contexts_article ON notion_contexts(article);
CREATE INDEX notion_contexts_keys ON notion_contexts USING GIN(keys);

CREATE TABLE notion_terms_by_seq (
    article BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    attribution INTEGER,
    key TEXT NOT NULL,
    surface TEXT NOT NULL
);
INSERT INTO notion_terms_by_seq(article, n, attribution, key, surface)
SELECT a.seq, (ROW_NUMBER() OVER (PARTITION BY m.article_id ORDER BY m.id))::integer, m.attribution, m.key, m.surface
FROM notion_terms m JOIN articles a ON a.id = m.article_id ORDER BY a.seq, m.id;
DROP TABLE notion_terms;
ALTER TABLE notion_terms_by_seq RENAME TO notion_terms;
CREATE INDEX notion_terms_article ON notion_terms(article);

CREATE TABLE notion_articles_by_seq (
    article BIGINT PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
    publisher TEXT,
    words BYTEA NOT NULL
);
INSERT INTO notion_articles_by_seq(article, publisher, words)
SELECT a.seq, n.publisher, n.words FROM notion_articles n JOIN articles a ON a.id = n.article_id ORDER BY a.seq;
DROP TABLE notion_articles;
ALTER TABLE notion_articles_by_seq RENAME TO notion_articles;
