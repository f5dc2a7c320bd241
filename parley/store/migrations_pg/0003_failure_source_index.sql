-- Re-ingesting a file that fails must not record its failures twice (issue 14, as SQLite's 0005): before a
-- failure is inserted the store looks for the same (source, reason, detail); this index makes that cheap.
CREATE INDEX IF NOT EXISTS failures_source ON failures(source, reason);
