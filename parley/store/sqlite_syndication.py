"""Syndication groups kept in SQLite, maintained incrementally as articles arrive.

The in-memory LSH index is built lazily from ``syndication_signatures`` (no
text is re-read) the first time a batch is added, and rebuilt whenever the
table holds a different number of signatures than the index (another process
wrote, or a batch was rolled back). Articles stored before migration 0002 get
their signature on that first build.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from parley.models import utc_now
from parley.store import records
from parley.store.base import Page, SyndicationGroup, SyndicationMember

__all__ = ["SQLiteSyndication"]


def _sortable_date(published: str | None) -> str | None:
    # "2025-03-14 20:30:26Z" and "2022-02-04T10:11" must compare as dates.
    return published.replace(" ", "T") if published else None


class SQLiteSyndication:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._index: Any = None  # parley.syndication.SyndicationIndex, imported lazily (numpy, datasketch)

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

    def _ensure_index(self, exclude: Sequence[str] = ()) -> Any:
        from parley.syndication import NUM_PERM, SyndicationIndex, signature_from_bytes

        count = self.conn.execute("SELECT COUNT(*) FROM syndication_signatures").fetchone()[0]
        if self._index is not None and len(self._index) == count:
            return self._index
        index = SyndicationIndex(shingles_of=self._shingles_of)
        rows = self.conn.execute(
            "SELECT s.article_id, s.num_perm, s.signature, m.group_id FROM syndication_signatures s "
            "LEFT JOIN syndication_members m ON m.article_id = s.article_id ORDER BY s.rowid"
        ).fetchall()
        for article_id, num_perm, blob, group in rows:
            if num_perm == NUM_PERM:
                index.load(article_id, signature_from_bytes(blob), group)
        self._index = index
        # Articles stored before syndication existed (or with another signature size): index them now.
        excluded = set(exclude)
        missing = [
            r[0] for r in self.conn.execute(
                "SELECT a.id FROM articles a LEFT JOIN syndication_signatures s ON s.article_id = a.id "
                "WHERE s.article_id IS NULL OR s.num_perm != ? ORDER BY a.rowid", (NUM_PERM,)
            )
            if r[0] not in excluded
        ]
        if missing:
            self.conn.execute("DELETE FROM syndication_signatures WHERE num_perm != ?", (NUM_PERM,))
            for article_id in missing:
                self._add_one(article_id)
        return index

    def after_add(self, article_ids: Sequence[str]) -> None:
        """Index and group the articles just inserted (inside the caller's transaction)."""
        if not article_ids:
            return
        try:
            self._ensure_index(exclude=article_ids)
            for article_id in article_ids:
                self._add_one(article_id)
        except BaseException:
            self._index = None  # the transaction rolls back: rebuild from the table next time
            raise

    def _add_one(self, article_id: str) -> None:
        from parley.syndication import NUM_PERM, shingles, signature, signature_to_bytes

        row = self.conn.execute("SELECT text, record FROM articles WHERE id = ?", (article_id,)).fetchone()
        record = records.unpack(row[1], row[0])
        span = (record.get("dateline") or {}).get("span") or None
        dateline = (span["start"], span["end"]) if span else None
        provenance = record.get("provenance") or {}
        shingle_set = shingles(row[0], dateline)
        sig = signature(shingle_set)
        self.conn.execute(
            """INSERT OR REPLACE INTO syndication_signatures(article_id, num_perm, signature, shingles,
                   dateline_start, dateline_end, publisher, original_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article_id, NUM_PERM, signature_to_bytes(sig), len(shingle_set),
                dateline[0] if dateline else None, dateline[1] if dateline else None,
                provenance.get("publisher") or record.get("outlet"), provenance.get("original_source"),
            ),
        )
        group, matched, merged = self._index.add(article_id, shingle_set, sig)
        if group is None:
            return
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
