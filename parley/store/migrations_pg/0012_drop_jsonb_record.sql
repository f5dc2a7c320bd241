-- The jsonb record goes (issue 13): 0011 filled articles.text, articles.packed and events.partial from it.
-- `record` is now the packed bytea (records.pack, as on SQLite); it is already compressed, so TOAST
-- stores it without trying pglz again (STORAGE EXTERNAL). The search index reads the text column.
-- The dropped column's bytes come back with the next VACUUM FULL (a migration runs in a transaction,
-- where VACUUM cannot). Re-runnable: nothing happens once `packed` has become `record`.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
               AND table_name = 'articles' AND column_name = 'packed') THEN
        DROP INDEX IF EXISTS articles_tsv;
        ALTER TABLE articles DROP COLUMN record;
        ALTER TABLE articles RENAME COLUMN packed TO record;
        ALTER TABLE articles ALTER COLUMN record SET NOT NULL;
        ALTER TABLE articles ALTER COLUMN text SET NOT NULL;
        ALTER TABLE articles ALTER COLUMN record SET STORAGE EXTERNAL;
        CREATE INDEX articles_tsv ON articles USING GIN ((
            to_tsvector('simple'::regconfig, translate(COALESCE(title, '') || ' ' || text, '<>&', '   '))
        )) WITH (gin_pending_list_limit = 256);
    END IF;
END $$;
