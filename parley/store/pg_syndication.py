"""Syndication groups kept in PostgreSQL, maintained as articles arrive (see ``sqlite_syndication``).

Writers may be many: the caller holds a database-wide advisory lock while it groups a batch, and
the in-memory LSH index is reloaded whenever the table holds signatures this process has not
seen (another writer added some, or a batch was rolled back). That reload is the part that stops
scaling with many writers; docs/scale.md says what replaces it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from parley.models import utc_now
from parley.store.base import Page, SyndicationGroup, SyndicationMember
from parley.store.sqlite_syndication import _sortable_date

__all__ = ["PGSyndication"]


class PGSyndication:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._index: Any = None  # parley.syndication.SyndicationIndex, imported lazily (numpy, datasketch)
        self._seen: tuple[int, int] = (0, 0)  # (count, max seq) of the signatures the index holds

    def forget(self) -> None:
        """Drop the in-memory index (its batch rolled back): the next batch reloads it from the table."""
        self._index = None

    def _shingles_of(self, article_id: str) -> frozenset[int]:
        from parley.syndication import shingles

        row = self.conn.execute(
            "SELECT a.record->>'text', s.dateline_start, s.dateline_end FROM articles a "
            "LEFT JOIN syndication_signatures s ON s.article_id = a.id WHERE a.id = %s",
            (article_id,),
        ).fetchone()
        if row is None:
            return frozenset()
        return shingles(row[0], (row[1], row[2]) if row[1] is not None else None)

    def _ensure_index(self) -> Any:
        from parley.syndication import NUM_PERM, SyndicationIndex, signature_from_bytes

        count, last = self.conn.execute(
            "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM syndication_signatures"
        ).fetchone()
        if self._index is not None and self._seen == (count, last):
            return self._index
        index = SyndicationIndex(shingles_of=self._shingles_of)
        rows = self.conn.execute(
            "SELECT s.article_id, s.num_perm, s.signature, m.group_id FROM syndication_signatures s "
            "LEFT JOIN syndication_members m ON m.article_id = s.article_id ORDER BY s.seq"
        ).fetchall()
        for article_id, num_perm, blob, group in rows:
            if num_perm == NUM_PERM:
                index.load(article_id, signature_from_bytes(bytes(blob)), group)
        self._index = index
        self._seen = (count, last)
        return index

    def after_add(self, article_ids: Sequence[str]) -> None:
        """Index and group the articles just inserted (inside the caller's transaction and lock)."""
        try:
            self._ensure_index()
            for article_id in article_ids:
                self._add_one(article_id)
            self._seen = tuple(self.conn.execute(
                "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM syndication_signatures"
            ).fetchone())
        except BaseException:
            self._index = None
            raise

    def _add_one(self, article_id: str) -> None:
        from parley.syndication import NUM_PERM, shingles, signature, signature_to_bytes

        text, record_text = self.conn.execute(
            "SELECT record->>'text', record::text FROM articles WHERE id = %s", (article_id,)
        ).fetchone()
        record = json.loads(record_text)
        span = (record.get("dateline") or {}).get("span") or None
        dateline = (span["start"], span["end"]) if span else None
        provenance = record.get("provenance") or {}
        shingle_set = shingles(text, dateline)
        sig = signature(shingle_set)
        self.conn.execute(
            """INSERT INTO syndication_signatures(article_id, num_perm, signature, shingles, dateline_start,
                   dateline_end, publisher, original_source) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (article_id) DO NOTHING""",
            (article_id, NUM_PERM, signature_to_bytes(sig), len(shingle_set),
             dateline[0] if dateline else None, dateline[1] if dateline else None,
             provenance.get("publisher") or record.get("outlet"), provenance.get("original_source")),
        )
        group, matched, merged = self._index.add(article_id, shingle_set, sig)
        if group is None:
            return
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
