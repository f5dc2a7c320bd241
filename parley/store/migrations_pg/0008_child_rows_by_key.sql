-- Integer article keys in the child tables (issue 13; as 0006 did for the notion tables). Statements,
-- entities and events name their article by `article_key`, its articles.seq as a 32-bit integer, instead
-- of its 20-character id: each row and each primary key (article_key, idx) loses about 20 bytes (the text
-- id stays on `articles` only). Rows are copied in their order, nothing is lost; every query joins
-- through articles.seq. Tables are rebuilt rather than altered, so no dead column keeps its space.
-- Re-runnable: a database already in this shape is left as it is (a test re-applies 0002-0008).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'attributions'::regclass AND attname = 'article_id'
             AND NOT attisdropped) THEN
    CREATE TABLE attributions_by_key (
        article_key INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        speaker_name TEXT,
        speaker_role TEXT,
        speaker_affiliation TEXT,
        speaker_type TEXT,
        PRIMARY KEY (article_key, idx)
    );
    INSERT INTO attributions_by_key(article_key, idx, kind, content, speaker_name, speaker_role, speaker_affiliation,
                                    speaker_type)
    SELECT a.seq, t.idx, t.kind, t.content, t.speaker_name, t.speaker_role, t.speaker_affiliation, t.speaker_type
    FROM attributions t JOIN articles a ON a.id = t.article_id ORDER BY a.seq, t.idx;
    DROP TABLE attributions;
    ALTER TABLE attributions_by_key RENAME TO attributions;
    ALTER INDEX attributions_by_key_pkey RENAME TO attributions_pkey;
    CREATE INDEX attributions_speaker ON attributions(LOWER(speaker_name));
    CREATE INDEX attributions_affiliation ON attributions(UPPER(speaker_affiliation));
    CREATE INDEX attributions_tsv ON attributions USING GIN ((
        to_tsvector('simple'::regconfig, translate(content || ' ' || COALESCE(speaker_name, ''), '<>&', '   '))
    ));

    CREATE TABLE entities_by_key (
        article_key INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        code TEXT,
        PRIMARY KEY (article_key, idx)
    );
    INSERT INTO entities_by_key(article_key, idx, name, type, code)
    SELECT a.seq, e.idx, e.name, e.type, e.code FROM entities e JOIN articles a ON a.id = e.article_id ORDER BY a.seq, e.idx;
    DROP TABLE entities;
    ALTER TABLE entities_by_key RENAME TO entities;
    ALTER INDEX entities_by_key_pkey RENAME TO entities_pkey;
    CREATE INDEX entities_name ON entities(LOWER(name));
    CREATE INDEX entities_code ON entities(UPPER(code));

    CREATE TABLE events_by_key (
        article_key INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        asserted_by INTEGER,
        type TEXT NOT NULL,
        actor_name TEXT,
        actor_code TEXT,
        recipient_name TEXT,
        recipient_code TEXT,
        asserter TEXT,
        PRIMARY KEY (article_key, idx)
    );
    INSERT INTO events_by_key(article_key, idx, asserted_by, type, actor_name, actor_code, recipient_name, recipient_code,
                              asserter)
    SELECT a.seq, e.idx, e.asserted_by, e.type, e.actor_name, e.actor_code, e.recipient_name, e.recipient_code, e.asserter
    FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.seq, e.idx;
    DROP TABLE events;
    ALTER TABLE events_by_key RENAME TO events;
    ALTER INDEX events_by_key_pkey RENAME TO events_pkey;
    CREATE INDEX events_type ON events(UPPER(type));
    CREATE INDEX events_actor ON events(UPPER(actor_code));
    CREATE INDEX events_recipient ON events(UPPER(recipient_code));
  END IF;
END
$$;
