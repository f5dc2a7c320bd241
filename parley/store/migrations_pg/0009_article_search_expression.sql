-- Article search without a stored tsvector (issue 13): the GIN index is on the expression the generated
-- column held, so the same hits are found and nothing is stored per article beside the index (12 MB at
-- 2,000 `--fill` articles, 62 MB at 10,000: 1.4x the text). Ranking reads each hit's text again
-- (0.4 ms a hit), so search ranks by relevance only when there are few hits (postgres._RANKED_HITS, 100) and
-- lists many newest first, each shown hit with its score. The dropped column's bytes come back with the
-- next VACUUM FULL (a migration runs in a transaction, where VACUUM cannot). Re-runnable.
DROP INDEX IF EXISTS articles_tsv;
ALTER TABLE articles DROP COLUMN IF EXISTS tsv;
CREATE INDEX articles_tsv ON articles USING GIN ((
    to_tsvector('simple'::regconfig, translate(COALESCE(title, '') || ' ' || COALESCE(record->>'text', ''), '<>&', '   '))
));
