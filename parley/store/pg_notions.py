"""The notion index in PostgreSQL: written with each article, read by notion queries without records.

Tables (migration ``migrations_pg/0002``): ``notion_contexts`` (statement content spans and
sentences, each with its key stream under a GIN index: 32-bit key ids since ``0004``, :func:`key_ids`), ``notion_articles``
(publisher and packed folded-word counts per article) and ``notion_terms`` (the terms step's
notion terms, naming their key and surface by id in ``notion_term_names`` since ``0015``). What goes in is :mod:`parley.notions.index`, as for SQLite; only the search
differs: FTS5's ``NEAR`` becomes array containment (GIN) plus ``parley_keys_near``, a positional
check in SQL, so the keys are matched whole and no key is ever parsed as query syntax (a key id
shared by two keys only lets a context through to the matcher, which reads the words).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from parley.models import ExtractedArticle
from parley.notions.index import contexts, pack_counts, publisher, sum_counts, term_rows, word_counts
from parley.notions.matching import MAX_GAP
from parley.store.base import NotionContext, NotionTermRow, contexts_of_articles
from parley.store.filters import ArticleFilter

__all__ = [
    "add_term_names", "backfill", "index_article", "read_article_contexts", "read_contexts", "read_term_spread", "read_terms",
    "read_word_counts",
]

# Terms are read in pages: memory stays bounded and no cursor is held open across the caller's loop.
_PAGE = 2000


def key_ids(keys: Iterable[str]) -> list[int]:
    """The 32-bit ids the key streams hold (migration 0004): SQL's parley_key_id(), the first 4 bytes of MD5."""
    return [int.from_bytes(hashlib.md5(k.encode("utf-8")).digest()[:4], "big", signed=True) for k in keys]


def term_id(key: str, surface: str) -> int:
    """A notion term name's 64-bit id (migration 0015): SQL's parley_term_id(), the first 8 bytes of an MD5."""
    digest = hashlib.md5(f"{len(key)}:{key}{surface}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def add_term_names(conn: Any, articles: Iterable[ExtractedArticle]) -> None:
    """Store the term names of a batch's articles not stored yet, in id order (inside the caller's transaction).

    Called before any article of the batch is indexed: two writers adding the same new names then take them
    in one order, so neither waits for a name the other holds while holding one it waits for (a deadlock)."""
    names = sorted({(term_id(t.key, t.surface), t.key, t.surface) for a in articles for t in term_rows(a)})
    if names:
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO notion_term_names(id, key, surface) VALUES (%s, %s, %s) "
                            "ON CONFLICT (id) DO NOTHING", names)


def index_article(conn: Any, article: ExtractedArticle, seq: int | None = None) -> None:
    """Write the article's notion index rows (inside the caller's transaction); ``seq`` is its
    ``articles.seq`` (looked up when not given): the notion tables name articles by it (0006)."""
    if seq is None:
        seq = conn.execute("SELECT seq FROM articles WHERE id = %s", (article.id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO notion_articles(article, publisher, words) VALUES (%s, %s, %s) "
        "ON CONFLICT (article) DO UPDATE SET publisher = EXCLUDED.publisher, words = EXCLUDED.words",
        (seq, publisher(article), pack_counts(word_counts(article.text))),
    )
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO notion_contexts(article, n, attribution, span_start, span_end, keys) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [(seq, n, row.attribution, row.start, row.end, key_ids(row.keys.split()))
             for n, row in enumerate(contexts(article), 1)],
        )
        terms = term_rows(article)
        cur.executemany(  # no wait: the batch stored its names first (add_term_names), these are its own
            "INSERT INTO notion_term_names(id, key, surface) VALUES (%s, %s, %s) ON CONFLICT (id) DO NOTHING",
            sorted({(term_id(t.key, t.surface), t.key, t.surface) for t in terms}),
        )
        cur.executemany(
            "INSERT INTO notion_terms(article, n, term, attribution) VALUES (%s, %s, %s, %s)",
            [(seq, n, term_id(t.key, t.surface), t.attribution) for n, t in enumerate(terms, 1)],
        )


def backfill(conn: Any, read_article: Any) -> int:
    """Index every stored article that has no index rows yet (databases from before 0002); returns how many.

    ``read_article(conn, seq)`` reads a stored article, whatever the record format of the schema. Reads the stored
    records only, as SQLite's backfill does. Runs after 0002, 0004, 0006 and 0015: a database older than
    0002 is filled once the tables have the shape written today (0015: term rows naming their words by id).
    """
    shaped = conn.execute(
        "SELECT 1 FROM pg_attribute WHERE attrelid = 'notion_terms'::regclass AND attname = 'term'"
    ).fetchone()
    if not shaped:
        return 0
    missing = [
        r[0] for r in conn.execute(
            "SELECT a.seq FROM articles a LEFT JOIN notion_articles n ON n.article = a.seq "
            "WHERE n.article IS NULL ORDER BY a.seq"
        ).fetchall()
    ]
    for seq in missing:
        index_article(conn, read_article(conn, seq), seq)
    return len(missing)


def _where(f: ArticleFilter) -> tuple[str, list[Any]]:
    """Latest versions only (the index serves notion queries), with the filter's outlet and dates."""
    from parley.store.sqlite import _end_of

    where, params = ["a.is_latest"], []
    if f.outlet:
        where.append("LOWER(a.outlet) = LOWER(%s)")
        params.append(f.outlet)
    if f.since:
        where.append("a.published >= %s")
        params.append(f.since)
    if f.until:
        where.append("a.published < %s")
        params.append(_end_of(f.until))
    return " AND ".join(where), params


def _near(phrases: Sequence[Sequence[str]]) -> tuple[str, list[Any]]:
    """The condition on ``c.keys`` for "some phrase's keys close together", and its parameters.

    The matcher wants a phrase's keys within ``len(keys) + MAX_GAP`` tokens; a stream has up to two
    keys per token (a compound's own), so twice that distance never loses a match (as ``near_query``).
    """
    alternatives, params = [], []
    for keys in phrases:
        unique = list(dict.fromkeys(key_ids(k for k in keys if k)))
        if not unique:
            continue
        alternatives.append("(c.keys @> %s::integer[] AND parley_keys_near(c.keys, %s::integer[], %s))")
        params += [unique, unique, 2 * (len(keys) + MAX_GAP)]
    return " OR ".join(alternatives), params


def read_contexts(conn: Any, phrases: Sequence[Sequence[str]], f: ArticleFilter, *,
                  statements_only: bool = False) -> list[NotionContext]:
    """Contexts whose key streams hold some phrase's keys close together, each matched statement with
    all its content spans, and the statement spans that overlap a matched sentence (the reporter's
    words are the parts no statement covers); in storage order (article, then position)."""
    near, near_params = _near(phrases)
    if not near:
        return []
    where, params = _where(f)
    if statements_only:
        where += " AND c.attribution IS NOT NULL"
    # Each article's text is read (and decompressed) once (texts), not once per context.
    rows = conn.execute(
        "WITH m AS MATERIALIZED (SELECT c.article, c.n, c.attribution, c.span_start, c.span_end "
        f"FROM notion_contexts c JOIN articles a ON a.seq = c.article WHERE ({near}) AND {where}), "
        "hits AS (SELECT DISTINCT c.article, c.n, c.attribution, c.span_start, c.span_end "
        "FROM m JOIN notion_contexts c ON c.article = m.article "
        "WHERE c.n = m.n OR (c.attribution IS NOT NULL AND (c.attribution = m.attribution "
        "OR (m.attribution IS NULL AND c.span_start < m.span_end AND m.span_start < c.span_end)))), "
        "texts AS MATERIALIZED (SELECT a.id, a.seq, a.text, a.published, a.title "
        "FROM articles a WHERE a.seq IN (SELECT article FROM hits)) "
        "SELECT x.id, h.attribution, h.span_start, h.span_end, "
        "SUBSTR(x.text, h.span_start + 1, h.span_end - h.span_start), x.published, x.title, n.publisher, "
        "t.speaker_name, t.speaker_role, t.speaker_affiliation "
        "FROM hits h JOIN texts x ON x.seq = h.article JOIN notion_articles n ON n.article = h.article "
        "LEFT JOIN attributions t ON t.article_key = h.article AND t.idx = h.attribution "
        "ORDER BY h.article, h.n",
        [*near_params, *params],
    ).fetchall()
    return [
        NotionContext(
            article_id=r[0], attribution=r[1], start=r[2], end=r[3], text=r[4], published=r[5], title=r[6],
            publisher=r[7], speaker=r[8], role=r[9], affiliation=r[10],
        )
        for r in rows
    ]


def read_article_contexts(conn: Any, article_ids: Sequence[str]) -> list[NotionContext]:
    """Every context of these articles (latest versions), in storage order.

    Each article's text is read once and cut in Python: ``SUBSTR`` on a long
    text counts characters from its start, once per context (0.37 s for the 1,800 contexts of six
    transcripts, against a few milliseconds here)."""
    texts = {
        r[0]: r[1:]
        for r in conn.execute(
            "SELECT a.id, a.text, a.published, a.title, a.seq FROM articles a "
            "WHERE a.id = ANY(%s) AND a.is_latest",
            (list(article_ids),),
        ).fetchall()
    }
    rows = conn.execute(
        "SELECT a.id, c.attribution, c.span_start, c.span_end, n.publisher, "
        "t.speaker_name, t.speaker_role, t.speaker_affiliation "
        "FROM notion_contexts c JOIN articles a ON a.seq = c.article JOIN notion_articles n ON n.article = c.article "
        "LEFT JOIN attributions t ON t.article_key = c.article AND t.idx = c.attribution "
        "WHERE c.article = ANY(%s) ORDER BY c.article, c.n",
        ([v[3] for v in texts.values()],),
    ).fetchall()
    return contexts_of_articles(texts, rows)


def read_word_counts(conn: Any, article_ids: Sequence[str], keys: Collection[str]) -> tuple[dict[str, int], int]:
    rows = conn.execute(
        "SELECT n.words FROM notion_articles n JOIN articles a ON a.seq = n.article WHERE a.id = ANY(%s)",
        (list(article_ids),)
    ).fetchall()
    return sum_counts((bytes(r[0]) for r in rows), keys)


def read_terms(conn: Any, f: ArticleFilter) -> Iterator[NotionTermRow]:
    """Every stored term passing ``f``, in storage order (article, then position), read page by page."""
    where, params = _where(f)
    last_seq, last_id = 0, 0
    names: dict[int, tuple[str, str]] = {}  # term id -> (key, surface), read once per page for the ids not seen yet
    while True:
        rows = conn.execute(
            "SELECT m.article, m.n, a.id, m.attribution, m.term, t.speaker_name, "
            "t.speaker_affiliation, t.content, a.published "
            "FROM notion_terms m JOIN articles a ON a.seq = m.article "
            "LEFT JOIN attributions t ON t.article_key = m.article AND t.idx = m.attribution "
            f"WHERE {where} AND (m.article, m.n) > (%s, %s) ORDER BY m.article, m.n LIMIT %s",
            [*params, last_seq, last_id, _PAGE],
        ).fetchall()
        missing = list({r[4] for r in rows} - names.keys())
        if missing:
            names.update((r[0], (r[1], r[2])) for r in conn.execute(
                "SELECT id, key, surface FROM notion_term_names WHERE id = ANY(%s)", (missing,)).fetchall())
        for r in rows:
            key, surface = names[r[4]]
            yield NotionTermRow(article_id=r[2], attribution=r[3], key=key, surface=surface, speaker=r[5],
                                affiliation=r[6], content=r[7], published=r[8])
        if len(rows) < _PAGE:
            return
        last_seq, last_id = rows[-1][0], rows[-1][1]


def read_term_spread(conn: Any, min_articles: int) -> tuple[list[tuple[str, str, int]], int]:
    rows = conn.execute(
        "SELECT w.key, MIN(w.surface), COUNT(DISTINCT m.article) FROM notion_terms m "
        "JOIN notion_term_names w ON w.id = m.term "
        "JOIN articles a ON a.seq = m.article WHERE a.is_latest GROUP BY w.key "
        "HAVING COUNT(DISTINCT m.article) >= %s ORDER BY w.key",
        [min_articles],
    ).fetchall()
    total = conn.execute(
        "SELECT COUNT(*) FROM notion_articles n JOIN articles a ON a.seq = n.article WHERE a.is_latest"
    ).fetchone()[0]
    return [(r[0], r[1], int(r[2])) for r in rows], int(total)
