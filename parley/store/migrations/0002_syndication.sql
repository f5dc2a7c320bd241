-- Syndication: republished copies of one story grouped across outlets (parley/syndication.py).
-- Every article keeps its MinHash signature so the LSH index is rebuilt on open from this table
-- alone, without re-reading texts; the dateline offsets let a candidate's shingles be recomputed
-- from its text for the exact Jaccard check. Groups only exist for stories with two copies or more.
CREATE TABLE syndication_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    num_perm INTEGER NOT NULL,
    signature BLOB NOT NULL,
    shingles INTEGER NOT NULL,
    dateline_start INTEGER,
    dateline_end INTEGER,
    publisher TEXT,
    original_source TEXT
);

CREATE TABLE syndication_groups (
    id INTEGER PRIMARY KEY,
    origin_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    size INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX syndication_groups_size ON syndication_groups(size);

CREATE TABLE syndication_members (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES syndication_groups(id) ON DELETE CASCADE,
    matched_with TEXT,
    similarity REAL
);
CREATE INDEX syndication_members_group ON syndication_members(group_id);
