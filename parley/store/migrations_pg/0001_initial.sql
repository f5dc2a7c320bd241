-- parley schema v1 for PostgreSQL: the same tables as SQLite's 0001 + 0002, written for many writers.
-- Each article's full record (jsonb) is the only copy of its JSON and of its text: attribution, entity
-- and event rows hold only the columns queries filter and sort on, and are read back from the record
-- (record->'attributions'->idx), so nothing is stored twice. Full-text search is a generated tsvector
-- with a GIN index ('simple' configuration: no stemming, as SQLite's FTS5 unicode61 tokenizer; <, > and &
-- are blanked first because PostgreSQL's parser skips what looks like markup, words inside <script> too).
CREATE TABLE articles (
    seq BIGSERIAL UNIQUE,
    id TEXT PRIMARY KEY,
    url TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    is_latest BOOLEAN NOT NULL DEFAULT TRUE,
    outlet TEXT,
    title TEXT,
    published TEXT,
    external_id TEXT,
    record JSONB NOT NULL,
    ingested_at TEXT NOT NULL,
    tsv TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig,
                    translate(COALESCE(title, '') || ' ' || COALESCE(record->>'text', ''), '<>&', '   '))
    ) STORED,
    -- Two writers storing new versions of one url at once must not both become version 2.
    UNIQUE (url, version)
);
CREATE INDEX articles_outlet ON articles(LOWER(outlet));
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_external_id ON articles(external_id);
CREATE INDEX articles_tsv ON articles USING GIN(tsv);

CREATE TABLE attributions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    speaker_name TEXT,
    speaker_role TEXT,
    speaker_affiliation TEXT,
    speaker_type TEXT,
    tsv TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, translate(content || ' ' || COALESCE(speaker_name, ''), '<>&', '   '))
    ) STORED,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX attributions_speaker ON attributions(LOWER(speaker_name));
CREATE INDEX attributions_affiliation ON attributions(UPPER(speaker_affiliation));
CREATE INDEX attributions_tsv ON attributions USING GIN(tsv);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    code TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX entities_name ON entities(LOWER(name));
CREATE INDEX entities_code ON entities(UPPER(code));

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    actor_name TEXT,
    actor_code TEXT,
    recipient_name TEXT,
    recipient_code TEXT,
    asserted_by INTEGER,
    asserter TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type ON events(UPPER(type));
CREATE INDEX events_actor ON events(UPPER(actor_code));
CREATE INDEX events_recipient ON events(UPPER(recipient_code));

CREATE TABLE failures (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT,
    at TEXT NOT NULL
);

CREATE TABLE syndication_signatures (
    seq BIGSERIAL UNIQUE,
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    num_perm INTEGER NOT NULL,
    signature BYTEA NOT NULL,
    shingles INTEGER NOT NULL,
    dateline_start INTEGER,
    dateline_end INTEGER,
    publisher TEXT,
    original_source TEXT
);

CREATE TABLE syndication_groups (
    id BIGINT PRIMARY KEY,
    origin_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    size INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX syndication_groups_size ON syndication_groups(size);

CREATE TABLE syndication_members (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES syndication_groups(id) ON DELETE CASCADE,
    matched_with TEXT,
    similarity DOUBLE PRECISION
);
CREATE INDEX syndication_members_group ON syndication_members(group_id);
