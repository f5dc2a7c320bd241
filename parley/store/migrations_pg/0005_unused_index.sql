-- No query looks notion terms up by key (they are read per article, in storage order): the index only
-- cost space (0.6 MB at 2,000 articles), as on SQLite (its 0007).
DROP INDEX IF EXISTS notion_terms_key;
