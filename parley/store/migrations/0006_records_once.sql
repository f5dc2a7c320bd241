-- Each record stored once (issue 13): the article's record is the only copy of its JSON. It is
-- written compact (spans as offsets into the text, no copy of the text) and zlib-compressed as a
-- BLOB (parley/store/records.py); rows written before this migration are rewritten right after it.
-- Attribution, entity and event rows keep only the columns queries filter and sort on and are
-- read back from the article's record, as on PostgreSQL.
ALTER TABLE attributions ADD COLUMN speaker_type TEXT;
UPDATE attributions SET speaker_type = json_extract(record, '$.speaker.type');
ALTER TABLE attributions DROP COLUMN record;
ALTER TABLE entities DROP COLUMN record;
ALTER TABLE events DROP COLUMN record;
