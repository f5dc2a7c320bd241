-- The notion index's rows name their article by its rowid (an integer of 1-3 bytes), not by its
-- 20-character id: notion_contexts and notion_terms hold one row per sentence, statement span and term,
-- so the id repeated in every row and in their article index was a quarter of the index's size
-- (issue 13). Articles are never deleted, so no cascade is lost; rowids are what the FTS tables
-- already key articles by. Queries join articles on rowid (parley/store/sqlite_notions.py).
CREATE TABLE notion_contexts_0008 (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    attribution INTEGER,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
INSERT INTO notion_contexts_0008(id, article, attribution, start, end)
    SELECT c.id, a.rowid, c.attribution, c.start, c.end
    FROM notion_contexts c JOIN articles a ON a.id = c.article_id ORDER BY c.id;
DROP TABLE notion_contexts;
ALTER TABLE notion_contexts_0008 RENAME TO notion_contexts;
CREATE INDEX notion_contexts_article ON notion_contexts(article);

CREATE TABLE notion_terms_0008 (
    article INTEGER NOT NULL,
    attribution INTEGER,
    key TEXT NOT NULL,
    surface TEXT NOT NULL
);
INSERT INTO notion_terms_0008(rowid, article, attribution, key, surface)
    SELECT m.rowid, a.rowid, m.attribution, m.key, m.surface
    FROM notion_terms m JOIN articles a ON a.id = m.article_id ORDER BY m.rowid;
DROP TABLE notion_terms;
ALTER TABLE notion_terms_0008 RENAME TO notion_terms;
CREATE INDEX notion_terms_article ON notion_terms(article);
