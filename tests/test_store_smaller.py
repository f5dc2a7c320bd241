"""A smaller SQLite database (issue 13, migrations 0007 and 0008): nothing lost, old databases migrated."""

from __future__ import annotations

import gzip
import sqlite3
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from parley.models import Attribution, ExtractedArticle, Span
from parley.notions.index import pack_counts, repack_counts, sum_counts, unpack_counts, word_counts
from parley.store import records
from parley.store.sqlite import SQLiteStore, migrations
from parley.syndication import NUM_PERM, signature, signature_from_bytes, signature_to_bytes

FIXTURE = Path(__file__).parent / "fixtures" / "store" / "parley-schema-0006.db.gz"
GOLDEN = Path(__file__).parent / "fixtures" / "golden" / "extract-voa-seed.jsonl.gz"


def _golden(n: int) -> list[ExtractedArticle]:
    lines = gzip.decompress(GOLDEN.read_bytes()).decode("utf-8").splitlines()[:n]
    return [ExtractedArticle.model_validate_json(line) for line in lines]


def _read(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_a_schema_0006_database_migrates_with_nothing_lost(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    assert _read(db, "SELECT MAX(version) FROM schema_version") == [(6,)]
    contents = dict(((a, i), c) for a, i, c in _read(db, "SELECT article_id, idx, content FROM attributions"))
    entities = _read(db, "SELECT * FROM entities ORDER BY article_id, idx")
    events = _read(db, "SELECT * FROM events ORDER BY article_id, idx")
    signatures = dict(_read(db, "SELECT article_id, signature FROM syndication_signatures"))
    words = dict(_read(db, "SELECT article_id, words FROM notion_articles"))
    texts = dict(_read(db, "SELECT id, text FROM articles"))
    contexts = _read(db, "SELECT article_id, attribution, start, end FROM notion_contexts ORDER BY id")
    term_rows = _read(db, "SELECT article_id, attribution, key, surface FROM notion_terms ORDER BY rowid")
    assert any(" … " in c for c in contents.values()) and len(contents) > 50

    with SQLiteStore(db) as store:
        assert store.schema_version() == max(v for v, _, _ in migrations())
        # Statements whose content is a slice of the text are stored as '' and read back whole.
        assert store.conn.execute("SELECT COUNT(*) FROM attributions WHERE content = ''").fetchone()[0] > 40
        terms = [t for t in store.notion_terms() if t.attribution is not None]
        assert terms and all(t.content == contents[(t.article_id, t.attribution)] for t in terms)
        for article_id in texts:
            listed = store.attributions(article_id=article_id, limit=500).items
            assert [s.attribution.content_text for s in listed] == [
                contents[(article_id, i)] for i in range(len(listed))
            ]
        assert [tuple(r) for r in store.conn.execute("SELECT * FROM entities ORDER BY article_id, idx")] == entities
        assert [tuple(r) for r in store.conn.execute("SELECT * FROM events ORDER BY article_id, idx")] == events
        for article_id, blob in store.conn.execute("SELECT article_id, signature FROM syndication_signatures"):
            assert len(blob) == 4 * NUM_PERM
            old = np.frombuffer(signatures[article_id], dtype=np.uint64)
            assert np.array_equal(signature_from_bytes(blob).hashvalues, old)
        for article_id, blob in store.conn.execute("SELECT article_id, words FROM notion_articles"):
            keys = list(word_counts(texts[article_id]))
            assert sum_counts([blob], keys) == sum_counts([words[article_id]], keys)
            assert len(blob) < len(words[article_id]) * 0.6
        # Notion rows name their article by rowid (0008): the same rows, in the same order.
        assert [tuple(r) for r in store.conn.execute(
            "SELECT a.id, c.attribution, c.start, c.end FROM notion_contexts c JOIN articles a ON a.rowid = c.article "
            "ORDER BY c.id")] == contexts
        assert [tuple(r) for r in store.conn.execute(
            "SELECT a.id, m.attribution, m.key, m.surface FROM notion_terms m JOIN articles a ON a.rowid = m.article "
            "ORDER BY m.rowid")] == term_rows
        assert len(store.notion_article_contexts(list(texts))) == len(contexts)
        used = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not used & {"entities_code", "events_type", "events_actor", "events_recipient", "notion_terms_key"}


@pytest.mark.parametrize(
    "spans, stored",
    [
        ([(0, 5)], ""),  # one span: the slice of the text
        ([(6, 11)], ""),
        ([(0, 5), (6, 11)], "Hello … world"),  # two spans joined: kept
        ([], ""),  # no content at all: nothing to store
    ],
)
def test_stored_content_is_empty_only_where_the_text_slice_gives_it_back(spans: list, stored: str) -> None:
    text = "Hello world"
    attribution = Attribution(kind="direct", content=[Span(start=s, end=e, text=text[s:e]) for s, e in spans])
    assert records.stored_content(text, attribution) == stored


def test_a_span_whose_text_is_not_the_slice_keeps_its_content() -> None:
    attribution = Attribution(kind="direct", content=[Span(start=0, end=5, text="Howdy")])
    assert records.stored_content("Hello world", attribution) == "Howdy"


def test_a_new_database_gives_freed_pages_back_and_stays_small(tmp_path: Path) -> None:
    articles = _golden(20)
    with SQLiteStore(tmp_path / "p.db") as store:
        for i in range(0, len(articles), 4):
            store.add_articles(articles[i : i + 4])
        assert store.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        text = store.conn.execute("SELECT SUM(LENGTH(text)) FROM articles").fetchone()[0]
        size = store.conn.execute("PRAGMA page_count").fetchone()[0] * store.conn.execute("PRAGMA page_size").fetchone()[0]
        terms = [t for t in store.notion_terms() if t.attribution is not None]
        by_key = {(a.id, i): t.content_text for a in articles for i, t in enumerate(a.attributions)}
        assert terms and all(t.content == by_key[(t.article_id, t.attribution)] for t in terms)
    assert size / text < 15  # 20 stories: empty pages of ~40 tables and indexes still weigh


@pytest.mark.parametrize(
    "counts",
    [Counter(), Counter({"security": 3}), Counter({"security": 3, "indivisible": 1, "nato": 70_000})],
)
def test_word_counts_round_trip_in_both_formats(counts: Counter) -> None:
    keys = ["security", "indivisible", "nato", "absent"]
    packed = pack_counts(counts)
    assert len(packed) == 1 + 6 * len(counts)
    capped = {k: min(counts[k], 65_535) for k in keys}
    assert sum_counts([packed], keys) == (capped, sum(capped.values()))
    # A store from before 0007: (64-bit hash, 32-bit count) pairs, no format byte.
    import hashlib

    old = np.empty(len(counts), dtype=[("key", "<u8"), ("count", "<u4")])
    old["key"] = [int.from_bytes(hashlib.blake2b(k.encode(), digest_size=8).digest(), "little") for k in counts]
    old["count"] = list(counts.values())
    assert sum_counts([old.tobytes()], keys) == ({k: counts[k] for k in keys}, sum(counts.values()))
    assert sum_counts([repack_counts(old.tobytes())], keys) == sum_counts([packed], keys)
    assert len(unpack_counts(repack_counts(old.tobytes()))) == len(counts)


def test_syndication_signatures_are_stored_in_4_bytes_a_value_and_read_in_either_width() -> None:
    sig = signature({1, 2, 3, 99, 12345})
    blob = signature_to_bytes(sig)
    assert len(blob) == 4 * NUM_PERM
    assert np.array_equal(signature_from_bytes(blob).hashvalues, sig.hashvalues)
    wide = np.asarray(sig.hashvalues, dtype=np.uint64).tobytes()
    assert np.array_equal(signature_from_bytes(wide).hashvalues, sig.hashvalues)
    empty = signature(set())
    assert np.array_equal(signature_from_bytes(signature_to_bytes(empty)).hashvalues, empty.hashvalues)
