"""Syndication groups kept in PostgreSQL, maintained as articles arrive (see ``sqlite_syndication``).

Writers may be many: the caller holds a database-wide advisory lock while it groups a batch. The
LSH index is in the table (0007): a GIN index holds each signature row's band keys (computed from
the signature since 0014) and a new article's candidates are the rows overlapping them, so no
writer keeps or reloads an in-memory index and each sees the others' rows at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from parley.models import utc_now
from parley.store import records
from parley.store.base import Page, SyndicationGroup, SyndicationMember
from parley.store.sqlite_syndication import _sortable_date

__all__ = ["PGSyndication", "backfill_bands", "band_keys"]


def backfill_bands(conn: Any) -> None:
    """Migration 0007: the band keys of every stored signature (no text is re-read)."""
    from parley.syndication import NUM_PERM, band_keys, signature_from_bytes

    rows = conn.execute(
        "SELECT article_id, signature FROM syndication_signatures WHERE bands IS NULL AND num_perm = %s", (NUM_PERM,)
    ).fetchall()
    for article_id, blob in rows:
        conn.execute("UPDATE syndication_signatures SET bands = %s WHERE article_id = %s",
                     (band_keys(signature_from_bytes(bytes(blob))), article_id))


def band_keys(signature: bytes) -> list[int]:
    """The band keys SQL's parley_band_keys() computes from a stored signature (migration 0014): for each of
    the 42 bands, the first 8 bytes of MD5(band number as 2 bytes, big-endian + its 12 signature bytes),
    signed big-endian. Two signatures share a key when they share a band."""
    from parley.syndication import BANDS, ROWS

    width = 4 * ROWS
    return [
        int.from_bytes(hashlib.md5(band.to_bytes(2, "big") + signature[width * band : width * (band + 1)]).digest()[:8],
                       "big", signed=True)
        for band in range(BANDS)
    ]


class PGSyndication:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def forget(self) -> None:
        """Its batch rolled back: nothing to drop (the index is in the table, rolled back with it)."""

    def _shingles_of(self, article_id: str) -> frozenset[int]:
        from parley.syndication import shingles

        row = self.conn.execute(
            "SELECT a.text, s.dateline_start, s.dateline_end FROM articles a "
            "LEFT JOIN syndication_signatures s ON s.article_id = a.id WHERE a.id = %s",
            (article_id,),
        ).fetchone()
        if row is None:
            return frozenset()
        return shingles(row[0], (row[1], row[2]) if row[1] is not None else None)

    def after_add(self, article_ids: Sequence[str]) -> None:
        """Index and group the articles just inserted (inside the caller's transaction and lock)."""
        for article_id in article_ids:
            self._add_one(article_id)

    def _candidates(self, keys: list[int]) -> list[Any]:
        from parley.syndication import NUM_PERM, Candidate

        rows = self.conn.execute(
            "SELECT s.article_id, s.signature, m.group_id FROM syndication_signatures s "
            "LEFT JOIN syndication_members m ON m.article_id = s.article_id "
            "WHERE parley_band_keys(s.signature) && %s::bigint[] AND s.num_perm = %s",
            (keys, NUM_PERM),
        ).fetchall()
        return [Candidate(r[0], bytes(r[1]), r[2]) for r in rows]

    def _store_signature(self, values: tuple[Any, ...], keys: list[int]) -> bool:
        """Insert a signature row (its band keys are indexed from the signature); False when the article had one
        already."""
        return self.conn.execute(
            """INSERT INTO syndication_signatures(article_id, num_perm, signature, shingles, dateline_start,
                   dateline_end, publisher, original_source) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (article_id) DO NOTHING RETURNING article_id""",
            values,
        ).fetchone() is not None

    def _text_and_record(self, article_id: str) -> tuple[str, dict[str, Any]]:
        """A just-stored article's text and its record (spans as offsets: only plain fields are read)."""
        text, stored = self.conn.execute("SELECT text, record FROM articles WHERE id = %s", (article_id,)).fetchone()
        return text, records.unpack(bytes(stored), text)

    def _add_one(self, article_id: str) -> None:
        from parley.syndication import (
            NUM_PERM,
            groups_joined,
            shingles,
            signature,
            signature_to_bytes,
            verify,
        )

        text, record = self._text_and_record(article_id)
        span = (record.get("dateline") or {}).get("span") or None
        dateline = (span["start"], span["end"]) if span else None
        provenance = record.get("provenance") or {}
        shingle_set = shingles(text, dateline)
        sig = signature(shingle_set)
        keys = band_keys(signature_to_bytes(sig))
        candidates = [c for c in self._candidates(keys) if c.article_id != article_id] if shingle_set else []
        matched = verify(shingle_set, sig, candidates, self._shingles_of)
        inserted = self._store_signature(
            (article_id, NUM_PERM, signature_to_bytes(sig), len(shingle_set),
             dateline[0] if dateline else None, dateline[1] if dateline else None,
             provenance.get("publisher") or record.get("outlet"), provenance.get("original_source")),
            keys,
        )
        if not inserted or not matched:  # already indexed (as the in-memory index did), or alone
            return
        joined, merged = groups_joined(matched, candidates)
        group = joined if joined is not None else self.conn.execute(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM syndication_groups").fetchone()[0]
        now = utc_now()
        self.conn.execute(
            "INSERT INTO syndication_groups(id, origin_id, size, updated_at) VALUES (%s, %s, 0, %s) "
            "ON CONFLICT (id) DO NOTHING",
            (group, article_id, now),
        )
        for old in merged:
            self.conn.execute("UPDATE syndication_members SET group_id = %s WHERE group_id = %s", (group, old))
            self.conn.execute("DELETE FROM syndication_groups WHERE id = %s", (old,))
        best, similarity = max(matched, key=lambda m: m[1])
        self.conn.execute(
            "INSERT INTO syndication_members(article_id, group_id, matched_with, similarity) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (article_id) DO UPDATE SET group_id = EXCLUDED.group_id, "
            "matched_with = EXCLUDED.matched_with, similarity = EXCLUDED.similarity",
            (article_id, group, best, similarity),
        )
        for candidate, score in matched:
            self.conn.execute(
                "INSERT INTO syndication_members(article_id, group_id, matched_with, similarity) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (article_id) DO NOTHING",
                (candidate, group, article_id, score),
            )
        self._refresh_group(group, now)

    def _refresh_group(self, group: int, now: str) -> None:
        from parley.syndication import Member, choose_origin

        rows = self.conn.execute(
            "SELECT m.article_id, a.published, s.publisher, s.original_source FROM syndication_members m "
            "JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN syndication_signatures s ON s.article_id = m.article_id "
            "WHERE m.group_id = %s ORDER BY a.seq",
            (group,),
        ).fetchall()
        members = [Member(r[0], _sortable_date(r[1]), r[2], r[3]) for r in rows]
        self.conn.execute(
            "UPDATE syndication_groups SET origin_id = %s, size = %s, updated_at = %s WHERE id = %s",
            (choose_origin(members), len(members), now, group),
        )

    # -- reading -------------------------------------------------------------------------------
    def _group(self, group_id: int) -> SyndicationGroup | None:
        head = self.conn.execute(
            "SELECT id, origin_id, size FROM syndication_groups WHERE id = %s", (group_id,)
        ).fetchone()
        if head is None:
            return None
        rows = self.conn.execute(
            "SELECT m.article_id, COALESCE(s.publisher, a.outlet), a.published, a.title, a.url, m.similarity "
            "FROM syndication_members m JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN syndication_signatures s ON s.article_id = m.article_id "
            "WHERE m.group_id = %s ORDER BY a.published NULLS FIRST, a.seq",
            (group_id,),
        ).fetchall()
        members = [
            SyndicationMember(article_id=r[0], outlet=r[1], published=r[2], title=r[3], url=r[4],
                              is_origin=r[0] == head[1], similarity=r[5])
            for r in rows
        ]
        members.sort(key=lambda m: not m.is_origin)  # origin first, then by date
        return SyndicationGroup(id=head[0], origin_id=head[1], size=head[2], members=members)

    def group(self, article_id: str) -> SyndicationGroup | None:
        row = self.conn.execute("SELECT group_id FROM syndication_members WHERE article_id = %s",
                                (article_id,)).fetchone()
        return self._group(row[0]) if row else None

    def groups(self, *, limit: int = 50, offset: int = 0) -> Page:
        total = self.conn.execute("SELECT COUNT(*) FROM syndication_groups").fetchone()[0]
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM syndication_groups ORDER BY size DESC, id LIMIT %s OFFSET %s", (limit, offset)
        ).fetchall()]
        items = [g for g in (self._group(i) for i in ids) if g is not None]
        return Page(total=total, limit=limit, offset=offset, items=items)
