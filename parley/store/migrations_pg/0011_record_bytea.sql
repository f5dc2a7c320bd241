-- The article record as SQLite stores it (issue 13): zlib-compressed compact JSON without the text, the
-- text in its own column. The jsonb record held the text beside offset-only spans and pglz compressed it
-- less than zlib: 20 MB for the articles table at 2,000 `--fill` articles against 7.1 MB packed + 6.7 MB text.
-- This step adds the new columns and the Python step after it (postgres._pack_records) fills them in
-- batches, with events.partial (the one record field a filter reads); 0012 drops the jsonb record.
-- Re-runnable: a database whose record is packed already is left as it is.
DO $$
BEGIN
    IF (SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema()
        AND table_name = 'articles' AND column_name = 'record') = 'jsonb' THEN
        ALTER TABLE articles ADD COLUMN IF NOT EXISTS text TEXT;
        ALTER TABLE articles ADD COLUMN IF NOT EXISTS packed BYTEA;
    END IF;
END $$;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partial BOOLEAN;
