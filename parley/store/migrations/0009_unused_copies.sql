-- Columns no query reads, copies of what the article's record holds (issue 13: each record once).
-- A statement's cue and source are spans of the article text; an entity's role, country, sector and
-- affiliation and an event's mode, negation and date are read from the record with the row. The
-- PostgreSQL store never had them. Filters and sorting keep their columns.
ALTER TABLE attributions DROP COLUMN cue;
ALTER TABLE attributions DROP COLUMN source;
ALTER TABLE entities DROP COLUMN role;
ALTER TABLE entities DROP COLUMN country;
ALTER TABLE entities DROP COLUMN sector;
ALTER TABLE entities DROP COLUMN affiliation;
ALTER TABLE events DROP COLUMN mode;
ALTER TABLE events DROP COLUMN negated;
ALTER TABLE events DROP COLUMN date;
