"""SQLite backend: WAL mode, versioned migrations, FTS5, one transaction per batch."""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.errors import InputError, NotFoundError, StoreError
from parley.models import Attribution, Entity, Event, ExtractedArticle, Failure, utc_now
from parley.store import records, sqlite_notions, sqlite_syndication
from parley.store.base import (
    AddResult,
    ArticleSummary,
    CorpusStats,
    EventLink,
    NotionContext,
    NotionTermRow,
    Page,
    SearchHit,
    SpeakerSummary,
    Store,
    StoredAttribution,
    StoredEntity,
    StoredEvent,
    SyndicationGroup,
)
from parley.store.filters import ArticleFilter, EventFilter, SpeakerFilter, StatementFilter

if TYPE_CHECKING:
    from parley.store.sqlite_syndication import SQLiteSyndication

__all__ = ["SQLiteStore", "migrations"]


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration file shipped with parley, in order."""
    found = []
    for entry in resources.files("parley.store.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name[5:-4], entry.read_text(encoding="utf-8")))
    return sorted(found)


# Python steps of a migration, run in its transaction right after its SQL: filling new tables
# from what the stored records hold.
_AFTER_MIGRATION: dict[int, Callable[[sqlite3.Connection], object]] = {
    3: sqlite_notions.backfill, 6: lambda conn: _pack_stored_records(conn),
    7: lambda conn: _narrow_signatures(conn), 8: sqlite_notions.backfill,
    12: lambda conn: sqlite_syndication.backfill_bands(conn),
}


def _fts_query(query: str) -> str:
    """Turn free text into a safe FTS5 query: every word quoted, all required.

    Users type ``indivisible security`` or ``"told TASS"``; FTS5 syntax errors
    (a stray quote, ``AND`` at the end) must never reach them.
    """
    import re

    phrases = re.findall(r'"([^"]+)"', query)
    rest = re.sub(r'"[^"]*"', " ", query).replace('"', " ")
    terms = [f'"{p.replace(chr(34), "")}"' for p in phrases if p.strip()]
    terms += [f'"{w}"' for w in re.findall(r"[\w'’-]+", rest)]
    if not terms:
        raise InputError(f"search query {_shown(query)} has no words to look for")
    return " ".join(_few_terms(terms))


# FTS5 time grows with the square of the number of required terms (20,000 words took over 60 s);
# no reader types more than a few dozen.
_MAX_QUERY_TERMS = 64
_RECORDS = records.RecordCache()
_MEMORY_STORES = itertools.count()


def _few_terms(terms: list[str]) -> list[str]:
    unique = list(dict.fromkeys(terms))
    if len(unique) > _MAX_QUERY_TERMS:
        raise InputError(f"search query has {len(unique):,} different words; at most {_MAX_QUERY_TERMS} are allowed")
    return unique


class SQLiteStore(Store):
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        # Stores of one file (one per server thread) share decoded records; each in-memory store is its own.
        self._cache_scope = f"memory:{next(_MEMORY_STORES)}" if self.path == ":memory:" else str(Path(self.path).resolve())
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self._set_up_when_unlocked()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _set_up_when_unlocked(self, attempts: int = 100) -> None:
        # Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is locked"
        # at once (no busy wait) while another opener holds it: retry for a few seconds.
        for attempt in range(attempts):
            try:
                if self.conn.execute("PRAGMA page_count").fetchone()[0] == 0:
                    # A new file gives pages freed by FTS merges back at each commit, and uses 2 KB pages:
                    # about 40 tables and indexes each end in a part-filled page, and so does every
                    # article's text (78 stories: 2.62 MB with 4 KB pages, 2.54 MB with 2 KB). Both are
                    # set before anything is written, WAL mode included; an existing file keeps its own.
                    self.conn.execute("PRAGMA page_size=2048")
                    self.conn.execute("PRAGMA auto_vacuum=FULL")
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self._migrate()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.05)

    # -- schema --------------------------------------------------------------------
    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        # Every migration not yet applied, not only those above the highest: branches that added
        # migrations in parallel leave gaps (a database with 0005 but not 0003 must still get 0003).
        applied = self._applied_versions()
        for version, name, sql in migrations():
            if version in applied:
                continue
            try:
                # Off while a migration rebuilds a table (0011 rebuilds articles): DROP TABLE of a parent
                # would otherwise delete every child row through ON DELETE CASCADE. A no-op in a transaction.
                self.conn.execute("PRAGMA foreign_keys=OFF")
                self.conn.execute("BEGIN IMMEDIATE")
                if version in self._applied_versions():  # another process migrated while we waited for the lock
                    self.conn.execute("ROLLBACK")
                    continue
                # executescript would commit on its own; run statements one by one inside our transaction.
                for statement in _split_sql(sql):
                    self.conn.execute(statement)
                _AFTER_MIGRATION.get(version, lambda conn: None)(self.conn)
                self.conn.execute(
                    "INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, utc_now()),
                )
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"migration {version:04d}_{name} failed: {exc}") from exc
            finally:
                self.conn.execute("PRAGMA foreign_keys=ON")

    def _applied_versions(self) -> set[int]:
        return {int(row[0]) for row in self.conn.execute("SELECT version FROM schema_version")}

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    # -- writing -------------------------------------------------------------------
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def add_articles(self, articles: Sequence[ExtractedArticle]) -> AddResult:
        result = AddResult()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for article in articles:
                if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    result.duplicates += 1
                    continue
                version = 1
                if article.url:
                    row = self.conn.execute(
                        "SELECT MAX(version) FROM articles WHERE url = ?", (article.url,)
                    ).fetchone()
                    if row[0]:
                        version = int(row[0]) + 1
                        self.conn.execute("UPDATE articles SET is_latest = 0 WHERE url = ?", (article.url,))
                        result.new_versions += 1
                self._insert_article(article, version)
                sqlite_notions.index_article(self.conn, article)
                result.added += 1
                result.added_ids.append(article.id)
            self._after_add(result.added_ids)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"could not store batch of {len(articles)} articles: {exc}") from exc
            raise
        return result

    def _after_add(self, article_ids: list[str]) -> None:
        """Indexes maintained incrementally inside the batch transaction (syndication, ...)."""
        self._syndication_index().after_add(article_ids)

    def _syndication_index(self) -> "SQLiteSyndication":
        # Created on first use: opening a store for a read must not pay for the LSH index.
        if getattr(self, "_syndication", None) is None:
            from parley.store.sqlite_syndication import SQLiteSyndication

            self._syndication = SQLiteSyndication(self.conn)
        return self._syndication

    def syndication_group(self, article_id: str) -> SyndicationGroup | None:
        return self._syndication_index().group(self._resolve_id(article_id))

    def syndication_groups(self, *, limit: int = 50, offset: int = 0) -> Page:
        return self._syndication_index().groups(limit=limit, offset=offset)

    def _insert_article(self, article: ExtractedArticle, version: int) -> None:
        record = records.pack(article.model_dump(mode="json"))
        dateline = article.dateline
        cursor = self.conn.execute(
            """INSERT INTO articles(id, url, version, is_latest, outlet, title, author, published, language,
                   section, dateline_place, dateline_outlet, source, reader, external_id, text, record, ingested_at)
               VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id, article.url, version, article.outlet, article.title, article.author,
                article.published, article.language, article.section,
                dateline.place if dateline else None, dateline.outlet if dateline else None,
                article.source, article.reader, article.external_id, article.text, record, utc_now(),
            ),
        )
        self.conn.execute(
            "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)",
            (cursor.lastrowid, article.title or "", article.text),
        )
        for idx, attribution in enumerate(article.attributions):
            first = attribution.content[0] if attribution.content else None
            speaker = attribution.speaker
            addressee = attribution.addressee
            cursor = self.conn.execute(
                """INSERT INTO attributions(article_id, idx, kind, content, content_start, content_end,
                       speaker_name, speaker_role, speaker_affiliation, speaker_type, addressee, channel, inferred)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    article.id, idx, attribution.kind, records.stored_content(article.text, attribution),
                    first.start if first else 0, attribution.content[-1].end if first else 0,
                    speaker.name if speaker else None, speaker.role if speaker else None,
                    speaker.affiliation if speaker else None, speaker.type if speaker else None,
                    addressee.name if addressee else None, addressee.channel if addressee else None,
                    int(attribution.inferred),
                ),
            )
            self.conn.execute(
                "INSERT INTO attributions_fts(rowid, content, speaker) VALUES (?, ?, ?)",
                (cursor.lastrowid, attribution.content_text, speaker.name if speaker else ""),
            )
        for idx, entity in enumerate(article.entities):
            self.conn.execute(
                "INSERT INTO entities(article_id, idx, name, type, code, mentions) VALUES (?, ?, ?, ?, ?, ?)",
                (article.id, idx, entity.name, entity.type, entity.code, len(entity.mentions)),
            )
        for idx, event in enumerate(article.events):
            asserter = None
            if event.asserted_by is not None and 0 <= event.asserted_by < len(article.attributions):
                speaker = article.attributions[event.asserted_by].speaker
                asserter = speaker.name if speaker else None
            self.conn.execute(
                """INSERT INTO events(article_id, idx, type, actor_name, actor_code, recipient_name,
                       recipient_code, asserted_by, asserter, place, partial)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    article.id, idx, event.type,
                    event.actor.name if event.actor else None, event.actor.code if event.actor else None,
                    event.recipient.name if event.recipient else None,
                    event.recipient.code if event.recipient else None,
                    event.asserted_by, asserter, event.place, int(event.partial),
                ),
            )

    def add_failures(self, failures: Sequence[Failure]) -> None:
        if not failures:
            return
        try:
            with self._transaction():
                # The same input failing the same way again (a re-ingest) is already on record.
                self.conn.executemany(
                    "INSERT INTO failures(source, reason, detail, at) SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                    "(SELECT 1 FROM failures WHERE source = ? AND reason = ? AND detail IS ?)",
                    [(f.source, f.reason, f.detail, f.at, f.source, f.reason, f.detail) for f in failures],
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"could not record {len(failures)} failures: {exc}") from exc

    def _transaction(self) -> "_Tx":
        return _Tx(self.conn)

    # -- reading -------------------------------------------------------------------
    def _resolve_id(self, article_id: str) -> str:
        row = self.conn.execute("SELECT id FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row:
            return str(row[0])
        if 6 <= len(article_id) <= 64:
            # A range, not LIKE: "_" and "%" are plain characters in an id, and a long id is no pattern.
            rows = self.conn.execute(
                "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (article_id, article_id + "\U0010ffff")
            ).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
            if len(rows) > 1:
                raise InputError(f"article id prefix {article_id!r} is ambiguous")
        return self._resolve_external_id(article_id)

    def _resolve_external_id(self, external_id: str) -> str:
        """The article an input's own id names; two articles sharing it is an error naming both."""
        rows = self.conn.execute(
            "SELECT id, outlet FROM articles WHERE external_id = ? AND is_latest = 1 ORDER BY published, id LIMIT 6",
            (external_id,),
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if rows:
            choices = ", ".join(f"{r[0][:12]} ({r[1] or 'no outlet'})" for r in rows[:5])
            raise InputError(f"input id {_shown(external_id)} names {len(rows)}{'+' if len(rows) > 5 else ''} articles: "
                             f"{choices}; pass one of these parley ids")
        raise NotFoundError(f"no article with id {_shown(external_id)}")

    def get_article(self, article_id: str) -> ExtractedArticle:
        full_id = self._resolve_id(article_id)
        row = self.conn.execute("SELECT record, text FROM articles WHERE id = ?", (full_id,)).fetchone()
        return records.unpack_article(row[0], row[1])

    def article_meta(self, article_id: str) -> dict[str, Any]:
        """Storage facts about an article that are not part of its record (version, ingest time)."""
        full_id = self._resolve_id(article_id)
        row = self.conn.execute(
            "SELECT version, is_latest, ingested_at FROM articles WHERE id = ?", (full_id,)
        ).fetchone()
        return {"version": row[0], "is_latest": bool(row[1]), "ingested_at": row[2]}

    @staticmethod
    def _article_filters(f: ArticleFilter, alias: str = "a") -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.latest_only:
            where.append(f"{alias}.is_latest = 1")
        if f.outlet:
            where.append(f"LOWER({alias}.outlet) = LOWER(?)")
            params.append(f.outlet)
        if f.since:
            where.append(f"{alias}.published >= ?")
            params.append(f.since)
        if f.until:
            where.append(f"{alias}.published < ?")
            params.append(_end_of(f.until))
        return where, params

    _SUMMARY_COLUMNS = """a.id, a.url, a.title, a.outlet, a.published, a.version, a.is_latest,
        (SELECT COUNT(*) FROM attributions t WHERE t.article_id = a.id) AS n_attr,
        (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events"""

    @staticmethod
    def _summary(row: sqlite3.Row) -> dict[str, Any]:
        return {
            "id": row["id"], "url": row["url"], "title": row["title"], "outlet": row["outlet"],
            "published": row["published"], "version": row["version"], "is_latest": bool(row["is_latest"]),
            "attributions": row["n_attr"], "events": row["n_events"],
        }

    def _list_articles(self, f: ArticleFilter, *, limit: int, offset: int) -> Page:
        where, params = self._article_filters(f)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        total = self.conn.execute(f"SELECT COUNT(*) FROM articles a {clause}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT {self._SUMMARY_COLUMNS} FROM articles a {clause} "
            "ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return Page(total=total, limit=limit, offset=offset, items=[ArticleSummary(**self._summary(r)) for r in rows])

    def _iter_articles(
        self, f: ArticleFilter, *, contains_any: Sequence[str] | None, ids: Sequence[str] | None
    ) -> Iterator[ExtractedArticle]:
        where, params = self._article_filters(f)
        if contains_any is not None:
            if not contains_any:
                return
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(_prefix_query(contains_any))
        if ids is not None:
            if not ids:
                return
            # json_each takes any number of ids as one parameter (no SQLite variable limit).
            where.append("a.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(ids)))
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        # A fresh cursor, iterated: records are decoded one at a time, not all held in memory.
        cursor = self.conn.cursor().execute(f"SELECT a.record, a.text FROM articles a{clause} ORDER BY a.rowid", params)
        for row in cursor:
            yield records.unpack_article(row[0], row[1])

    def _search(self, query: str, f: ArticleFilter, *, limit: int, offset: int) -> Page:
        match = _fts_query(query)
        where, params = self._article_filters(f.model_copy(update={"latest_only": True}))
        extra = "".join(f" AND {w}" for w in where)
        base = f"FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?{extra}"
        total = self.conn.execute(f"SELECT COUNT(*) {base}", [match, *params]).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT {self._SUMMARY_COLUMNS}, snippet(articles_fts, 1, char(2), char(3), ' … ', 16) AS snip, "
            f"bm25(articles_fts) AS score {base} ORDER BY score, a.id LIMIT ? OFFSET ?",
            [match, *params, limit, offset],
        ).fetchall()
        hits = []
        for r in rows:
            snippet, marks = _split_marks(r["snip"] or "")
            hits.append(SearchHit(**self._summary(r), snippet=snippet, marks=marks, score=-float(r["score"])))
        return Page(total=total, limit=limit, offset=offset, items=hits)

    def _attributions(self, f: StatementFilter, *, limit: int, offset: int) -> Page:
        joins, clause, params = self._attribution_where(f)
        total = self.conn.execute(f"SELECT COUNT(*) {joins} {clause}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT t.article_id, t.idx, a.title, a.outlet, a.published {joins} {clause} "
            "ORDER BY a.published DESC NULLS LAST, t.article_id, t.idx LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        parts = self._parts("attributions", [(r["article_id"], r["idx"]) for r in rows])
        items = [
            StoredAttribution(
                article_id=r["article_id"], index=r["idx"], article_title=r["title"], outlet=r["outlet"],
                published=r["published"], attribution=Attribution.model_validate(part),
            )
            for r, part in zip(rows, parts, strict=True)
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _attribution_where(self, f: StatementFilter) -> tuple[str, str, list[Any]]:
        """(FROM ... joins, WHERE clause, params) shared by the attribution listing and its facets."""
        # One article's statements include its older versions; listings across articles do not.
        where, params = self._article_filters(f.model_copy(update={"latest_only": f.article_id is None}))
        joins = "FROM attributions t JOIN articles a ON a.id = t.article_id"
        if f.query:
            joins += " JOIN attributions_fts f ON f.rowid = t.rowid"
            where.append("attributions_fts MATCH ?")
            params.append(_fts_query(f.query))
        if f.speaker:
            where.append("LOWER(t.speaker_name) = LOWER(?)")
            params.append(f.speaker)
        if f.affiliation:
            marks = ",".join("?" * len(f.affiliation))
            where.append(f"UPPER(t.speaker_affiliation) IN ({marks})")
            params.extend(f.affiliation)
        if f.article_id:
            where.append("t.article_id = ?")
            params.append(self._resolve_id(f.article_id))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return joins, clause, params

    def _attribution_facets(self, f: StatementFilter, *, size: int) -> dict[str, list[tuple[str, int]]]:
        joins, clause, params = self._attribution_where(f)
        facets: dict[str, list[tuple[str, int]]] = {}
        for facet, column in (
            ("speaker", "t.speaker_name"), ("affiliation", "t.speaker_affiliation"),
            ("outlet", "a.outlet"), ("month", "SUBSTR(a.published, 1, 7)"),
        ):
            # Months read best in time order; the other facets by frequency.
            order = f"{column} DESC" if facet == "month" else f"COUNT(*) DESC, {column}"
            rows = self.conn.execute(
                f"SELECT {column}, COUNT(*) {joins} {clause} {'AND' if clause else 'WHERE'} {column} IS NOT NULL "
                f"GROUP BY {column} ORDER BY {order} LIMIT ?",
                [*params, size],
            ).fetchall()
            facets[facet] = [(str(r[0]), int(r[1])) for r in rows]
        return facets

    def _speakers(self, f: SpeakerFilter, *, limit: int, offset: int) -> Page:
        where, params = ["a.is_latest = 1", "t.speaker_name IS NOT NULL"], []
        if f.name and len(f.name) > _MAX_NAME_CHARS:
            return Page(total=0, limit=limit, offset=offset, items=[])  # no name is this long; no LIKE pattern either
        if f.name:
            where.append("LOWER(t.speaker_name) LIKE ? ESCAPE '\\'")
            params.append("%" + f.name.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if f.affiliation:
            where.append(f"UPPER(t.speaker_affiliation) IN ({','.join('?' * len(f.affiliation))})")
            params.extend(f.affiliation)
        base = f"FROM attributions t JOIN articles a ON a.id = t.article_id WHERE {' AND '.join(where)}"
        total = self.conn.execute(f"SELECT COUNT(DISTINCT t.speaker_name) {base}", params).fetchone()[0]
        # Rank first, then read role, affiliation and type for the page's names only.
        most_common = (
            "(SELECT x.{col} FROM attributions x WHERE x.speaker_name = p.name AND x.{col} IS NOT NULL "
            "GROUP BY x.{col} ORDER BY COUNT(*) DESC, x.{col} LIMIT 1)"
        )
        rows = self.conn.execute(
            "WITH p AS (SELECT t.speaker_name AS name, COUNT(*) AS n, COUNT(DISTINCT t.article_id) AS articles, "
            f"MIN(a.published) AS first_published, MAX(a.published) AS last_published {base} "
            "GROUP BY t.speaker_name ORDER BY n DESC, t.speaker_name LIMIT ? OFFSET ?) "
            f"SELECT p.name, p.n, p.articles, p.first_published, p.last_published, {most_common.format(col='speaker_role')}, "
            f"{most_common.format(col='speaker_affiliation')}, "
            "(SELECT x.speaker_type FROM attributions x WHERE x.speaker_name = p.name LIMIT 1) "
            "FROM p ORDER BY p.n DESC, p.name",
            [*params, limit, offset],
        ).fetchall()
        items = [
            SpeakerSummary(
                name=r[0], statements=r[1], articles=r[2], first_published=r[3], last_published=r[4],
                role=r[5], affiliation=r[6], type=r[7],
            )
            for r in rows
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    @staticmethod
    def _event_where(f: EventFilter) -> tuple[list[str], list[Any]]:
        """Conditions on ``e`` (events) for type, actor, recipient and asserter."""
        where: list[str] = []
        params: list[Any] = []
        if f.type:
            where.append(f"UPPER(e.type) IN ({','.join('?' * len(f.type))})")
            params.extend(f.type)
        for column, value in (("actor", f.actor), ("recipient", f.recipient)):
            if value:
                where.append(f"(UPPER(e.{column}_code) LIKE UPPER(?) ESCAPE '\\' OR LOWER(e.{column}_name) = LOWER(?))")
                params.extend([_like_escape(value[:_MAX_NAME_CHARS]) + "%", value])
        if not f.partial:  # Event.partial (confidence under the threshold); rows stored before migration 0010: no coded actor
            where.append("COALESCE(e.partial, e.actor_code IS NULL OR e.actor_code = '') = 0")
        if f.asserter:
            if f.asserter.lower() == "reporter":
                where.append("e.asserted_by IS NULL")
            else:
                where.append("LOWER(e.asserter) = LOWER(?)")
                params.append(f.asserter)
        return where, params

    def _event_links(self, f: EventFilter, *, limit: int) -> list[EventLink]:
        where = ["a.is_latest = 1", "COALESCE(e.actor_code, e.actor_name) IS NOT NULL",
                 "COALESCE(e.recipient_code, e.recipient_name) IS NOT NULL"]
        more, params = self._event_where(f)
        where += more
        rows = self.conn.execute(
            "SELECT COALESCE(e.actor_code, e.actor_name) AS src, COALESCE(e.recipient_code, e.recipient_name) AS dst, "
            "UPPER(e.type) AS kind, COUNT(*) AS n, "
            "GROUP_CONCAT(DISTINCT CASE WHEN e.asserted_by IS NULL THEN 'reporter' ELSE COALESCE(e.asserter, '?') END) "
            f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(where)} "
            "GROUP BY src, dst, kind ORDER BY n DESC, src, dst, kind LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            EventLink(actor=r[0], recipient=r[1], type=r[2], count=r[3], asserters=sorted((r[4] or "").split(",")))
            for r in rows
        ]

    def entities(
        self, *, name: str | None = None, type: str | None = None, code: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> Page:
        where, params = ["a.is_latest = 1"], []
        if name:
            where.append("LOWER(e.name) = LOWER(?)")
            params.append(name)
        if type:
            where.append("UPPER(e.type) = UPPER(?)")
            params.append(type)
        if code:
            where.append("UPPER(e.code) = UPPER(?)")
            params.append(code)
        base = f"FROM entities e JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(where)}"
        total = self.conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT e.article_id, e.idx, a.title, a.published {base} "
            "ORDER BY e.name, a.published DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        parts = self._parts("entities", [(r[0], r[1]) for r in rows])
        items = [
            StoredEntity(article_id=r[0], index=r[1], entity=Entity.model_validate(part), article_title=r[2],
                         published=r[3])
            for r, part in zip(rows, parts, strict=True)
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _events(self, f: EventFilter, *, limit: int, offset: int) -> Page:
        where: list[str] = []
        params: list[Any] = []
        if f.article_id:
            where.append("e.article_id = ?")
            params.append(self._resolve_id(f.article_id))
        else:
            where.append("a.is_latest = 1")
        more, more_params = self._event_where(f)
        where += more
        params += more_params
        base = f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(where)}"
        total = self.conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT e.article_id, e.idx, e.asserter, a.published, a.title {base} "
            "ORDER BY a.published DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        parts = self._parts("events", [(r[0], r[1]) for r in rows])
        items = [
            StoredEvent(
                article_id=r[0], index=r[1], event=Event.model_validate(part), asserter=r[2], published=r[3],
                article_title=r[4],
            )
            for r, part in zip(rows, parts, strict=True)
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _parts(self, field: str, keys: list[tuple[str, int]]) -> list[Any]:
        """The stored JSON of each (article, index) of a page, from its article's record (each decoded once)."""
        ids = json.dumps(list(dict.fromkeys(article_id for article_id, _ in keys)))
        # (id, rowid, ingested_at) changes when an article is deleted and stored again, so a cached
        # record is never served for a different row; only the misses' blobs are read.
        stamps = {
            r[0]: (self._cache_scope, r[0], r[1], r[2])
            for r in self.conn.execute(
                "SELECT id, rowid, ingested_at FROM articles WHERE id IN (SELECT value FROM json_each(?))", (ids,)
            )
        }

        def load(missing: list[Any]) -> dict[Any, dict[str, Any]]:
            rows = self.conn.execute(
                "SELECT id, rowid, ingested_at, record, text FROM articles WHERE rowid IN (SELECT value FROM json_each(?))",
                (json.dumps([stamp[2] for stamp in missing]),),
            )
            return {(self._cache_scope, r[0], r[1], r[2]): records.unpack(r[3], r[4]) for r in rows}

        unpacked = _RECORDS.get_many(list(stamps.values()), load)
        return [records.part(unpacked[stamps[article_id]], field, idx) for article_id, idx in keys]

    def failures(self, *, limit: int = 100, offset: int = 0) -> Page:
        total = self.conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0]
        rows = self.conn.execute(
            "SELECT source, reason, detail, at FROM failures ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
        ).fetchall()
        return Page(
            total=total, limit=limit, offset=offset,
            items=[Failure(source=r[0], reason=r[1], detail=r[2], at=r[3]) for r in rows],
        )

    def stats(self) -> CorpusStats:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        outlets = {
            (r[0] or "unknown"): r[1]
            for r in self.conn.execute(
                "SELECT outlet, COUNT(*) FROM articles WHERE is_latest = 1 GROUP BY outlet ORDER BY COUNT(*) DESC"
            )
        }
        reasons = {
            r[0]: r[1]
            for r in self.conn.execute("SELECT reason, COUNT(*) FROM failures GROUP BY reason ORDER BY COUNT(*) DESC")
        }
        return CorpusStats(
            articles=one("SELECT COUNT(*) FROM articles WHERE is_latest = 1"),
            versions=one("SELECT COUNT(*) FROM articles"),
            outlets=outlets,
            attributions=one(
                "SELECT COUNT(*) FROM attributions t JOIN articles a ON a.id = t.article_id WHERE a.is_latest = 1"
            ),
            speakers=one("SELECT COUNT(DISTINCT speaker_name) FROM attributions WHERE speaker_name IS NOT NULL"),
            entities=one("SELECT COUNT(DISTINCT name || '|' || type) FROM entities"),
            events=one("SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.is_latest = 1"),
            failures=one("SELECT COUNT(*) FROM failures"),
            failure_reasons=reasons,
            first_published=one("SELECT MIN(published) FROM articles WHERE is_latest = 1"),
            last_published=one("SELECT MAX(published) FROM articles WHERE is_latest = 1"),
            schema_version=self.schema_version(),
        )

    # -- the notion index -----------------------------------------------------------
    def notion_contexts(
        self, phrases: Sequence[Sequence[str]], filter: ArticleFilter | None = None, /, *,
        statements_only: bool = False,
    ) -> list[NotionContext]:
        return sqlite_notions.read_contexts(self.conn, phrases, ArticleFilter.of(filter), statements_only=statements_only)

    def notion_article_contexts(self, article_ids: Sequence[str]) -> list[NotionContext]:
        return sqlite_notions.read_article_contexts(self.conn, article_ids)

    def notion_word_counts(self, article_ids: Sequence[str], keys: Collection[str]) -> tuple[dict[str, int], int]:
        return sqlite_notions.read_word_counts(self.conn, article_ids, keys)

    def notion_terms(self, filter: ArticleFilter | None = None, /) -> Iterator[NotionTermRow]:
        return sqlite_notions.read_terms(self.conn, ArticleFilter.of(filter))

    def notion_term_spread(self, min_articles: int = 2) -> tuple[list[tuple[str, str, int]], int]:
        return sqlite_notions.read_term_spread(self.conn, min_articles)

    def revision(self) -> tuple[int, int]:
        row = self.conn.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM articles").fetchone()
        return int(row[0]), int(row[1])

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass


class _Tx:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


# Names and codes longer than this match nothing; SQLite refuses LIKE patterns over 50,000 bytes.
_MAX_NAME_CHARS = 1000


def _pack_stored_records(conn: sqlite3.Connection) -> int:
    """Migration 0006: rewrite every JSON record as :func:`records.pack` stores it; returns how many."""
    rows = conn.execute("SELECT rowid FROM articles WHERE typeof(record) = 'text' ORDER BY rowid").fetchall()
    for (rowid,) in rows:
        stored = conn.execute("SELECT record FROM articles WHERE rowid = ?", (rowid,)).fetchone()[0]
        conn.execute("UPDATE articles SET record = ? WHERE rowid = ?", (records.pack(json.loads(stored)), rowid))
    return len(rows)


def _narrow_signatures(conn: sqlite3.Connection) -> int:
    """Migration 0007: rewrite 64-bit syndication signatures and word counts as 32-bit ones; returns how many."""
    from parley.notions.index import repack_counts
    from parley.syndication import signature_from_bytes, signature_to_bytes

    for article_id, blob in conn.execute("SELECT article_id, words FROM notion_articles").fetchall():
        conn.execute("UPDATE notion_articles SET words = ? WHERE article_id = ?", (repack_counts(blob), article_id))

    rows = conn.execute(
        "SELECT article_id, signature FROM syndication_signatures WHERE LENGTH(signature) = 8 * num_perm"
    ).fetchall()
    for article_id, blob in rows:
        conn.execute("UPDATE syndication_signatures SET signature = ? WHERE article_id = ?",
                     (signature_to_bytes(signature_from_bytes(blob)), article_id))
    return len(rows)


def _shown(value: str, limit: int = 80) -> str:
    """A user's value quoted for a message, cut short: a 60,000-character id must not fill the screen."""
    return repr(value) if len(value) <= limit else repr(value[:limit]) + f"… ({len(value):,} characters)"


def _like_prefix(value: str) -> str:
    """A LIKE pattern matching strings that start with ``value`` literally (with ESCAPE '\\')."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _split_marks(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain snippet text and match offsets from FTS5 output delimited by \\x02 ... \\x03.

    Control characters cannot occur in article text the way brackets can, so a "[" in the
    article never passes for a match.
    """
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for char in marked:
        if char == "\x02":
            start = length
        elif char == "\x03":
            if start is not None:
                marks.append((start, length))
            start = None
        else:
            plain.append(char)
            length += 1
    return "".join(plain), marks


_PREFIX = re.compile(r"[a-z0-9]+")


def _prefix_query(prefixes: Sequence[str]) -> str:
    """An FTS5 query for words starting with any of ``prefixes``, also when the word is split.

    The FTS tokenizer splits "non-aggression" and "o'clock" into two tokens, so a prefix is also
    looked for as every run of adjacent tokens it can be cut into ("non ag"* for "nonag").
    """
    alternatives: list[str] = []
    for prefix in dict.fromkeys(p.lower() for p in prefixes):
        if not _PREFIX.fullmatch(prefix) or len(prefix) > 8:
            raise InputError(f"word prefix {prefix!r} must be 1-8 ASCII letters or digits")
        for cuts in range(1 << (len(prefix) - 1)):
            pieces, start = [], 0
            for i in range(1, len(prefix)):
                if cuts >> (i - 1) & 1:
                    pieces.append(prefix[start:i])
                    start = i
            pieces.append(prefix[start:])
            alternatives.append('"' + " ".join(pieces) + '"*')
    return " OR ".join(alternatives)


def _like_escape(value: str) -> str:
    """``value`` as a literal inside a LIKE pattern (with ESCAPE '\\'): "_" and "%" match themselves."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _end_of(day_or_time: str) -> str:
    """An exclusive upper bound: ``2022-02-04`` includes the whole day."""
    if len(day_or_time) == 10:
        return day_or_time + "T99"
    if len(day_or_time) == 7:
        return day_or_time + "-99"
    if len(day_or_time) == 4:
        return day_or_time + "-99"
    return day_or_time


def _split_sql(sql: str) -> list[str]:
    statements, buffer = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        buffer.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(buffer)):
            statements.append("\n".join(buffer))
            buffer = []
    if "".join(buffer).strip():
        statements.append("\n".join(buffer))
    return statements

