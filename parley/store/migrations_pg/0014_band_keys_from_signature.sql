-- The syndication band keys computed from the signature instead of stored beside it (issue 13): the GIN index
-- is on parley_band_keys(signature), so each signature row loses its 42 stored keys (360 bytes, a third of
-- the row) and candidates are found through the same index as before. A band key is the first 8 bytes of
-- the MD5 of the band's number (2 bytes) and its 3 values (12 bytes of the 4-byte-a-value signature), read
-- as a signed 64-bit integer: parley/store/pg_syndication.py band_keys() computes the same in Python. Two
-- signatures share a key when they share a band, as with the stored keys (a hash collision only adds a
-- candidate, which the exact check rejects), so the same copies are found. The table is rewritten in its
-- order (candidates are read in storage order), so the dropped columns (and 0013's seq) keep no space.
-- Re-runnable.
CREATE OR REPLACE FUNCTION parley_band_keys(sig BYTEA) RETURNS BIGINT[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_agg(('x' || left(md5(int2send(b::smallint) || substring(sig FROM 12 * b + 1 FOR 12)), 16))::bit(64)::bigint
                     ORDER BY b)
    FROM generate_series(0, 41) AS b
$$;

DROP INDEX IF EXISTS syndication_signatures_bands;
ALTER TABLE syndication_signatures DROP COLUMN IF EXISTS bands;
ALTER TABLE syndication_signatures ALTER COLUMN num_perm TYPE INTEGER USING num_perm + 0;  -- a rewrite, in order
CREATE INDEX syndication_signatures_bands ON syndication_signatures USING gin (parley_band_keys(signature))
    WITH (gin_pending_list_limit = 256);
