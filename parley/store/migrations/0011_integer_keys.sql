-- Articles and statements get an explicit INTEGER PRIMARY KEY (seq), equal to the rowid they had.
-- The FTS tables (articles_fts, attributions_fts: external content, keyed by rowid) and the notion
-- tables (0008: article = its rowid) name rows by rowid, and SQLite documents that VACUUM may renumber
-- the rowids of a table without an INTEGER PRIMARY KEY: search and notion queries would then point at
-- the wrong rows. An INTEGER PRIMARY KEY is the rowid itself and is never renumbered. Every row keeps
-- its rowid (copied), so nothing that names it changes; foreign keys are off while a migration runs
-- (parley/store/sqlite.py), so dropping the old table deletes no child rows.
CREATE TABLE articles_0011 (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    is_latest INTEGER NOT NULL DEFAULT 1,
    outlet TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    language TEXT,
    section TEXT,
    dateline_place TEXT,
    dateline_outlet TEXT,
    source TEXT,
    reader TEXT,
    external_id TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
INSERT INTO articles_0011(seq, id, url, version, is_latest, outlet, title, author, published, language, section,
                          dateline_place, dateline_outlet, source, reader, external_id, text, record, ingested_at)
    SELECT rowid, id, url, version, is_latest, outlet, title, author, published, language, section,
           dateline_place, dateline_outlet, source, reader, external_id, text, record, ingested_at
    FROM articles ORDER BY rowid;
DROP TABLE articles;
ALTER TABLE articles_0011 RENAME TO articles;
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE attributions_0011 (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    speaker_name TEXT,
    speaker_role TEXT,
    speaker_affiliation TEXT,
    addressee TEXT,
    channel TEXT,
    inferred INTEGER NOT NULL DEFAULT 0,
    speaker_type TEXT,
    UNIQUE (article_id, idx)
);
INSERT INTO attributions_0011(seq, article_id, idx, kind, content, content_start, content_end, speaker_name,
                              speaker_role, speaker_affiliation, addressee, channel, inferred, speaker_type)
    SELECT rowid, article_id, idx, kind, content, content_start, content_end, speaker_name,
           speaker_role, speaker_affiliation, addressee, channel, inferred, speaker_type
    FROM attributions ORDER BY rowid;
DROP TABLE attributions;
ALTER TABLE attributions_0011 RENAME TO attributions;
CREATE INDEX attributions_speaker ON attributions(speaker_name);
CREATE INDEX attributions_affiliation ON attributions(speaker_affiliation);
