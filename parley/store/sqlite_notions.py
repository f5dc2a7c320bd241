"""The notion index in SQLite: written with each article, read by notion queries without records.

Tables (migration 0003): ``notion_contexts`` (statement content spans and sentences),
``notion_keys`` (a contentless FTS5 index of their key streams, rowid = context id),
``notion_articles`` (publisher and folded-word counts per article) and ``notion_terms``
(the terms step's notion terms). See :mod:`parley.notions.index` for what goes in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from parley.models import ExtractedArticle
from parley.notions.index import (
    contexts,
    near_query,
    pack_counts,
    publisher,
    sum_counts,
    term_rows,
    word_counts,
)
from parley.store import records
from parley.store.base import NotionContext, NotionTermRow, contexts_of_articles
from parley.store.filters import ArticleFilter

__all__ = [
    "backfill", "index_article", "read_article_contexts", "read_contexts", "read_term_spread", "read_terms",
    "read_word_counts",
]


def index_article(conn: sqlite3.Connection, article: ExtractedArticle) -> None:
    """Write the article's notion index rows (inside the caller's transaction, after the article's row)."""
    rowid = conn.execute("SELECT rowid FROM articles WHERE id = ?", (article.id,)).fetchone()[0]
    conn.execute(
        "INSERT OR REPLACE INTO notion_articles(article_id, publisher, words) VALUES (?, ?, ?)",
        (article.id, publisher(article), pack_counts(word_counts(article.text))),
    )
    for row in contexts(article):
        cursor = conn.execute(
            "INSERT INTO notion_contexts(article, attribution, start, end) VALUES (?, ?, ?, ?)",
            (rowid, row.attribution, row.start, row.end),
        )
        conn.execute("INSERT INTO notion_keys(rowid, keys) VALUES (?, ?)", (cursor.lastrowid, row.keys))
    conn.executemany(
        "INSERT INTO notion_terms(article, attribution, key, surface) VALUES (?, ?, ?, ?)",
        [(rowid, t.attribution, t.key, t.surface) for t in term_rows(article)],
    )


def backfill(conn: sqlite3.Connection) -> int:
    """Index every stored article that has no index rows yet (databases from before 0003); returns how many.

    Reads the stored records only: terms found by the terms step when the article was
    extracted are kept; records written before that step existed have no terms to index. Runs after
    0003 and again after 0008 (rows keyed by article rowid): a database older than 0003 gets its
    tables in 0003's shape first, and is filled once 0008 has given them the shape written today.
    """
    if "article" not in {r[1] for r in conn.execute("PRAGMA table_info(notion_contexts)")}:
        return 0
    missing = [
        r[0] for r in conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN notion_articles n ON n.article_id = a.id "
            "WHERE n.article_id IS NULL ORDER BY a.rowid"
        )
    ]
    for article_id in missing:
        row = conn.execute("SELECT record, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        index_article(conn, records.unpack_article(row[0], row[1]))
    return len(missing)


def _where(f: ArticleFilter) -> tuple[str, list[Any]]:
    where, params = ["a.is_latest = 1"], []
    if f.outlet:
        where.append("LOWER(a.outlet) = LOWER(?)")
        params.append(f.outlet)
    if f.since:
        where.append("a.published >= ?")
        params.append(f.since)
    if f.until:
        from parley.store.sqlite import _end_of

        where.append("a.published < ?")
        params.append(_end_of(f.until))
    return " AND ".join(where), params


_CONTEXT_COLUMNS = (
    "a.id, c.attribution, c.start, c.end, SUBSTR(a.text, c.start + 1, c.end - c.start), "
    "a.published, a.title, n.publisher, t.speaker_name, t.speaker_role, t.speaker_affiliation"
)
_CONTEXT_JOINS = (
    "JOIN articles a ON a.rowid = c.article JOIN notion_articles n ON n.article_id = a.id "
    "LEFT JOIN attributions t ON t.article_id = a.id AND t.idx = c.attribution"
)


def read_contexts(conn: sqlite3.Connection, phrases: Sequence[Sequence[str]], f: ArticleFilter, *,
                  statements_only: bool = False) -> list[NotionContext]:
    """Contexts whose key streams hold some phrase's keys close together, each matched statement with
    all its content spans, and the statement spans that overlap a matched sentence (the reporter's
    words are the parts no statement covers); in storage order (article, then position)."""
    if not phrases:
        return []
    where, params = _where(f)
    if statements_only:
        where += " AND c.attribution IS NOT NULL"
    rows = conn.execute(
        "WITH m AS (SELECT c.id, c.article, c.attribution, c.start, c.end FROM notion_keys k "
        "JOIN notion_contexts c ON c.id = k.rowid JOIN articles a ON a.rowid = c.article "
        f"WHERE notion_keys MATCH ? AND {where}) "
        f"SELECT DISTINCT {_CONTEXT_COLUMNS}, a.rowid AS article_order, c.id AS context_order "
        f"FROM m JOIN notion_contexts c ON c.article = m.article {_CONTEXT_JOINS} "
        "WHERE c.id = m.id OR (c.attribution IS NOT NULL AND (c.attribution = m.attribution "
        "OR (m.attribution IS NULL AND c.start < m.end AND m.start < c.end))) "
        "ORDER BY article_order, context_order",
        [near_query(phrases), *params],
    ).fetchall()
    return [
        NotionContext(
            article_id=r[0], attribution=r[1], start=r[2], end=r[3], text=r[4], published=r[5], title=r[6],
            publisher=r[7], speaker=r[8], role=r[9], affiliation=r[10],
        )
        for r in rows
    ]


def read_article_contexts(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[NotionContext]:
    """Every context of these articles (latest versions), in storage order; each text read once and
    cut in Python (``SUBSTR`` counts characters from the start of a long text once per context)."""
    ids = json.dumps(list(article_ids))
    texts = {
        r[0]: r[1:]
        for r in conn.execute(
            "SELECT id, text, published, title, rowid FROM articles "
            "WHERE id IN (SELECT value FROM json_each(?)) AND is_latest = 1",
            [ids],
        )
    }
    rows = conn.execute(
        "SELECT a.id, c.attribution, c.start, c.end, n.publisher, "
        "t.speaker_name, t.speaker_role, t.speaker_affiliation "
        "FROM notion_contexts c JOIN articles a ON a.rowid = c.article JOIN notion_articles n ON n.article_id = a.id "
        "LEFT JOIN attributions t ON t.article_id = a.id AND t.idx = c.attribution "
        "WHERE c.article IN (SELECT value FROM json_each(?)) ORDER BY c.id",
        [json.dumps([t[3] for t in texts.values()])],
    ).fetchall()
    return contexts_of_articles(texts, rows)


def read_word_counts(
    conn: sqlite3.Connection, article_ids: Sequence[str], keys: Collection[str]
) -> tuple[dict[str, int], int]:
    blobs = (r[0] for r in conn.execute(
        "SELECT words FROM notion_articles WHERE article_id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(article_ids))],
    ))
    return sum_counts(blobs, keys)


def read_terms(conn: sqlite3.Connection, f: ArticleFilter) -> Iterator[NotionTermRow]:
    where, params = _where(f)
    cursor = conn.cursor().execute(
        "SELECT a.id, m.attribution, m.key, m.surface, t.speaker_name, t.speaker_affiliation, "
        f"{records.CONTENT.format(t='t', a='a')}, a.published "
        "FROM notion_terms m JOIN articles a ON a.rowid = m.article "
        "LEFT JOIN attributions t ON t.article_id = a.id AND t.idx = m.attribution "
        f"WHERE {where} ORDER BY a.rowid, m.rowid",
        params,
    )
    for r in cursor:
        yield NotionTermRow(article_id=r[0], attribution=r[1], key=r[2], surface=r[3], speaker=r[4],
                            affiliation=r[5], content=r[6], published=r[7])


def read_term_spread(conn: sqlite3.Connection, min_articles: int) -> tuple[list[tuple[str, str, int]], int]:
    rows = conn.execute(
        "SELECT m.key, MIN(m.surface), COUNT(DISTINCT m.article) FROM notion_terms m "
        "JOIN articles a ON a.rowid = m.article WHERE a.is_latest = 1 GROUP BY m.key "
        "HAVING COUNT(DISTINCT m.article) >= ?",
        [min_articles],
    ).fetchall()
    total = conn.execute(
        "SELECT COUNT(*) FROM notion_articles n JOIN articles a ON a.id = n.article_id WHERE a.is_latest = 1"
    ).fetchone()[0]
    return [(r[0], r[1], int(r[2])) for r in rows], int(total)
