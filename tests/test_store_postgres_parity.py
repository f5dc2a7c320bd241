"""The PostgreSQL store behaves as the SQLite store on what other tests check on SQLite only.

The notion index (tests/test_notions_index.py) and the issue-14 store defects
(tests/test_hardening_store.py) are tested there on SQLite files; here the same behaviours run on
a real PostgreSQL server (a fresh schema per test), so that the two backends cannot drift apart.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import _fresh_schema
from test_notions_index import EDGE_TEXT, NOTIONS, _answer
from web_corpus import corpus

import parley
from parley.errors import InputError, NotFoundError, StoreError
from parley.ingest.article import build_article
from parley.models import ExtractedArticle, Failure
from parley.query.notions import _notion_matches, _scanned_matches, discover_notions
from parley.store import open_store
from parley.store.filters import ArticleFilter, EventFilter

TEXT = "KYIV — Officials said on Monday that the talks would resume next week in Geneva, after a pause of a month."


@pytest.fixture(scope="module")
def articles(seed_text: str) -> list[Any]:
    return [
        parley.extract(seed_text, published="2022-02-04T10:11", url="https://example.org/seed", outlet="TASS"),
        parley.extract(seed_text, published="2022-02-05T08:00", url="https://example.org/seed-copy", outlet="Copy"),
        parley.extract(EDGE_TEXT, published="2022-03-01T09:00", url="https://example.org/edge", outlet="Wire"),
    ]


@pytest.fixture(scope="module")
def pg_corpus(postgres_server: str, articles: list[Any]) -> Any:
    url, drop = _fresh_schema(postgres_server)
    store = open_store(url)
    store.add_articles(articles)
    yield store
    store.close()
    drop()


# -- the notion index --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NOTIONS)
@pytest.mark.parametrize(("since", "until"), [(None, None), ("2022-02-05", "2022-12-31"), ("2021", "2021-05")])
def test_postgres_index_answers_like_reading_every_record(
    pg_corpus: Any, name: str, since: str | None, until: str | None
) -> None:
    from parley.notions.matching import resolve_notion

    notion = resolve_notion(name)
    indexed = _notion_matches(pg_corpus, notion, since=since, until=until)
    scanned = _scanned_matches(pg_corpus, notion, since=since, until=until)
    assert _answer(indexed) == _answer(scanned)
    assert indexed.articles_searched <= scanned.articles_searched


@pytest.mark.parametrize(("phrases", "found"), [
    ([("indivisibl", "secur")], True),  # "indivisibility of security" in the seed
    ([("nonaggression", "pact")], True),  # "non-aggression pact": the compound's key
    ([("zzz", "secur")], False),  # one key missing
    ([], False),
    ([()], False),  # a phrase of function words only has no keys
])
def test_postgres_notion_contexts(pg_corpus: Any, phrases: list[tuple[str, ...]], found: bool) -> None:
    rows = pg_corpus.notion_contexts(phrases)
    assert bool(rows) is found
    for row in rows:
        assert row.text == pg_corpus.get_article(row.article_id).text[row.start : row.end]


def test_postgres_word_counts_and_terms_match_sqlite(pg_corpus: Any, articles: list[Any], tmp_path: Any) -> None:
    with open_store(tmp_path / "s.db") as lite:
        lite.add_articles(articles)
        ids = [a.id for a in articles]
        assert pg_corpus.notion_word_counts(ids, ["secur", "indivisibl"]) == lite.notion_word_counts(
            ids, ["secur", "indivisibl"])
        assert list(pg_corpus.notion_terms()) == list(lite.notion_terms())
        march = ArticleFilter(since="2022-03-01")
        assert list(pg_corpus.notion_terms(march)) == list(lite.notion_terms(march))
        assert pg_corpus.notion_contexts([("secur",)], march) == lite.notion_contexts([("secur",)], march)
        assert discover_notions(pg_corpus, limit=50) == discover_notions(lite, limit=50)



def _index_before_0006(patch: pytest.MonkeyPatch) -> None:
    from parley.store import pg_notions

    patch.setattr(pg_notions, "index_article", _index_article_before_0006)


# The writers of older schemas, newest first: applied in this order, an older writer replaces a newer
# one's patch of the same function (0007's signature rows over 0014's, 0008's child rows over 0011's).
_OLD_WRITERS: tuple[tuple[int, Any], ...] = (
    (15, lambda patch: _terms_before_0015(patch)),
    (14, lambda patch: _syndication_before_0014(patch)),
    (11, lambda patch: _records_before_0011(patch)),
    (8, lambda patch: _children_before_0008(patch)),
    (7, lambda patch: _syndication_before_0007(patch)),
    (6, _index_before_0006),
)


def _written_as_of(patch: pytest.MonkeyPatch, version: int) -> None:
    """Stores opened under ``patch`` stop at schema ``version`` and write rows as parley did then: the old
    writer of every later migration that changed what is written."""
    from parley.store import postgres

    real_migrations = postgres.pg_migrations
    patch.setattr(postgres, "pg_migrations", lambda: [m for m in real_migrations() if m[0] <= version])
    for introduced, writer in _OLD_WRITERS:
        if introduced > version:
            writer(patch)


def test_postgres_migration_0002_fills_the_index_from_stored_records(
    postgres_url: str, articles: list[Any], pg_corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.notions.matching import resolve_notion

    with monkeypatch.context() as old:  # records as jsonb, as every database from before 0002 has them
        _written_as_of(old, 10)
        with open_store(postgres_url) as store:
            store.add_articles(articles)
            for table in ("notion_contexts", "notion_articles", "notion_terms"):  # a database from before 0002
                store.conn.execute(f"DROP TABLE {table}")
            store.conn.execute("DROP FUNCTION parley_keys_near")
            store.conn.execute("DELETE FROM schema_version WHERE version >= 2")
    with open_store(postgres_url) as store:
        assert store.schema_version() >= 2
        assert store.conn.execute("SELECT COUNT(*) FROM notion_articles").fetchone()[0] == len(articles)
        for name in ("indivisible security", "nonaggression pact", "sanctions"):
            assert _answer(_notion_matches(store, resolve_notion(name))) == _answer(
                _notion_matches(pg_corpus, resolve_notion(name)))


def test_postgres_migration_0004_keeps_every_answer(
    postgres_url: str, articles: list[Any], pg_corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema-3 database, written as parley wrote it then (key streams as text, 64-bit word counts and
    signatures, a stored statement tsvector), migrates to 0004 with every answer of a new one."""
    import hashlib

    import numpy as np

    import parley.syndication
    from parley.notions.matching import resolve_notion
    from parley.store import pg_notions, postgres
    from parley.syndication import NUM_PERM

    def old_counts(counts: Any) -> bytes:
        packed = np.empty(len(counts), dtype=[("key", "<u8"), ("count", "<u4")])
        packed["key"] = [int.from_bytes(hashlib.blake2b(k.encode(), digest_size=8).digest(), "little") for k in counts]
        packed["count"] = list(counts.values())
        return packed.tobytes()

    real_migrations = postgres.pg_migrations
    with monkeypatch.context() as old:
        _written_as_of(old, 3)
        old.setattr(pg_notions, "key_ids", list)
        old.setattr(pg_notions, "pack_counts", old_counts)
        old.setattr(parley.syndication, "signature_to_bytes",
                    lambda sig: np.asarray(sig.hashvalues, dtype=np.uint64).tobytes())
        with open_store(postgres_url) as store:
            assert store.schema_version() == 3
            store.add_articles(articles)
            assert store.conn.execute("SELECT COUNT(*) FROM notion_contexts WHERE keys @> '{secur}'").fetchone()[0]
    with open_store(postgres_url) as store:
        assert store.schema_version() == max(v for v, _, _ in real_migrations())
        for name in NOTIONS:
            assert _answer(_notion_matches(store, resolve_notion(name))) == _answer(
                _notion_matches(pg_corpus, resolve_notion(name))), name
        assert discover_notions(store, limit=50) == discover_notions(pg_corpus, limit=50)
        speaker = next(s.name for s in pg_corpus.speakers(limit=5).items)  # statement search covers speakers
        for query in ("security", '"indivisible security"', speaker.split()[-1]):
            assert store.attributions(query=query).total == pg_corpus.attributions(query=query).total > 0, query
        lengths = {r[0] for r in store.conn.execute("SELECT LENGTH(signature) FROM syndication_signatures")}
        assert lengths == {4 * NUM_PERM}
        ids = [a.id for a in articles]
        assert store.notion_word_counts(ids, ["secur", "indivisibl"]) == pg_corpus.notion_word_counts(ids, ["secur", "indivisibl"])


def _index_article_before_0006(conn: Any, article: Any, seq: int | None = None) -> None:
    """How parley wrote an article's notion rows before migration 0006: named by article id, each row its id."""
    from parley.notions.index import contexts, pack_counts, publisher, term_rows, word_counts
    from parley.store import pg_notions

    conn.execute("INSERT INTO notion_articles(article_id, publisher, words) VALUES (%s, %s, %s)",
                 (article.id, publisher(article), pack_counts(word_counts(article.text))))
    for row in contexts(article):
        conn.execute("INSERT INTO notion_contexts(article_id, attribution, span_start, span_end, keys) "
                     "VALUES (%s, %s, %s, %s, %s)",
                     (article.id, row.attribution, row.start, row.end, pg_notions.key_ids(row.keys.split())))
    for t in term_rows(article):
        conn.execute("INSERT INTO notion_terms(article_id, attribution, key, surface) VALUES (%s, %s, %s, %s)",
                     (article.id, t.attribution, t.key, t.surface))


def _syndication_before_0007(patch: pytest.MonkeyPatch) -> None:
    """Write signature rows as parley did before PG migration 0007: no band keys (candidates by a scan)."""
    from parley.store.pg_syndication import PGSyndication, band_keys
    from parley.syndication import NUM_PERM, Candidate

    def store_signature(self: Any, values: tuple[Any, ...], keys: list[int]) -> bool:
        return self.conn.execute(
            """INSERT INTO syndication_signatures(article_id, num_perm, signature, shingles, dateline_start,
                   dateline_end, publisher, original_source) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (article_id) DO NOTHING RETURNING article_id""", values).fetchone() is not None

    def candidates(self: Any, keys: list[int]) -> list[Any]:
        rows = self.conn.execute(
            "SELECT s.article_id, s.signature, m.group_id FROM syndication_signatures s "
            "LEFT JOIN syndication_members m ON m.article_id = s.article_id WHERE s.num_perm = %s", (NUM_PERM,))
        return [Candidate(r[0], bytes(r[1]), r[2]) for r in rows
                if set(keys) & set(band_keys(bytes(r[1])))]

    patch.setattr(PGSyndication, "_store_signature", store_signature)
    patch.setattr(PGSyndication, "_candidates", candidates)


def _terms_before_0015(patch: pytest.MonkeyPatch) -> None:
    """Write notion rows as parley did from PG migration 0006 to 0014: each term row with its key and surface."""
    from parley.notions.index import contexts, pack_counts, publisher, term_rows, word_counts
    from parley.store import pg_notions

    def index_article(conn: Any, article: Any, seq: int | None = None) -> None:
        if seq is None:
            seq = conn.execute("SELECT seq FROM articles WHERE id = %s", (article.id,)).fetchone()[0]
        conn.execute("INSERT INTO notion_articles(article, publisher, words) VALUES (%s, %s, %s)",
                     (seq, publisher(article), pack_counts(word_counts(article.text))))
        for n, row in enumerate(contexts(article), 1):
            conn.execute("INSERT INTO notion_contexts(article, n, attribution, span_start, span_end, keys) "
                         "VALUES (%s, %s, %s, %s, %s, %s)",
                         (seq, n, row.attribution, row.start, row.end, pg_notions.key_ids(row.keys.split())))
        for n, t in enumerate(term_rows(article), 1):
            conn.execute("INSERT INTO notion_terms(article, n, attribution, key, surface) VALUES (%s, %s, %s, %s, %s)",
                         (seq, n, t.attribution, t.key, t.surface))

    patch.setattr(pg_notions, "index_article", index_article)
    patch.setattr(pg_notions, "add_term_names", lambda conn, articles: None)


def _syndication_before_0014(patch: pytest.MonkeyPatch) -> None:
    """Write signature rows as parley did from PG migration 0007 to 0013: band keys stored in a column."""
    from parley.store.pg_syndication import PGSyndication
    from parley.syndication import NUM_PERM, Candidate

    def store_signature(self: Any, values: tuple[Any, ...], keys: list[int]) -> bool:
        return self.conn.execute(
            """INSERT INTO syndication_signatures(article_id, num_perm, signature, shingles, dateline_start,
                   dateline_end, publisher, original_source, bands) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (article_id) DO NOTHING RETURNING article_id""", (*values, keys)).fetchone() is not None

    def candidates(self: Any, keys: list[int]) -> list[Any]:
        rows = self.conn.execute(
            "SELECT s.article_id, s.signature, m.group_id FROM syndication_signatures s "
            "LEFT JOIN syndication_members m ON m.article_id = s.article_id "
            "WHERE s.bands && %s::bigint[] AND s.num_perm = %s", (keys, NUM_PERM))
        return [Candidate(r[0], bytes(r[1]), r[2]) for r in rows]

    patch.setattr(PGSyndication, "_store_signature", store_signature)
    patch.setattr(PGSyndication, "_candidates", candidates)


def test_postgres_migration_0006_keeps_every_answer(
    postgres_url: str, articles: list[Any], pg_corpus: Any, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema-5 database (notion rows named by article id) migrates to 0006 (named by article seq, no
    row ids) with every notion answer, context (in order), term and word count of a new one."""
    from parley.notions.matching import resolve_notion
    from parley.store import postgres

    real_migrations = postgres.pg_migrations
    with monkeypatch.context() as old:
        _written_as_of(old, 5)
        with open_store(postgres_url) as store:
            assert store.schema_version() == 5
            store.add_articles(articles)
            assert store.conn.execute("SELECT COUNT(DISTINCT article_id) FROM notion_terms").fetchone()[0] == 3
    with open_store(postgres_url) as store:
        assert store.schema_version() == max(v for v, _, _ in real_migrations())
        for name in NOTIONS:
            assert _answer(_notion_matches(store, resolve_notion(name))) == _answer(
                _notion_matches(pg_corpus, resolve_notion(name))), name
        assert discover_notions(store, limit=50) == discover_notions(pg_corpus, limit=50)
        ids = [a.id for a in articles]
        assert store.notion_article_contexts(ids) == pg_corpus.notion_article_contexts(ids)
        assert list(store.notion_terms()) == list(pg_corpus.notion_terms())
        assert store.notion_term_spread(1) == pg_corpus.notion_term_spread(1)
        assert store.notion_word_counts(ids, ["secur", "indivisibl"]) == pg_corpus.notion_word_counts(
            ids, ["secur", "indivisibl"])
        store.add_articles([parley.extract(TEXT, url="https://example.org/after-0006")])  # writes the new shape
        assert store.conn.execute("SELECT COUNT(*) FROM notion_articles").fetchone()[0] == 4
        # 0007 and 0014: the stored signatures' band keys are indexed, so the old copies keep their group and a new
        # copy joins it.
        assert store.conn.execute("SELECT COUNT(*) FROM syndication_signatures s "
                                  "WHERE parley_band_keys(s.signature) IS NULL").fetchone()[0] == 0
        assert store.syndication_groups() == pg_corpus.syndication_groups()
        third = parley.extract(seed_text, published="2022-02-06T08:00", url="https://example.org/seed-third", outlet="Third")
        store.add_articles([third])
        group = store.syndication_group(third.id)
        assert group is not None and group.size == 3 and group.id == pg_corpus.syndication_groups().items[0].id
        columns = {r[0] for r in store.conn.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'notion_contexts'")}
        assert "article_id" not in columns and "id" not in columns


def _children_before_0008(patch: pytest.MonkeyPatch) -> None:
    """Write statement, entity and event rows as parley did before PG migration 0008: named by article id."""
    from parley.store import postgres

    def insert_children(self: Any, article: Any, seq: int) -> None:
        for idx, t in enumerate(article.attributions):
            speaker = t.speaker
            self.conn.execute(
                "INSERT INTO attributions(article_id, idx, kind, content, speaker_name, speaker_role, "
                "speaker_affiliation, speaker_type) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                (article.id, idx, t.kind, t.content_text, speaker.name if speaker else None,
                 speaker.role if speaker else None, speaker.affiliation if speaker else None,
                 speaker.type if speaker else None))
        for idx, e in enumerate(article.entities):
            self.conn.execute("INSERT INTO entities(article_id, idx, name, type, code) VALUES (%s, %s, %s, %s, %s)",
                              (article.id, idx, e.name, e.type, e.code))
        for idx, e in enumerate(article.events):
            self.conn.execute(
                "INSERT INTO events(article_id, idx, type, actor_name, actor_code, recipient_name, recipient_code, "
                "asserted_by, asserter) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (article.id, idx, e.type, e.actor.name if e.actor else None, e.actor.code if e.actor else None,
                 e.recipient.name if e.recipient else None, e.recipient.code if e.recipient else None,
                 e.asserted_by, postgres._asserter(article, e)))

    patch.setattr(postgres.PostgresStore, "_insert_children", insert_children)


def _records_before_0011(patch: pytest.MonkeyPatch) -> None:
    """Write article rows as parley did before PG migration 0011: the compact record as jsonb, its text inside
    it, no text column, and no events.partial (read back from the record)."""
    import json

    from parley.store import postgres
    from parley.store.pg_syndication import PGSyndication
    from parley.store.records import compact

    def insert_article(self: Any, article: Any, version: int) -> int | None:
        inserted = self.conn.execute(
            "INSERT INTO articles(id, url, version, is_latest, outlet, title, published, external_id, record, "
            "ingested_at) VALUES (%s, %s, %s, TRUE, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING RETURNING seq",
            (article.id, article.url, version, article.outlet, article.title, article.published, article.external_id,
             json.dumps(compact(article.model_dump(mode="json"), article.text)), postgres.utc_now())).fetchone()
        return None if inserted is None else int(inserted[0])

    def insert_children(self: Any, article: Any, seq: int) -> None:
        for idx, t in enumerate(article.attributions):
            speaker = t.speaker
            self.conn.execute(
                "INSERT INTO attributions(article_key, idx, kind, content, speaker_name, speaker_role, "
                "speaker_affiliation, speaker_type) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                (seq, idx, t.kind, t.content_text, speaker.name if speaker else None,
                 speaker.role if speaker else None, speaker.affiliation if speaker else None,
                 speaker.type if speaker else None))
        for idx, e in enumerate(article.entities):
            self.conn.execute("INSERT INTO entities(article_key, idx, name, type, code) VALUES (%s, %s, %s, %s, %s)",
                              (seq, idx, e.name, e.type, e.code))
        for idx, e in enumerate(article.events):
            self.conn.execute(
                "INSERT INTO events(article_key, idx, type, actor_name, actor_code, recipient_name, recipient_code, "
                "asserted_by, asserter) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (seq, idx, e.type, e.actor.name if e.actor else None, e.actor.code if e.actor else None,
                 e.recipient.name if e.recipient else None, e.recipient.code if e.recipient else None,
                 e.asserted_by, postgres._asserter(article, e)))

    def text_and_record(self: Any, article_id: str) -> tuple[str, dict[str, Any]]:
        stored = self.conn.execute("SELECT record::text FROM articles WHERE id = %s", (article_id,)).fetchone()[0]
        record = json.loads(stored)
        return record["text"], record

    patch.setattr(postgres.PostgresStore, "_insert_article", insert_article)
    patch.setattr(postgres.PostgresStore, "_insert_children", insert_children)
    def shingles_of(self: Any, article_id: str) -> frozenset[int]:
        from parley.syndication import shingles

        row = self.conn.execute(
            "SELECT a.record->>'text', s.dateline_start, s.dateline_end FROM articles a "
            "LEFT JOIN syndication_signatures s ON s.article_id = a.id WHERE a.id = %s", (article_id,)).fetchone()
        return frozenset() if row is None else shingles(row[0], (row[1], row[2]) if row[1] is not None else None)

    patch.setattr(PGSyndication, "_text_and_record", text_and_record)
    patch.setattr(PGSyndication, "_shingles_of", shingles_of)


def test_postgres_migration_0011_keeps_every_answer(
    postgres_url: str, articles: list[Any], pg_corpus: Any, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema-10 database (the record as jsonb with its text inside) migrates to 0011-0012 (the record
    packed as on SQLite, the text in its own column, events.partial) with every answer of a new one."""
    from parley.notions.matching import resolve_notion
    from parley.store import postgres

    real_migrations = postgres.pg_migrations
    with monkeypatch.context() as old:
        _written_as_of(old, 10)
        with open_store(postgres_url) as store:
            assert store.schema_version() == 10
            store.add_articles(articles)
            assert store.conn.execute("SELECT COUNT(*) FROM articles WHERE record->>'text' <> ''").fetchone()[0] == 3
    ids = [a.id for a in articles]
    with open_store(postgres_url) as store:
        assert store.schema_version() == max(v for v, _, _ in real_migrations())
        types = dict(store.conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'articles'").fetchall())
        assert types["record"] == "bytea" and types["text"] == "text" and "packed" not in types
        assert [store.get_article(i) for i in ids] == [pg_corpus.get_article(i) for i in ids] == articles
        assert _store_answers(store, ids) == _store_answers(pg_corpus, ids)
        for query in SEARCHES:
            assert store.search(query) == pg_corpus.search(query), query
        for name in NOTIONS:
            assert _answer(_notion_matches(store, resolve_notion(name))) == _answer(
                _notion_matches(pg_corpus, resolve_notion(name))), name
        flags = store.conn.execute("SELECT COUNT(*), COUNT(partial) FROM events").fetchone()
        assert flags[0] == flags[1] > 0  # every stored event's flag came out of its record
        assert store.size()["text_bytes"] == pg_corpus.size()["text_bytes"] == sum(
            len(a.text.encode("utf-8")) for a in articles)
        third = parley.extract(seed_text, published="2022-02-06T08:00", url="https://example.org/seed-third", outlet="Third")
        store.add_articles([third])  # a new copy is written the new way and joins its syndication group
        assert store.get_article(third.id) == third
        group = store.syndication_group(third.id)
        assert group is not None and group.size == 3 and group.id == pg_corpus.syndication_groups().items[0].id


def _store_answers(store: Any, ids: list[str]) -> list[Any]:
    """What the statement, entity, event, speaker and search reads of a store answer (the child-table queries)."""
    from parley.store.filters import EventFilter, StatementFilter

    speaker = next(s.name for s in store.speakers(limit=5).items)
    return [
        store.attributions(limit=500), store.attributions(query="security"), store.attributions(speaker=speaker),
        store.attributions(article_id=ids[2]), store.speakers(limit=100), store.entities(limit=500),
        store.entities(type="GPE"), store.events(limit=500), store.events(article_id=ids[0]),
        store.events(EventFilter(partial=True)), store.event_links(EventFilter(partial=True), limit=100),
        store.attribution_facets(StatementFilter(query="security"), size=10),
        store.list_articles(), store.search("security"), store.stats().model_dump(exclude={"schema_version"}),
        list(store.notion_terms()), store.notion_article_contexts(ids),
    ]


def test_postgres_migration_0008_keeps_every_answer(
    postgres_url: str, articles: list[Any], pg_corpus: Any, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema-7 database (statements, entities and events named by article id) migrates to 0008 (named
    by articles.seq) with every statement, entity, event, speaker, search and notion answer of a new one."""
    from parley.notions.matching import resolve_notion
    from parley.store import postgres

    real_migrations = postgres.pg_migrations
    with monkeypatch.context() as old:
        _written_as_of(old, 7)
        with open_store(postgres_url) as store:
            assert store.schema_version() == 7
            store.add_articles(articles)
            assert store.conn.execute("SELECT COUNT(DISTINCT article_id) FROM attributions").fetchone()[0] == 3
    ids = [a.id for a in articles]
    with open_store(postgres_url) as store:
        assert store.schema_version() == max(v for v, _, _ in real_migrations())
        for table in ("attributions", "entities", "events"):
            columns = {r[0] for r in store.conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s", (table,))}
            assert "article_id" not in columns and "article_key" in columns, table
            assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == pg_corpus.conn.execute(
                f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0, table
        assert _store_answers(store, ids) == _store_answers(pg_corpus, ids)
        for name in NOTIONS:
            assert _answer(_notion_matches(store, resolve_notion(name))) == _answer(
                _notion_matches(pg_corpus, resolve_notion(name))), name
        third = parley.extract(seed_text, published="2022-02-06T08:00", url="https://example.org/seed-third", outlet="Third")
        store.add_articles([third])  # a new article writes the new shape and reads back like the old ones
        assert store.attributions(article_id=third.id).total == len(third.attributions) > 0
        assert store.events(article_id=third.id).total == len(third.events)
        assert [s.name for s in store.speakers(limit=100).items] == [s.name for s in pg_corpus.speakers(limit=100).items]


SEARCHES = ["security", '"indivisible security"', "talks Geneva", "nonexistentword"]


def test_postgres_migration_0009_keeps_search_answers_and_their_order(
    postgres_url: str, articles: list[Any], pg_corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema-8 database (a stored article tsvector) migrates to 0009 (an expression index): the same hits,
    in the order the stored column ranked them, with the same scores, and the column is gone."""
    from parley.store import postgres

    real_migrations = postgres.pg_migrations
    before: dict[str, list[tuple[str, float]]] = {}
    with monkeypatch.context() as old:
        _written_as_of(old, 8)
        with open_store(postgres_url) as store:
            assert store.schema_version() == 8
            _statements_with_kind(store)
            store.add_articles(articles)
            for query in SEARCHES:
                tsquery, params = postgres._tsquery(query)
                before[query] = [(r[0], round(r[1], 5)) for r in store.conn.execute(
                    f"SELECT id, ts_rank(tsv, ({tsquery})) AS score FROM articles WHERE is_latest AND tsv @@ ({tsquery}) "
                    "ORDER BY score DESC, id", [*params, *params]).fetchall()]
    with open_store(postgres_url) as store:
        assert store.schema_version() == max(v for v, _, _ in real_migrations())
        columns = {r[0] for r in store.conn.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'articles'")}
        assert "tsv" not in columns
        for query in SEARCHES:
            page = store.search(query)
            assert [(h.id, round(h.score, 5)) for h in page.items] == before[query], query
            assert [(h.id, h.snippet, h.marks) for h in page.items] == [
                (h.id, h.snippet, h.marks) for h in pg_corpus.search(query).items], query
        assert bool(before["security"]) and not before["nonexistentword"]


def _statements_with_kind(store: Any) -> None:
    """Let today's writer fill a database from before PG migration 0013, whose statements had a NOT NULL kind
    (never read back from the table, dropped by 0013): the writer leaves it out, the test fills it after."""
    store.conn.execute("ALTER TABLE attributions ALTER COLUMN kind DROP NOT NULL")


def test_postgres_migrations_0013_to_0015_keep_every_answer(
    postgres_url: str, articles: list[Any], pg_corpus: Any, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A schema-12 database (statements with their kind, BIGINT notion article keys, signatures with a seq and
    stored band keys, the actor and recipient indexes, term rows with their words) migrates to 0013-0015 with
    every statement, entity, event, speaker, search,
    notion and syndication answer of a new one, and new articles still write and read back."""
    from parley.notions.matching import resolve_notion
    from parley.store import postgres

    real_migrations = postgres.pg_migrations
    with monkeypatch.context() as old:
        _written_as_of(old, 12)
        with open_store(postgres_url) as store:
            assert store.schema_version() < 13
            _statements_with_kind(store)
            store.add_articles(articles)
            store.conn.execute("UPDATE attributions SET kind = 'direct'")
    ids = [a.id for a in articles]
    with open_store(postgres_url) as store:
        assert store.schema_version() == max(v for v, _, _ in real_migrations())

        def columns(table: str) -> dict[str, str]:
            return dict(store.conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s", (table,)).fetchall())

        assert "kind" not in columns("attributions") and "seq" not in columns("syndication_signatures")
        assert "bands" not in columns("syndication_signatures")  # 0014: indexed from the signature
        assert {"key", "surface"}.isdisjoint(columns("notion_terms")) and columns("notion_terms")["term"] == "bigint"
        assert store.conn.execute("SELECT COUNT(*) FROM notion_term_names").fetchone()[0] == len(
            {(t.key, t.surface) for t in pg_corpus.notion_terms()}) > 0
        for table in ("notion_contexts", "notion_terms", "notion_articles"):
            assert columns(table)["article"] == "integer", table
        indexes = {r[0] for r in store.conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
        assert not indexes & {"events_actor", "events_recipient", "syndication_signatures_seq_key"}
        assert _store_answers(store, ids) == _store_answers(pg_corpus, ids)
        for name in NOTIONS:
            assert _answer(_notion_matches(store, resolve_notion(name))) == _answer(
                _notion_matches(pg_corpus, resolve_notion(name))), name
        assert discover_notions(store, limit=50) == discover_notions(pg_corpus, limit=50)
        assert store.notion_term_spread(1) == pg_corpus.notion_term_spread(1)
        assert store.notion_word_counts(ids, ["secur", "indivisibl"]) == pg_corpus.notion_word_counts(
            ids, ["secur", "indivisibl"])
        assert store.syndication_groups() == pg_corpus.syndication_groups()
        third = parley.extract(seed_text, published="2022-02-06T08:00", url="https://example.org/seed-third", outlet="Third")
        store.add_articles([third])  # a new article writes the new shape, reads back and joins its copies' group
        assert store.attributions(article_id=third.id).total == len(third.attributions) > 0
        assert store.events(EventFilter(actor="RUS", partial=True)).total >= pg_corpus.events(
            EventFilter(actor="RUS", partial=True)).total > 0
        group = store.syndication_group(third.id)
        assert group is not None and group.size == 3


@pytest.mark.parametrize(("ranked_hits", "order"), [
    (100, "relevance"),  # few hits: ranked, most relevant first (ties by id)
    (1, "newest"),  # more hits than are ranked: newest first, each shown hit still scored
    (0, "newest"),
])
def test_postgres_search_ranks_few_hits_and_lists_many_newest_first(
    pg_db: Any, monkeypatch: pytest.MonkeyPatch, ranked_hits: int, order: str
) -> None:
    from parley.store import postgres

    monkeypatch.setattr(postgres, "_RANKED_HITS", ranked_hits)
    page = pg_db.search("security")
    assert page.total >= 2
    items = page.items
    assert all(h.score > 0 for h in items)
    if order == "relevance":
        assert [h.id for h in items] == [h.id for h in sorted(items, key=lambda h: (-h.score, h.id))]
    else:
        published = [h.published or "" for h in items]
        assert published == sorted(published, reverse=True)
    assert pg_db.search("nonexistentword").items == []


def test_postgres_gin_indexes_keep_small_pending_lists(pg_corpus: Any) -> None:
    """Every GIN index of a new database merges its pending list at 256 kB (migration 0010), not 4 MB: the
    merged pages stay in the file as free space (11.5 MB of a 2,000-article database)."""
    rows = pg_corpus.conn.execute(
        "SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
        "WHERE am.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname").fetchall()
    assert {r[0] for r in rows} == {"articles_tsv", "attributions_tsv", "notion_contexts_keys",
                                    "syndication_signatures_bands"}
    assert all("gin_pending_list_limit=256" in (r[1] or []) for r in rows), rows


def test_postgres_band_keys_are_the_same_in_python_and_sql(pg_corpus: Any) -> None:
    """Candidates are looked up with keys computed in Python against keys indexed by SQL (migration 0014):
    both must agree, and two signatures share a key exactly where they share a band."""
    import numpy as np

    from parley.store.pg_syndication import band_keys

    rng = np.random.default_rng(13)
    signatures = [rng.integers(0, 2**32, size=126, dtype=np.uint32).tobytes() for _ in range(3)]
    copy = bytearray(signatures[0])
    copy[12 * 5 : 12 * 6] = signatures[1][12 * 5 : 12 * 6]  # band 5 of the second signature
    signatures.append(bytes(copy))
    for signature in [*signatures, *(bytes(r[0]) for r in pg_corpus.conn.execute(
            "SELECT signature FROM syndication_signatures"))]:
        assert band_keys(signature) == pg_corpus.conn.execute("SELECT parley_band_keys(%s)", (signature,)).fetchone()[0]
    shared = [i for i, (a, b) in enumerate(zip(band_keys(signatures[3]), band_keys(signatures[1]), strict=True)) if a == b]
    assert shared == [5]
    assert not set(band_keys(signatures[0])) & set(band_keys(signatures[2]))


def test_postgres_indexes_that_only_grow_are_packed_full(pg_corpus: Any) -> None:
    """Indexes keyed by the article's seq get rows at their right-hand end only: fillfactor 100 (migration 0013)."""
    rows = dict(pg_corpus.conn.execute(
        "SELECT c.relname, c.reloptions FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
        "AND c.relkind = 'i'").fetchall())
    for name in ("attributions_pkey", "entities_pkey", "events_pkey", "notion_contexts_article", "notion_terms_article"):
        assert "fillfactor=100" in (rows[name] or []), name
    assert "fillfactor=100" not in (rows["entities_name"] or [])  # keys arriving anywhere keep room to grow


def test_postgres_index_rows_roll_back_with_a_failed_batch(
    postgres_url: str, articles: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.store import pg_notions

    real = pg_notions.index_article
    calls: list[str] = []

    def fail_on_second(conn: Any, article: Any, *seq: int) -> None:
        calls.append(article.id)
        if len(calls) == 2:
            conn.execute("SELECT 1/0")  # a server-side error inside the batch transaction
        real(conn, article, *seq)

    monkeypatch.setattr(pg_notions, "index_article", fail_on_second)
    with open_store(postgres_url) as store:
        with pytest.raises(StoreError):
            store.add_articles(articles)
        counts = [store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "notion_contexts", "notion_articles", "notion_terms")]
        assert counts == [0, 0, 0, 0]


# -- issue 14 defects, on PostgreSQL ----------------------------------------------------------------------
@pytest.fixture
def pg_db(postgres_url: str) -> Any:
    with open_store(postgres_url) as store:
        store.add_articles(corpus())
        yield store


def _article(text: str, external_id: str, outlet: str) -> ExtractedArticle:
    article = build_article(text=text, external_id=external_id, outlet=outlet, published="2024-01-02")
    return ExtractedArticle(**article.model_dump())


@pytest.mark.parametrize("length", [65, 1_000, 60_000])
def test_postgres_very_long_article_id_is_not_found_not_an_error(pg_db: Any, length: int) -> None:
    with pytest.raises(NotFoundError) as raised:
        pg_db.get_article("a" * length)
    assert len(str(raised.value)) < 200


@pytest.mark.parametrize("prefix", ["______", "%%%%%%", "______%", "\\\\\\\\\\\\"])
def test_postgres_underscore_and_percent_are_not_wildcards_in_id_prefixes(pg_db: Any, prefix: str) -> None:
    with pytest.raises(NotFoundError):
        pg_db.get_article(prefix)


def test_postgres_id_prefix_still_finds_one_article(pg_db: Any) -> None:
    full = next(iter(pg_db.iter_articles())).id
    assert pg_db.get_article(full[:8]).id == full


def test_postgres_underscore_in_actor_is_a_character(pg_db: Any) -> None:
    assert pg_db.events(actor="R_S").total == 0
    assert pg_db.events(actor="R%").total == 0


def test_postgres_two_articles_with_the_same_external_id_are_not_picked_silently(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        store.add_articles([_article(TEXT, "42", "VOA"), _article(TEXT + " More talks followed.", "42", "TASS")])
        with pytest.raises(InputError) as raised:
            store.get_article("42")
        message = str(raised.value)
        assert "names 2 articles" in message and "VOA" in message and "TASS" in message
        store.add_articles([_article(TEXT + " A third.", "43", "VOA")])
        assert store.get_article("43").external_id == "43"


def test_postgres_recording_a_failure_twice_keeps_one_row(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        failure = Failure(source="bad.jsonl:2", reason="invalid JSON", detail=None)
        for _ in range(3):
            store.add_failures([failure])
        assert store.failures().total == 1
        store.add_failures([Failure(source="bad.jsonl:2", reason="other reason")])
        assert store.failures().total == 2  # a new reason for the same input is news


def test_postgres_search_with_more_than_64_words_is_refused(pg_db: Any) -> None:
    with pytest.raises(InputError, match="at most 64"):
        pg_db.search(" ".join(f"w{i}" for i in range(100)))
    assert pg_db.search(" ".join(["talks"] * 100)).total >= 0  # repeats count once


def test_postgres_hides_the_same_partial_events_as_the_flag(postgres_url: str, tmp_path: Any) -> None:
    # issue 12: partial is the event's own flag (confidence under the threshold), not only "no coded actor"
    text = "Russia attacked Ukraine on Monday. Russia could invade Moldova next year. Houses were destroyed in Ukraine."
    article = parley.extract(text, published="2024-01-02", url="https://example.org/partial", outlet="Wire")
    shown = sorted(e.trigger.text for e in article.events if not e.partial)
    assert shown == ["attacked", "destroyed"] and len(article.events) == 3
    for where in (postgres_url, str(tmp_path / "p.db")):
        with open_store(where) as store:
            store.add_articles([article])
            found = sorted(item.event.trigger.text for item in store.events(partial=False).items)
            assert found == shown and store.events().total == 3, where
