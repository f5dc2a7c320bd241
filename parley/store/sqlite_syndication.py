"""Syndication groups kept in SQLite, maintained incrementally as articles arrive.

The LSH index is the ``syndication_bands`` table (0012): a new article's
candidates are the articles sharing one of its band keys, read per article,
so the writer keeps nothing per stored article and sees other writers' rows at
once. Migration 0012 fills the table from the stored signatures (no text is
re-read); articles stored before migration 0002 get their signature the first
time a batch is added.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from parley.models import utc_now
from parley.store import records
from parley.store.base import Page, SyndicationGroup, SyndicationMember

__all__ = ["SQLiteSyndication", "backfill_bands"]


def insert_bands(conn: sqlite3.Connection, seq: int, keys: Sequence[int]) -> None:
    conn.executemany("INSERT OR IGNORE INTO syndication_bands(key, article) VALUES (?, ?)", [(key, seq) for key in keys])


def backfill_bands(conn: sqlite3.Connection) -> None:
    """Migration 0012: the band rows of every stored signature (no text is re-read)."""
    from parley.syndication import NUM_PERM, band_keys, signature_from_bytes

    rows = conn.execute(
        "SELECT a.seq, s.signature FROM syndication_signatures s JOIN articles a ON a.id = s.article_id "
        "WHERE s.num_perm = ?", (NUM_PERM,)
    ).fetchall()
    for seq, blob in rows:
        insert_bands(conn, seq, band_keys(signature_from_bytes(blob)))


def _sortable_date(published: str | None) -> str | None:
    # "2025-03-14 20:30:26Z" and "2022-02-04T10:11" must compare as dates.
    return published.replace(" ", "T") if published else None


class SQLiteSyndication:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._checked = False  # articles stored before 0002 given a signature (once per store)

    # -- index -------------------------------------------------------------------------------
    def _shingles_of(self, article_id: str) -> frozenset[int]:
        from parley.syndication import shingles

        row = self.conn.execute(
            "SELECT a.text, s.dateline_start, s.dateline_end FROM articles a "
            "LEFT JOIN syndication_signatures s ON s.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return frozenset()
        dateline = (row[1], row[2]) if row[1] is not None else None
        return shingles(row[0], dateline)

    def _ensure_index(self, exclude: Sequence[str] = ()) -> None:
        """Once per store: signatures for articles stored before migration 0002."""
        from parley.syndication import NUM_PERM

        if self._checked:
            return
        # Articles stored before syndication existed (or with another signature size): index them now.
        excluded = set(exclude)
        missing = [
            r[0] for r in self.conn.execute(
                "SELECT a.id FROM articles a LEFT JOIN syndication_signatures s ON s.article_id = a.id "
                "WHERE s.article_id IS NULL OR s.num_perm != ? ORDER BY a.seq", (NUM_PERM,)
            )
            if r[0] not in excluded
        ]
        if missing:
            self.conn.execute("DELETE FROM syndication_signatures WHERE num_perm != ?", (NUM_PERM,))
            for article_id in missing:
                self._add_one(article_id)
        self._checked = True

    def _insert_bands(self, seq: int, keys: Sequence[int]) -> None:
        insert_bands(self.conn, seq, keys)

    def _candidates(self, keys: Sequence[int]) -> list[Any]:
        from parley.syndication import NUM_PERM, Candidate

        rows = self.conn.execute(
            "SELECT s.article_id, s.signature, m.group_id FROM "
            f"(SELECT DISTINCT article FROM syndication_bands WHERE key IN ({', '.join('?' * len(keys))})) b "
            "JOIN articles a ON a.seq = b.article JOIN syndication_signatures s ON s.article_id = a.id "
            "LEFT JOIN syndication_members m ON m.article_id = s.article_id WHERE s.num_perm = ?",
            (*keys, NUM_PERM),
        ).fetchall()
        return [Candidate(r[0], bytes(r[1]), r[2]) for r in rows]

    def after_add(self, article_ids: Sequence[str]) -> None:
        """Index and group the articles just inserted (inside the caller's transaction)."""
        if not article_ids:
            return
        try:
            self._ensure_index(exclude=article_ids)
            for article_id in article_ids:
                self._add_one(article_id)
        except BaseException:
            self._checked = False  # the transaction rolls back: check the table again next time
            raise

    def _add_one(self, article_id: str) -> None:
        from parley.syndication import (
            NUM_PERM,
            band_keys,
            groups_joined,
            shingles,
            signature,
            signature_to_bytes,
            verify,
        )

        row = self.conn.execute("SELECT text, record, seq FROM articles WHERE id = ?", (article_id,)).fetchone()
        record = records.unpack(row[1], row[0])
        span = (record.get("dateline") or {}).get("span") or None
        dateline = (span["start"], span["end"]) if span else None
        provenance = record.get("provenance") or {}
        shingle_set = shingles(row[0], dateline)
        sig = signature(shingle_set)
        keys = band_keys(sig)
        candidates = [c for c in self._candidates(keys) if c.article_id != article_id] if shingle_set else []
        matched = verify(shingle_set, sig, candidates, self._shingles_of)
        self.conn.execute(
            """INSERT OR REPLACE INTO syndication_signatures(article_id, num_perm, signature, shingles,
                   dateline_start, dateline_end, publisher, original_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article_id, NUM_PERM, signature_to_bytes(sig), len(shingle_set),
                dateline[0] if dateline else None, dateline[1] if dateline else None,
                provenance.get("publisher") or record.get("outlet"), provenance.get("original_source"),
            ),
        )
        self._insert_bands(row[2], keys)
        if not matched:
            return
        joined, merged = groups_joined(matched, candidates)
        group = joined if joined is not None else self.conn.execute(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM syndication_groups").fetchone()[0]
        now = utc_now()
        self.conn.execute(
            "INSERT OR IGNORE INTO syndication_groups(id, origin_id, size, updated_at) VALUES (?, ?, 0, ?)",
            (group, article_id, now),
        )
        for old in merged:
            self.conn.execute("UPDATE syndication_members SET group_id = ? WHERE group_id = ?", (group, old))
            self.conn.execute("DELETE FROM syndication_groups WHERE id = ?", (old,))
        best, similarity = max(matched, key=lambda m: m[1])
        self.conn.execute(
            "INSERT OR REPLACE INTO syndication_members(article_id, group_id, matched_with, similarity) VALUES (?, ?, ?, ?)",
            (article_id, group, best, similarity),
        )
        for candidate, score in matched:
            self.conn.execute(
                "INSERT OR IGNORE INTO syndication_members(article_id, group_id, matched_with, similarity) "
                "VALUES (?, ?, ?, ?)",
                (candidate, group, article_id, score),
            )
        self._refresh_group(group, now)

    def _refresh_group(self, group: int, now: str) -> None:
        from parley.syndication import Member, choose_origin

        rows = self.conn.execute(
            "SELECT m.article_id, a.published, s.publisher, s.original_source FROM syndication_members m "
            "JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN syndication_signatures s ON s.article_id = m.article_id "
            "WHERE m.group_id = ? ORDER BY a.rowid",
            (group,),
        ).fetchall()
        members = [Member(r[0], _sortable_date(r[1]), r[2], r[3]) for r in rows]
        self.conn.execute(
            "UPDATE syndication_groups SET origin_id = ?, size = ?, updated_at = ? WHERE id = ?",
            (choose_origin(members), len(members), now, group),
        )

    # -- reading -----------------------------------------------------------------------------
    def _group(self, group_id: int) -> SyndicationGroup | None:
        head = self.conn.execute(
            "SELECT id, origin_id, size FROM syndication_groups WHERE id = ?", (group_id,)
        ).fetchone()
        if head is None:
            return None
        rows = self.conn.execute(
            "SELECT m.article_id, COALESCE(s.publisher, a.outlet), a.published, a.title, a.url, m.similarity "
            "FROM syndication_members m JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN syndication_signatures s ON s.article_id = m.article_id "
            "WHERE m.group_id = ? ORDER BY a.published, a.rowid",
            (group_id,),
        ).fetchall()
        members = [
            SyndicationMember(
                article_id=r[0], outlet=r[1], published=r[2], title=r[3], url=r[4],
                is_origin=r[0] == head[1], similarity=r[5],
            )
            for r in rows
        ]
        members.sort(key=lambda m: not m.is_origin)  # origin first, then by date
        return SyndicationGroup(id=head[0], origin_id=head[1], size=head[2], members=members)

    def group(self, article_id: str) -> SyndicationGroup | None:
        row = self.conn.execute(
            "SELECT group_id FROM syndication_members WHERE article_id = ?", (article_id,)
        ).fetchone()
        return self._group(row[0]) if row else None

    def groups(self, *, limit: int = 50, offset: int = 0) -> Page:
        total = self.conn.execute("SELECT COUNT(*) FROM syndication_groups").fetchone()[0]
        ids = [
            r[0] for r in self.conn.execute(
                "SELECT id FROM syndication_groups ORDER BY size DESC, id LIMIT ? OFFSET ?", (limit, offset)
            )
        ]
        items = [g for g in (self._group(i) for i in ids) if g is not None]
        return Page(total=total, limit=limit, offset=offset, items=items)
