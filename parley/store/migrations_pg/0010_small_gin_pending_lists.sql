-- Small GIN pending lists (issue 13). A GIN index first appends new entries to a pending list of up to
-- gin_pending_list_limit (4 MB by default) and merges it into the index later; the merged pages stay in
-- the index file as free space. With four GIN indexes that was 11.5 MB of a fresh 2,000-article `--fill`
-- database (90.1 -> 78.6 MB, 10.06x -> 8.78x). 256 kB keeps inserts batched and the free space small.
-- A database migrated here gets the space already freed back with its next VACUUM FULL or REINDEX.
-- Re-runnable.
ALTER INDEX IF EXISTS articles_tsv SET (gin_pending_list_limit = 256);
ALTER INDEX IF EXISTS attributions_tsv SET (gin_pending_list_limit = 256);
ALTER INDEX IF EXISTS notion_contexts_keys SET (gin_pending_list_limit = 256);
ALTER INDEX IF EXISTS syndication_signatures_bands SET (gin_pending_list_limit = 256);
