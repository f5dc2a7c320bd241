-- A smaller database (issue 13: at most 8x the text it holds). Nothing is lost:
-- * a statement's content is stored only when it is not the slice of the article text between its
--   first and last offsets (statements of several spans joined by " … "); otherwise '' and read back
--   as that slice (parley/store/sqlite.py CONTENT). The FTS index keeps every statement's words.
-- * entities and events are WITHOUT ROWID tables: their (article_id, idx) key is the table itself,
--   not a second b-tree beside it.
-- * indexes no query uses are dropped (checked with EXPLAIN QUERY PLAN over the store, notion, filter
--   and API tests: filters compare UPPER(code) and UPPER(type), which a plain index cannot serve).
-- * syndication signatures are stored as 32-bit values (datasketch's legacy MinHash values all fit):
--   rewritten right after this migration (parley/store/sqlite.py _narrow_signatures).
UPDATE attributions SET content = ''
 WHERE content != ''
   AND content = (SELECT SUBSTR(a.text, attributions.content_start + 1,
                                attributions.content_end - attributions.content_start)
                  FROM articles a WHERE a.id = attributions.article_id);

DROP INDEX IF EXISTS entities_code;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_actor;
DROP INDEX IF EXISTS events_recipient;
DROP INDEX IF EXISTS notion_terms_key;

CREATE TABLE entities_0007 (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    code TEXT,
    country TEXT,
    sector TEXT,
    role TEXT,
    affiliation TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO entities_0007(article_id, idx, name, type, code, country, sector, role, affiliation, mentions)
    SELECT article_id, idx, name, type, code, country, sector, role, affiliation, mentions FROM entities;
DROP TABLE entities;
ALTER TABLE entities_0007 RENAME TO entities;
CREATE INDEX entities_name ON entities(name);

CREATE TABLE events_0007 (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    actor_name TEXT,
    actor_code TEXT,
    recipient_name TEXT,
    recipient_code TEXT,
    asserted_by INTEGER,
    asserter TEXT,
    date TEXT,
    place TEXT,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO events_0007(article_id, idx, type, mode, negated, actor_name, actor_code, recipient_name,
                        recipient_code, asserted_by, asserter, date, place)
    SELECT article_id, idx, type, mode, negated, actor_name, actor_code, recipient_name,
           recipient_code, asserted_by, asserter, date, place FROM events;
DROP TABLE events;
ALTER TABLE events_0007 RENAME TO events;
