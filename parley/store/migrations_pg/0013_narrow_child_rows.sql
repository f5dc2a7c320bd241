-- Narrower child rows and no index that no query uses (issue 13). Nothing a query reads is lost:
-- * attributions.kind is never read from the table (a statement's kind comes from the article's record):
--   dropped, 8 bytes a statement;
-- * syndication_signatures.seq (and its unique index) is never read: dropped;
-- * the notion tables name their article by articles.seq as a 32-bit INTEGER, as the statement, entity and
--   event tables do since 0008 (they were BIGINT): 4 bytes a context and a term;
-- * events_actor and events_recipient (UPPER(actor_code), UPPER(recipient_code)) serve no query: the actor and
--   recipient filters are "code prefix OR name", which PostgreSQL answers by reading the events (EXPLAIN of
--   the store's queries; the planner only probed them for estimates);
-- * indexes whose keys only ever grow (an article's rows are written with a new, higher seq) are packed full
--   (fillfactor 100 instead of 90): their pages split at the right-hand end, and rows are never updated.
-- The statement and notion tables are rewritten (CLUSTER in storage order, ALTER ... TYPE), so a dropped column
-- keeps no space, and every index listed is rebuilt. Re-runnable: a test re-applies 0002-0013 to a database
-- whose notion tables were dropped.
DROP INDEX IF EXISTS events_actor;
DROP INDEX IF EXISTS events_recipient;

ALTER INDEX IF EXISTS attributions_pkey SET (fillfactor = 100);
ALTER INDEX IF EXISTS entities_pkey SET (fillfactor = 100);
ALTER INDEX IF EXISTS events_pkey SET (fillfactor = 100);
ALTER INDEX IF EXISTS notion_contexts_article SET (fillfactor = 100);
ALTER INDEX IF EXISTS notion_terms_article SET (fillfactor = 100);

ALTER TABLE attributions DROP COLUMN IF EXISTS kind;
CLUSTER attributions USING attributions_pkey;
REINDEX TABLE entities;
REINDEX TABLE events;

-- Not rewritten: candidates are read in storage order. Rows written from now on are 8 bytes shorter.
ALTER TABLE syndication_signatures DROP COLUMN IF EXISTS seq;

ALTER TABLE notion_contexts ALTER COLUMN article TYPE INTEGER;
ALTER TABLE notion_terms ALTER COLUMN article TYPE INTEGER;
ALTER TABLE notion_articles ALTER COLUMN article TYPE INTEGER;
