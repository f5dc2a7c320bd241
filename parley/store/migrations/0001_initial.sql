-- parley schema v1: articles and everything extracted from them, plus failures.
-- Every table keeps the full record as JSON (record) beside the columns queries filter on,
-- so the JSON served by the API is exactly what `parley extract` printed.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
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
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE attributions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    cue TEXT,
    source TEXT,
    speaker_name TEXT,
    speaker_role TEXT,
    speaker_affiliation TEXT,
    addressee TEXT,
    channel TEXT,
    inferred INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX attributions_speaker ON attributions(speaker_name);
CREATE INDEX attributions_affiliation ON attributions(speaker_affiliation);

CREATE TABLE entities (
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
    record TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE events (
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
    record TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_actor ON events(actor_code);
CREATE INDEX events_recipient ON events(recipient_code);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT,
    at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE VIRTUAL TABLE attributions_fts USING fts5(content, speaker, content='attributions', content_rowid='rowid');
