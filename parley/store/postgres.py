"""PostgreSQL backend: the :class:`Store` interface for many writers and many readers.

Chosen by URL (``postgresql://user@host/db``). Differences from SQLite that callers can rely on:

* every write is idempotent and safe to run from several processes or machines at once:
  article ids and (url, version) are unique keys, rows are written with ``ON CONFLICT DO NOTHING``,
  and the keys a batch touches are locked in one sorted order first, so two writers never deadlock
  and a batch stored twice is counted as duplicates the second time;
* each article's record is stored once, as on SQLite (zlib-compressed compact JSON without the text,
  the text in its own column); attribution, entity and event rows carry only the columns filters use
  and are read back from the record;
* full-text search is a GIN index on a ``tsvector`` expression (``simple`` configuration); search ranks
  by relevance when there are at most ``_RANKED_HITS`` hits, newest first when there are more.

Needs the optional extra ``parley[postgres]`` (psycopg 3).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from importlib import resources
from typing import Any

from parley.errors import InputError, NotFoundError, StoreError
from parley.models import Attribution, Entity, Event, ExtractedArticle, Failure, utc_now
from parley.store import pg_notions, pg_syndication, records
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
from parley.store.pg_syndication import PGSyndication
from parley.store.records import expand
from parley.store.sqlite import _MAX_NAME_CHARS, _MAX_QUERY_TERMS, _end_of, _prefix_query, _shown

__all__ = ["PostgresStore", "pg_migrations"]

# Advisory locks are database-wide: keys are hashed with the schema, so that stores in different
# schemas of one database (tests, benchmarks, tenants) never wait for each other.
_LOCK = "pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || {key}, 0))"
_LOCK_MIGRATE = "SELECT " + _LOCK.format(key="'parley:migrate'")
_LOCK_SYNDICATION = "SELECT " + _LOCK.format(key="'parley:syndication'")
# Every key a batch writes (article ids, urls), locked in one global order: two writers never deadlock.
_LOCK_KEYS = (
    f"SELECT {_LOCK.format(key='k')} FROM unnest(%s::text[]) AS k "
    "ORDER BY hashtextextended(current_schema() || ':' || k, 0)"
)


# Python steps of a migration, run in its transaction right after its SQL: filling new tables from
# what the stored records hold (the notion index of articles stored before it existed).
_AFTER_MIGRATION: dict[int, Callable[[Any], object]] = {
    2: lambda conn: pg_notions.backfill(conn, _stored_article),
    4: lambda conn: _repack_and_backfill(conn),
    6: lambda conn: pg_notions.backfill(conn, _stored_article),
    7: lambda conn: pg_syndication.backfill_bands(conn),
    11: lambda conn: _pack_records(conn),
    15: lambda conn: pg_notions.backfill(conn, _stored_article),
}

# Statements' full-text search: the expression of the GIN index attributions_tsv (migration 0004).
_ATTRIBUTION_TSV = (
    "to_tsvector('simple'::regconfig, translate(t.content || ' ' || COALESCE(t.speaker_name, ''), '<>&', '   '))"
)
# Article search: the expression of the GIN index articles_tsv (migration 0009; a stored column before).
_ARTICLE_TSV = (
    "to_tsvector('simple'::regconfig, "
    "translate(COALESCE(a.title, '') || ' ' || a.text, '<>&', '   '))"
)
# Search ranks hits by relevance (ts_rank) when there are at most this many; ranking re-reads each hit's
# text (0.4 ms a hit), so more hits are listed newest first, and only the shown page is ranked (its score).
_RANKED_HITS = 100


def _repack_and_backfill(conn: Any) -> None:
    """Migration 0004: 32-bit word counts and syndication signatures (as SQLite's 0007), then the notion
    index of articles stored before 0002 (the key column has its type of today only now)."""
    from parley.notions.index import repack_counts
    from parley.syndication import signature_from_bytes, signature_to_bytes

    for article_id, blob in conn.execute("SELECT article_id, words FROM notion_articles").fetchall():
        conn.execute("UPDATE notion_articles SET words = %s WHERE article_id = %s", (repack_counts(bytes(blob)), article_id))
    for article_id, blob in conn.execute(
        "SELECT article_id, signature FROM syndication_signatures WHERE LENGTH(signature) = 8 * num_perm"
    ).fetchall():
        conn.execute("UPDATE syndication_signatures SET signature = %s WHERE article_id = %s",
                     (signature_to_bytes(signature_from_bytes(bytes(blob))), article_id))
    pg_notions.backfill(conn, _stored_article)


def _pack_records(conn: Any, batch: int = 200) -> None:
    """Migration 0011: each jsonb record as :func:`records.pack` stores it, its text in ``articles.text``
    and each event's ``partial`` flag in ``events.partial``; 0012 then drops the jsonb column."""
    if not _has_column(conn, "articles", "packed"):  # run again on a database converted already
        return
    while True:
        rows = conn.execute(
            "SELECT seq, record::text FROM articles WHERE packed IS NULL ORDER BY seq LIMIT %s", (batch,)
        ).fetchall()
        for seq, stored in rows:
            data = json.loads(stored)  # compact already: records.pack keeps its offset-only spans as they are
            conn.execute("UPDATE articles SET text = %s, packed = %s WHERE seq = %s",
                         (data["text"], records.pack(data), seq))
            flags = [(bool(event["partial"]), seq, idx) for idx, event in enumerate(data.get("events") or [])
                     if isinstance(event.get("partial"), bool)]
            if flags:
                with conn.cursor() as cur:
                    cur.executemany("UPDATE events SET partial = %s WHERE article_key = %s AND idx = %s", flags)
        if len(rows) < batch:
            return


def _has_column(conn: Any, table: str, column: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = %s "
        "AND column_name = %s", (table, column)).fetchone() is not None


def _stored_article(conn: Any, seq: int) -> ExtractedArticle:
    """An article as stored, in the record format of the schema it is in (migration steps run before and
    after 0011 packed the records)."""
    if _has_column(conn, "articles", "text"):
        record, text = conn.execute("SELECT record, text FROM articles WHERE seq = %s", (seq,)).fetchone()
        if isinstance(record, bytes | bytearray | memoryview) and text is not None:
            return records.unpack_article(bytes(record), text)
    return _article(conn.execute("SELECT record::text FROM articles WHERE seq = %s", (seq,)).fetchone()[0])


def pg_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every PostgreSQL migration shipped with parley, in order."""
    found = []
    for entry in resources.files("parley.store.migrations_pg").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name[5:-4], entry.read_text(encoding="utf-8")))
    return sorted(found)


# -- full-text queries ---------------------------------------------------------------------------
_WORD = re.compile(r"[\w'’-]+")


def _tsquery_parts(query: str) -> list[tuple[str, str]]:
    """(function, text) pairs ANDed together: quoted phrases in order, every other word required.

    The same reading of user text as SQLite's ``_fts_query``; psycopg passes each part as a
    parameter, so no user text ever becomes tsquery syntax.
    """
    phrases = [p for p in re.findall(r'"([^"]+)"', query) if _WORD.search(p)]
    rest = re.sub(r'"[^"]*"', " ", query).replace('"', " ")
    parts = [("phraseto_tsquery", p) for p in phrases] + [("plainto_tsquery", w) for w in _WORD.findall(rest)]
    if not parts:
        raise InputError(f"search query {_shown(query)} has no words to look for")
    # Repeats count once; thousands of required words are refused, as on SQLite (issue 14).
    parts = list(dict.fromkeys(parts))
    if len(parts) > _MAX_QUERY_TERMS:
        raise InputError(f"search query has {len(parts):,} different words; at most {_MAX_QUERY_TERMS} are allowed")
    return parts


def _tsquery(query: str) -> tuple[str, list[Any]]:
    parts = _tsquery_parts(query)
    return " && ".join(f"{fn}('simple', %s)" for fn, _ in parts), [text for _, text in parts]


def _prefix_tsquery(prefixes: Sequence[str]) -> str:
    """A tsquery for words starting with any prefix, also when hyphens or apostrophes split the word.

    The PostgreSQL parser splits "o'clock" into two words and indexes "non-aggression" as the
    whole word and its parts, so each prefix is also looked for as every run of adjacent words it
    can be cut into (``non <-> ag:*`` for "nonag"), as the SQLite backend does.
    """
    _prefix_query(prefixes)  # the same validation, the same InputError for bad prefixes
    alternatives: list[str] = []
    for prefix in dict.fromkeys(p.lower() for p in prefixes):
        for cuts in range(1 << (len(prefix) - 1)):
            pieces, start = [], 0
            for i in range(1, len(prefix)):
                if cuts >> (i - 1) & 1:
                    pieces.append(prefix[start:i])
                    start = i
            pieces.append(prefix[start:])
            alternatives.append("(" + " <-> ".join(pieces[:-1] + [pieces[-1] + ":*"]) + ")")
    return " | ".join(alternatives)


# -- filters -------------------------------------------------------------------------------------
class _Where:
    """WHERE clauses and their parameters, built by one method per kind of filter.

    All filter SQL of this backend lives here, so moving to a single typed filter object means
    changing these methods only.
    """

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> _Where:
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def sql(self, keyword: str = "WHERE") -> str:
        return f"{keyword} {' AND '.join(self.clauses)}" if self.clauses else ""

    @classmethod
    def from_filter(cls, f: ArticleFilter, *, latest_only: bool | None = None) -> _Where:
        """The article conditions of any filter (a :class:`StatementFilter` is an ArticleFilter too)."""
        return cls().articles(f.outlet, f.since, f.until, f.latest_only if latest_only is None else latest_only)

    def articles(self, outlet: str | None, since: str | None, until: str | None, latest_only: bool) -> _Where:
        if latest_only:
            self.add("a.is_latest")
        if outlet:
            self.add("LOWER(a.outlet) = LOWER(%s)", outlet)
        if since:
            self.add("a.published >= %s", since)
        if until:
            self.add("a.published < %s", _end_of(until))
        return self

    def matching(self, column: str, query: str | None) -> _Where:
        if query:
            sql, params = _tsquery(query)
            self.add(f"{column} @@ ({sql})", *params)
        return self

    def in_upper(self, column: str, values: Sequence[str] | None) -> _Where:
        if values:
            self.add(f"UPPER({column}) = ANY(%s)", [v.upper() for v in values])
        return self

    def equal_lower(self, column: str, value: str | None) -> _Where:
        if value:
            self.add(f"LOWER({column}) = LOWER(%s)", value)
        return self

    def asserter(self, value: str | None) -> _Where:
        if value and value.lower() == "reporter":
            self.add("e.asserted_by IS NULL")
        elif value:
            self.equal_lower("e.asserter", value)
        return self

    def code_or_name(self, role: str, value: str | None) -> _Where:
        """An actor or recipient: a code prefix ("RU" for RUS; "_" and "%" are plain characters) or a name."""
        if value:
            self.add(f"(UPPER(e.{role}_code) LIKE UPPER(%s) ESCAPE '\\' OR LOWER(e.{role}_name) = LOWER(%s))",
                     _like_escape(value[:_MAX_NAME_CHARS]) + "%", value)
        return self

    def events(self, f: EventFilter) -> _Where:
        """Conditions on ``e`` (events) for type, actor, recipient and asserter."""
        self.in_upper("e.type", f.type).code_or_name("actor", f.actor).code_or_name("recipient", f.recipient)
        if not f.partial:  # Event.partial (confidence under the threshold); NULL in rows older than it
            self.add("NOT COALESCE(e.partial, e.actor_code IS NULL OR e.actor_code = '')")
        return self.asserter(f.asserter)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Decoded records of recently read articles (statement, entity and event pages), shared by the
# stores of one process; see :class:`records.RecordCache`.
_RECORDS = records.RecordCache()

_UNHIDE = str.maketrans({"\x0e": "<", "\x0f": ">", "\x10": "&"})


class PostgresStore(Store):
    """One connection per store (open one store per thread, as :class:`parley.api.stores.StorePool` does)."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(
                "the PostgreSQL backend needs psycopg: pip install 'parley[postgres]'"
            ) from exc
        self._psycopg = psycopg
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {_safe_url(url)}: {exc}".strip()) from exc
        self._syndication = PGSyndication(self.conn)
        self._migrate()
        # Cached records are keyed by database, schema, seq, id and ingest time: never served for another row.
        self._cache_scope = f"{url}#{self._one('SELECT current_schema()')}"

    # -- plumbing ------------------------------------------------------------------------------
    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except self._psycopg.Error as exc:
            raise StoreError(f"query failed on {_safe_url(self.url)}: {exc}") from exc

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self._all(sql, params)
        return rows[0][0] if rows else None

    def _migrate(self) -> None:
        try:
            with self.conn.transaction():
                self.conn.execute(_LOCK_MIGRATE)
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                current = self.schema_version()
                for version, name, sql in pg_migrations():
                    if version <= current:
                        continue
                    self.conn.execute(sql.encode("utf-8"))  # shipped SQL, several statements, no parameters
                    _AFTER_MIGRATION.get(version, lambda conn: None)(self.conn)
                    self.conn.execute(
                        "INSERT INTO schema_version(version, name, applied_at) VALUES (%s, %s, %s)",
                        (version, name, utc_now()),
                    )
        except self._psycopg.Error as exc:
            raise StoreError(f"migrating {_safe_url(self.url)} failed: {exc}") from exc

    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0])  # type: ignore[index]

    # -- writing -------------------------------------------------------------------------------
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        return {r[0] for r in self._all("SELECT id FROM articles WHERE id = ANY(%s)", (list(ids),))}

    def add_articles(self, articles: Sequence[ExtractedArticle]) -> AddResult:
        result = AddResult()
        if not articles:
            return result
        try:
            with self.conn.transaction():
                keys = sorted({f"id:{a.id}" for a in articles} | {f"url:{a.url}" for a in articles if a.url})
                self.conn.execute(_LOCK_KEYS, (keys,))
                pg_notions.add_term_names(self.conn, articles)
                for article in articles:
                    self._add_one(article, result)
                if result.added_ids:
                    self.conn.execute(_LOCK_SYNDICATION)
                    self._syndication.after_add(result.added_ids)
        except self._psycopg.Error as exc:
            self._syndication.forget()
            raise StoreError(f"could not store batch of {len(articles)} articles: {exc}") from exc
        except BaseException:
            self._syndication.forget()
            raise
        return result

    def _add_one(self, article: ExtractedArticle, result: AddResult) -> None:
        # The batch holds the advisory locks of this id and url: nobody else can add them meanwhile.
        if self._one("SELECT 1 FROM articles WHERE id = %s", (article.id,)):
            result.duplicates += 1
            return
        latest = self._one("SELECT MAX(version) FROM articles WHERE url = %s", (article.url,)) if article.url else None
        version = int(latest) + 1 if latest else 1
        seq = self._insert_article(article, version)
        if seq is None:
            result.duplicates += 1
            return
        if version > 1:
            self.conn.execute("UPDATE articles SET is_latest = FALSE WHERE url = %s AND id <> %s",
                              (article.url, article.id))
            result.new_versions += 1
        self._insert_children(article, seq)
        pg_notions.index_article(self.conn, article, seq)
        result.added += 1
        result.added_ids.append(article.id)

    def _insert_article(self, article: ExtractedArticle, version: int) -> int | None:
        """The article's row (its record packed as on SQLite, migration 0011); its seq, None if it was there."""
        inserted = self.conn.execute(
            """INSERT INTO articles(id, url, version, is_latest, outlet, title, published, external_id, record,
                   text, ingested_at) VALUES (%s, %s, %s, TRUE, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (id) DO NOTHING RETURNING seq""",
            (article.id, article.url, version, article.outlet, article.title, article.published,
             article.external_id, records.pack(article.model_dump(mode="json")), article.text, utc_now()),
        ).fetchone()
        return None if inserted is None else int(inserted[0])

    def _insert_children(self, article: ExtractedArticle, seq: int) -> None:
        """Statement, entity and event rows, named by the article's ``articles.seq`` (migration 0008)."""
        with self.conn.cursor() as cur:
            cur.executemany(
                """INSERT INTO attributions(article_key, idx, content, speaker_name, speaker_role,
                       speaker_affiliation, speaker_type) VALUES (%s, %s, %s, %s, %s, %s, %s)
                   ON CONFLICT DO NOTHING""",
                [
                    (seq, idx, t.content_text, t.speaker.name if t.speaker else None,
                     t.speaker.role if t.speaker else None, t.speaker.affiliation if t.speaker else None,
                     t.speaker.type if t.speaker else None)
                    for idx, t in enumerate(article.attributions)
                ],
            )
            cur.executemany(
                "INSERT INTO entities(article_key, idx, name, type, code) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT DO NOTHING",
                [(seq, idx, e.name, e.type, e.code) for idx, e in enumerate(article.entities)],
            )
            cur.executemany(
                """INSERT INTO events(article_key, idx, type, actor_name, actor_code, recipient_name, recipient_code,
                       asserted_by, asserter, partial) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                   ON CONFLICT DO NOTHING""",
                [
                    (seq, idx, e.type, e.actor.name if e.actor else None, e.actor.code if e.actor else None,
                     e.recipient.name if e.recipient else None, e.recipient.code if e.recipient else None,
                     e.asserted_by, _asserter(article, e), e.partial)
                    for idx, e in enumerate(article.events)
                ],
            )

    def add_failures(self, failures: Sequence[Failure]) -> None:
        if not failures:
            return
        try:
            with self.conn.transaction(), self.conn.cursor() as cur:
                # The same input failing the same way again (a re-ingest) is already on record.
                cur.executemany(
                    "INSERT INTO failures(source, reason, detail, at) SELECT %s, %s, %s, %s WHERE NOT EXISTS "
                    "(SELECT 1 FROM failures WHERE source = %s AND reason = %s AND detail IS NOT DISTINCT FROM %s)",
                    [(f.source, f.reason, f.detail, f.at, f.source, f.reason, f.detail) for f in failures],
                )
        except self._psycopg.Error as exc:
            raise StoreError(f"could not record {len(failures)} failures: {exc}") from exc

    # -- reading articles ----------------------------------------------------------------------
    def _resolve_id(self, article_id: str) -> str:
        if self._one("SELECT id FROM articles WHERE id = %s", (article_id,)):
            return article_id
        if 6 <= len(article_id) <= 64:  # a longer text is no id prefix: it can only be an input's own id
            rows = self._all("SELECT id FROM articles WHERE id LIKE %s ESCAPE '\\' LIMIT 2",
                             (_like_escape(article_id) + "%",))
            if len(rows) == 1:
                return str(rows[0][0])
            if len(rows) > 1:
                raise InputError(f"article id prefix {article_id!r} is ambiguous")
        return self._resolve_external_id(article_id)

    def _resolve_external_id(self, external_id: str) -> str:
        """The article an input's own id names; two articles sharing it is an error naming both."""
        rows = self._all(
            "SELECT id, outlet FROM articles WHERE external_id = %s AND is_latest "
            "ORDER BY published NULLS FIRST, id LIMIT 6",
            (external_id,),
        )
        if len(rows) == 1:
            return str(rows[0][0])
        if rows:
            choices = ", ".join(f"{r[0][:12]} ({r[1] or 'no outlet'})" for r in rows[:5])
            raise InputError(f"input id {_shown(external_id)} names {len(rows)}{'+' if len(rows) > 5 else ''} "
                             f"articles: {choices}; pass one of these parley ids")
        raise NotFoundError(f"no article with id {_shown(external_id)}")

    def get_article(self, article_id: str) -> ExtractedArticle:
        row = self._all("SELECT record, text FROM articles WHERE id = %s", (self._resolve_id(article_id),))[0]
        return records.unpack_article(bytes(row[0]), row[1])

    def article_meta(self, article_id: str) -> dict[str, Any]:
        """Storage facts about an article that are not part of its record (version, ingest time)."""
        row = self._all("SELECT version, is_latest, ingested_at FROM articles WHERE id = %s",
                        (self._resolve_id(article_id),))[0]
        return {"version": row[0], "is_latest": bool(row[1]), "ingested_at": row[2]}

    _SUMMARY = """a.id, a.url, a.title, a.outlet, a.published, a.version, a.is_latest,
        (SELECT COUNT(*) FROM attributions t WHERE t.article_key = a.seq),
        (SELECT COUNT(*) FROM events e WHERE e.article_key = a.seq)"""

    @staticmethod
    def _summary(row: Sequence[Any]) -> dict[str, Any]:
        keys = ("id", "url", "title", "outlet", "published", "version", "is_latest", "attributions", "events")
        return dict(zip(keys, row[:9], strict=True))

    def _list_articles(self, f: ArticleFilter, *, limit: int, offset: int) -> Page:
        where = _Where.from_filter(f)
        total = self._one(f"SELECT COUNT(*) FROM articles a {where.sql()}", where.params)
        rows = self._all(
            f"SELECT {self._SUMMARY} FROM articles a {where.sql()} "
            "ORDER BY a.published DESC NULLS LAST, a.id LIMIT %s OFFSET %s",
            [*where.params, limit, offset],
        )
        return Page(total=total, limit=limit, offset=offset, items=[ArticleSummary(**self._summary(r)) for r in rows])

    def _iter_articles(
        self, f: ArticleFilter, *, contains_any: Sequence[str] | None, ids: Sequence[str] | None
    ) -> Iterator[ExtractedArticle]:
        where = _Where.from_filter(f)
        if contains_any is not None:
            if not contains_any:
                return
            where.add(f"{_ARTICLE_TSV} @@ to_tsquery('simple', %s)", _prefix_tsquery(contains_any))
        if ids is not None:
            if not ids:
                return
            where.add("a.id = ANY(%s)", list(ids))
        # Pages by storage order: memory stays bounded and the connection is free between pages
        # for the caller's own queries (no cursor or transaction held open across yields).
        last = 0
        while True:
            rows = self._all(
                f"SELECT a.seq, a.record, a.text FROM articles a {where.sql()} {'AND' if where.clauses else 'WHERE'} "
                "a.seq > %s ORDER BY a.seq LIMIT 200",
                [*where.params, last],
            )
            for _seq, record, text in rows:
                yield records.unpack_article(bytes(record), text)
            if len(rows) < 200:
                return
            last = rows[-1][0]

    def _search(self, query: str, f: ArticleFilter, *, limit: int, offset: int) -> Page:
        tsquery, tsparams = _tsquery(query)
        where = _Where.from_filter(f, latest_only=True).add(f"{_ARTICLE_TSV} @@ ({tsquery})", *tsparams)
        total = self._one(f"SELECT COUNT(*) FROM articles a {where.sql()}", where.params)
        order = "score DESC, a.id" if total <= _RANKED_HITS else "a.published DESC NULLS LAST, a.id"
        # ts_headline drops whatever looks like an HTML tag or entity: hide <, > and & from it, put them back below.
        headline = (
            f"ts_headline('simple', translate(a.text, '<>&', chr(14) || chr(15) || chr(16)), ({tsquery}), "
            "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=2, MaxWords=16, MinWords=6, "
            "FragmentDelimiter=\" … \"')"
        )
        rows = self._all(
            f"SELECT {self._SUMMARY}, {headline}, ts_rank({_ARTICLE_TSV}, ({tsquery})) AS score FROM articles a "
            f"{where.sql()} ORDER BY {order} LIMIT %s OFFSET %s",
            [*tsparams, *tsparams, *where.params, limit, offset],
        )
        from parley.store.sqlite import _split_marks

        hits = []
        for row in rows:
            snippet, marks = _split_marks((row[9] or "").translate(_UNHIDE))
            hits.append(SearchHit(**self._summary(row), snippet=snippet, marks=marks, score=float(row[10])))
        return Page(total=total, limit=limit, offset=offset, items=hits)

    # -- reading records -----------------------------------------------------------------------
    def _attribution_where(self, f: StatementFilter) -> _Where:
        # One article's statements include its older versions; listings across articles do not.
        where = _Where.from_filter(f, latest_only=f.article_id is None)
        where.matching(_ATTRIBUTION_TSV, f.query).equal_lower("t.speaker_name", f.speaker)
        where.in_upper("t.speaker_affiliation", f.affiliation)
        if f.article_id:
            where.add("a.id = %s", self._resolve_id(f.article_id))
        return where

    def _attributions(self, f: StatementFilter, *, limit: int, offset: int) -> Page:
        where = self._attribution_where(f)
        base = f"FROM attributions t JOIN articles a ON a.seq = t.article_key {where.sql()}"
        total = self._one(f"SELECT COUNT(*) {base}", where.params)
        # The page's keys first, records after: reading records for every matching row before the
        # sort would decompress each article's record once per statement (17 s at 10,000 articles).
        rows = self._all(
            f"SELECT a.id, t.idx, a.title, a.outlet, a.published, a.seq, a.ingested_at {base} "
            "ORDER BY a.published DESC NULLS LAST, a.id, t.idx LIMIT %s OFFSET %s",
            [*where.params, limit, offset],
        )
        parts = self._parts("attributions", rows)
        items = [
            StoredAttribution(article_id=r[0], index=r[1], attribution=Attribution.model_validate(part),
                              article_title=r[2], outlet=r[3], published=r[4])
            for r, part in zip(rows, parts, strict=True)
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _attribution_facets(self, f: StatementFilter, *, size: int) -> dict[str, list[tuple[str, int]]]:
        where = self._attribution_where(f)
        facets: dict[str, list[tuple[str, int]]] = {}
        for facet, column in (
            ("speaker", "t.speaker_name"), ("affiliation", "t.speaker_affiliation"),
            ("outlet", "a.outlet"), ("month", "SUBSTR(a.published, 1, 7)"),
        ):
            order = f"{column} DESC" if facet == "month" else f"COUNT(*) DESC, {column}"
            rows = self._all(
                f"SELECT {column}, COUNT(*) FROM attributions t JOIN articles a ON a.seq = t.article_key "
                f"{where.sql()} {'AND' if where.clauses else 'WHERE'} {column} IS NOT NULL "
                f"GROUP BY {column} ORDER BY {order} LIMIT %s",
                [*where.params, size],
            )
            facets[facet] = [(str(r[0]), int(r[1])) for r in rows]
        return facets

    def _speakers(self, f: SpeakerFilter, *, limit: int, offset: int) -> Page:
        if f.name and len(f.name) > _MAX_NAME_CHARS:
            return Page(total=0, limit=limit, offset=offset, items=[])  # no name is this long; no LIKE pattern either
        where = _Where().add("a.is_latest").add("t.speaker_name IS NOT NULL")
        if f.name:
            where.add("LOWER(t.speaker_name) LIKE %s ESCAPE '\\'", "%" + _like_escape(f.name.lower()) + "%")
        where.in_upper("t.speaker_affiliation", f.affiliation)
        base = f"FROM attributions t JOIN articles a ON a.seq = t.article_key {where.sql()}"
        total = self._one(f"SELECT COUNT(DISTINCT t.speaker_name) {base}", where.params)
        # Rank first, then read role, affiliation and type for the page's names only: each lookup goes through
        # the LOWER(speaker_name) index (a plain equality would read every statement once per speaker).
        same_name = "LOWER(x.speaker_name) = LOWER(p.name) AND x.speaker_name = p.name"
        most_common = (
            f"(SELECT x.{{col}} FROM attributions x WHERE {same_name} AND x.{{col}} IS NOT NULL "
            "GROUP BY x.{col} ORDER BY COUNT(*) DESC, x.{col} LIMIT 1)"
        )
        rows = self._all(
            f"WITH p AS (SELECT t.speaker_name AS name, COUNT(*) AS n, COUNT(DISTINCT t.article_key) AS articles, "
            f"MIN(a.published) AS first_published, MAX(a.published) AS last_published {base} "
            "GROUP BY t.speaker_name ORDER BY n DESC, t.speaker_name LIMIT %s OFFSET %s) "
            f"SELECT p.name, p.n, p.articles, p.first_published, p.last_published, {most_common.format(col='speaker_role')}, "
            f"{most_common.format(col='speaker_affiliation')}, "
            f"(SELECT x.speaker_type FROM attributions x WHERE {same_name} ORDER BY x.article_key, x.idx LIMIT 1) "
            "FROM p ORDER BY p.n DESC, p.name",
            [*where.params, limit, offset],
        )
        items = [
            SpeakerSummary(name=r[0], statements=r[1], articles=r[2], first_published=r[3], last_published=r[4],
                           role=r[5], affiliation=r[6], type=r[7])
            for r in rows
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def entities(
        self, *, name: str | None = None, type: str | None = None, code: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> Page:
        where = _Where().add("a.is_latest").equal_lower("e.name", name)
        if type:
            where.add("UPPER(e.type) = UPPER(%s)", type)
        if code:
            where.add("UPPER(e.code) = UPPER(%s)", code)
        base = f"FROM entities e JOIN articles a ON a.seq = e.article_key {where.sql()}"
        total = self._one(f"SELECT COUNT(*) {base}", where.params)
        rows = self._all(
            f"SELECT a.id, e.idx, a.title, a.published, a.seq, a.ingested_at {base} "
            "ORDER BY e.name, a.published DESC NULLS LAST, a.id, e.idx LIMIT %s OFFSET %s",
            [*where.params, limit, offset],
        )
        parts = self._parts("entities", rows)
        items = [
            StoredEntity(article_id=r[0], index=r[1], entity=Entity.model_validate(part), article_title=r[2],
                         published=r[3])
            for r, part in zip(rows, parts, strict=True)
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _events(self, f: EventFilter, *, limit: int, offset: int) -> Page:
        where = _Where()
        if f.article_id:  # one article's events include its older versions, as its statements do
            where.add("a.id = %s", self._resolve_id(f.article_id))
        else:
            where.add("a.is_latest")
        where.events(f)
        base = f"FROM events e JOIN articles a ON a.seq = e.article_key {where.sql()}"
        total = self._one(f"SELECT COUNT(*) {base}", where.params)
        rows = self._all(
            f"SELECT a.id, e.idx, e.asserter, a.published, a.title, a.seq, a.ingested_at {base} "
            "ORDER BY a.published DESC NULLS LAST, a.id, e.idx LIMIT %s OFFSET %s",
            [*where.params, limit, offset],
        )
        parts = self._parts("events", rows)
        items = [
            StoredEvent(article_id=r[0], index=r[1], event=Event.model_validate(part), asserter=r[2],
                        published=r[3], article_title=r[4])
            for r, part in zip(rows, parts, strict=True)
        ]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def _parts(self, field: str, rows: Sequence[Sequence[Any]]) -> list[Any]:
        """The stored JSON of each row of a page (article id, index, ..., seq, ingested_at as its last two
        columns), from its article's record: each record read and decoded once, recent ones cached."""
        stamps = [(self._cache_scope, r[-2], r[0], r[-1]) for r in rows]

        def load(missing: list[Any]) -> dict[Any, dict[str, Any]]:
            found = self._all("SELECT seq, id, ingested_at, record, text FROM articles WHERE seq = ANY(%s)",
                              ([stamp[1] for stamp in missing],))
            return {(self._cache_scope, r[0], r[1], r[2]): records.unpack(bytes(r[3]), r[4]) for r in found}

        unpacked = _RECORDS.get_many(list(dict.fromkeys(stamps)), load)
        return [records.part(unpacked[stamp], field, r[1]) for stamp, r in zip(stamps, rows, strict=True)]

    def _event_links(self, f: EventFilter, *, limit: int) -> list[EventLink]:
        where = _Where().add("a.is_latest").add("COALESCE(e.actor_code, e.actor_name) IS NOT NULL")
        where.add("COALESCE(e.recipient_code, e.recipient_name) IS NOT NULL").events(f)
        rows = self._all(
            "SELECT COALESCE(e.actor_code, e.actor_name) AS src, COALESCE(e.recipient_code, e.recipient_name) AS dst, "
            "UPPER(e.type) AS kind, COUNT(*) AS n, "
            "ARRAY_AGG(DISTINCT CASE WHEN e.asserted_by IS NULL THEN 'reporter' ELSE COALESCE(e.asserter, '?') END) "
            f"FROM events e JOIN articles a ON a.seq = e.article_key {where.sql()} "
            "GROUP BY src, dst, kind ORDER BY n DESC, src, dst, kind LIMIT %s",
            [*where.params, limit],
        )
        return [EventLink(actor=r[0], recipient=r[1], type=r[2], count=r[3], asserters=sorted(r[4])) for r in rows]

    # -- syndication, failures, stats ----------------------------------------------------------
    def syndication_group(self, article_id: str) -> SyndicationGroup | None:
        return self._syndication.group(self._resolve_id(article_id))

    def syndication_groups(self, *, limit: int = 50, offset: int = 0) -> Page:
        return self._syndication.groups(limit=limit, offset=offset)

    def failures(self, *, limit: int = 100, offset: int = 0) -> Page:
        total = self._one("SELECT COUNT(*) FROM failures")
        rows = self._all("SELECT source, reason, detail, at FROM failures ORDER BY id DESC LIMIT %s OFFSET %s",
                         (limit, offset))
        items = [Failure(source=r[0], reason=r[1], detail=r[2], at=r[3]) for r in rows]
        return Page(total=total, limit=limit, offset=offset, items=items)

    def stats(self) -> CorpusStats:
        latest = "JOIN articles a ON a.seq = x.article_key WHERE a.is_latest"
        outlets = self._all("SELECT outlet, COUNT(*) FROM articles WHERE is_latest GROUP BY outlet "
                            "ORDER BY COUNT(*) DESC, outlet")
        reasons = self._all("SELECT reason, COUNT(*) FROM failures GROUP BY reason ORDER BY COUNT(*) DESC, reason")
        dates = self._all("SELECT MIN(published), MAX(published) FROM articles WHERE is_latest")[0]
        return CorpusStats(
            articles=self._one("SELECT COUNT(*) FROM articles WHERE is_latest"),
            versions=self._one("SELECT COUNT(*) FROM articles"),
            outlets={(r[0] or "unknown"): r[1] for r in outlets},
            attributions=self._one(f"SELECT COUNT(*) FROM attributions x {latest}"),
            speakers=self._one("SELECT COUNT(DISTINCT speaker_name) FROM attributions"),
            entities=self._one("SELECT COUNT(DISTINCT (name, type)) FROM entities"),
            events=self._one(f"SELECT COUNT(*) FROM events x {latest}"),
            failures=self._one("SELECT COUNT(*) FROM failures"),
            failure_reasons={r[0]: r[1] for r in reasons},
            first_published=dates[0],
            last_published=dates[1],
            schema_version=self.schema_version(),
        )

    # -- the notion index ----------------------------------------------------------------------
    def notion_contexts(
        self, phrases: Sequence[Sequence[str]], filter: ArticleFilter | None = None, /, *,
        statements_only: bool = False,
    ) -> list[NotionContext]:
        try:
            return pg_notions.read_contexts(self.conn, phrases, ArticleFilter.of(filter), statements_only=statements_only)
        except self._psycopg.Error as exc:
            raise StoreError(f"notion index query failed on {_safe_url(self.url)}: {exc}") from exc

    def notion_article_contexts(self, article_ids: Sequence[str]) -> list[NotionContext]:
        try:
            return pg_notions.read_article_contexts(self.conn, article_ids)
        except self._psycopg.Error as exc:
            raise StoreError(f"notion contexts failed on {_safe_url(self.url)}: {exc}") from exc

    def notion_word_counts(self, article_ids: Sequence[str], keys: Collection[str]) -> tuple[dict[str, int], int]:
        try:
            return pg_notions.read_word_counts(self.conn, article_ids, keys)
        except self._psycopg.Error as exc:
            raise StoreError(f"notion word counts failed on {_safe_url(self.url)}: {exc}") from exc

    def notion_terms(self, filter: ArticleFilter | None = None, /) -> Iterator[NotionTermRow]:
        f = ArticleFilter.of(filter)  # validated now, not when the caller first iterates
        return self._notion_terms(f)

    def notion_term_spread(self, min_articles: int = 2) -> tuple[list[tuple[str, str, int]], int]:
        try:
            return pg_notions.read_term_spread(self.conn, min_articles)
        except self._psycopg.Error as exc:
            raise StoreError(f"notion term spread query failed on {_safe_url(self.url)}: {exc}") from exc

    def _notion_terms(self, f: ArticleFilter) -> Iterator[NotionTermRow]:
        try:
            yield from pg_notions.read_terms(self.conn, f)
        except self._psycopg.Error as exc:
            raise StoreError(f"notion terms query failed on {_safe_url(self.url)}: {exc}") from exc

    def revision(self) -> tuple[int, int]:
        row = self._all("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles")[0]
        return int(row[0]), int(row[1])

    def size(self) -> dict[str, int]:
        """Bytes on disk (tables, indexes, TOAST) and bytes of article text: for the 'no record twice' check."""
        row = self._all(
            "SELECT (SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            " JOIN pg_namespace n ON n.oid = c.relnamespace "
            " WHERE c.relkind = 'r' AND n.nspname = current_schema()), "
            "(SELECT COALESCE(SUM(OCTET_LENGTH(text)), 0) FROM articles)"
        )[0]
        return {"database_bytes": int(row[0]), "text_bytes": int(row[1])}

    def close(self) -> None:
        try:
            self.conn.close()
        except self._psycopg.Error:
            pass


def _article(record: str) -> ExtractedArticle:
    """An article from a jsonb record as text: the Python steps of migrations before 0011 read these."""
    if '"~"' not in record:  # nothing to restore: pydantic's own JSON parser is several times faster
        return ExtractedArticle.model_validate_json(record)
    data = json.loads(record)
    return ExtractedArticle.model_validate(expand(data, data["text"]))


def _asserter(article: ExtractedArticle, event: Event) -> str | None:
    if event.asserted_by is not None and 0 <= event.asserted_by < len(article.attributions):
        speaker = article.attributions[event.asserted_by].speaker
        return speaker.name if speaker else None
    return None


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)

