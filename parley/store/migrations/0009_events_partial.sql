-- Issue 12: an event is partial (hidden by `parley events` and the events page unless asked for)
-- when its confidence is under the coder's threshold, not only when it has no coded actor. The
-- flag is the event's own `partial`; rows written before this migration keep NULL and are read
-- as before (partial when no coded actor). PostgreSQL reads the flag from the article's jsonb record.
ALTER TABLE events ADD COLUMN partial INTEGER;
