-- Re-ingesting a file that fails must not record its failures twice (issue 14): before a failure is
-- inserted the store looks for the same (source, reason, detail); this index makes that look-up cheap.
CREATE INDEX IF NOT EXISTS failures_source ON failures(source, reason);
