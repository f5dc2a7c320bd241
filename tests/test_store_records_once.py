"""Each record stored once (issue 13): compact article records, child rows without JSON, old databases migrated."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from parley.models import Attribution, Entity, Event, ExtractedArticle
from parley.store import records
from parley.store.sqlite import SQLiteStore, migrations

FIXTURE = Path(__file__).parent / "fixtures" / "store" / "parley-schema-0005.db.gz"
GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def _old_database(tmp_path: Path) -> Path:
    db = tmp_path / "old.db"
    db.write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    return db


def _old_rows(db: Path) -> dict[str, list]:
    """Everything the old schema held as JSON, read with sqlite3 before parley opens (and migrates) it."""
    conn = sqlite3.connect(db)
    got = {
        "articles": conn.execute("SELECT id, record FROM articles ORDER BY id").fetchall(),
        **{table: conn.execute(f"SELECT article_id, idx, record FROM {table} ORDER BY article_id, idx").fetchall()
           for table in ("attributions", "entities", "events")},
        "version": conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0],
    }
    conn.close()
    return got


def test_a_schema_0005_database_migrates_with_nothing_lost(tmp_path: Path) -> None:
    db = _old_database(tmp_path)
    old = _old_rows(db)
    assert old["version"] == 5 and len(old["articles"]) == 5 and len(old["attributions"]) > 50
    with SQLiteStore(db) as store:
        assert store.schema_version() == max(v for v, _, _ in migrations())
        for article_id, record in old["articles"]:
            assert store.get_article(article_id) == ExtractedArticle.model_validate_json(record)
        for table, model, listing in (
            ("attributions", Attribution, lambda s, a: [x.attribution for x in s.attributions(article_id=a, limit=500).items]),
            ("events", Event, lambda s, a: [x.event for x in s.events(article_id=a, limit=500).items]),
        ):
            for article_id, _ in old["articles"]:
                want = [model.model_validate_json(r[2]) for r in old[table] if r[0] == article_id]
                assert listing(store, article_id) == want, table
        entities = store.entities(limit=10_000).items
        assert sorted((e.article_id, e.index) for e in entities) == [(r[0], r[1]) for r in old["entities"]]
        by_key = {(r[0], r[1]): Entity.model_validate_json(r[2]) for r in old["entities"]}
        assert all(e.entity == by_key[(e.article_id, e.index)] for e in entities)
        speakers = store.speakers(limit=500).items
        assert speakers and any(s.type for s in speakers)
        stored = store.conn.execute("SELECT typeof(record), COUNT(*) FROM articles GROUP BY 1").fetchall()
        assert [tuple(r) for r in stored] == [("blob", 5)]
        for table in ("attributions", "entities", "events"):
            columns = {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
            assert "record" not in columns, table


def test_a_migrated_database_reopens_without_migrating_again(tmp_path: Path) -> None:
    db = _old_database(tmp_path)
    with SQLiteStore(db):
        pass
    with SQLiteStore(db) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == len(migrations())
        assert len(store.list_articles(limit=50).items) == 5


def _golden_articles() -> list[ExtractedArticle]:
    found = []
    for path in sorted(GOLDEN.glob("*.jsonl.gz")):
        for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()[:20]:
            found.append(ExtractedArticle.model_validate_json(line))
    return found


def test_packed_records_round_trip_exactly() -> None:
    articles = _golden_articles()
    assert articles
    for article in articles:
        stored = records.pack(article.model_dump(mode="json"))
        assert records.unpack_article(stored, article.text) == article
        assert records.unpack_article(article.model_dump_json(), article.text) == article  # rows of old databases


# Spans whose text is not the slice of the article they point at keep their text (nothing guessed).
@pytest.mark.parametrize(
    "span, kept",
    [
        ({"start": 0, "end": 5, "text": "Hello"}, {"start": 0, "end": 5, "~": 1}),
        ({"start": 0, "end": 5, "text": "Howdy"}, {"start": 0, "end": 5, "text": "Howdy"}),
        ({"start": 0, "end": 5, "text": "Hello", "label": "X"}, {"start": 0, "end": 5, "text": "Hello", "label": "X"}),
        ({"start": "0", "end": 5, "text": "Hello"}, {"start": "0", "end": 5, "text": "Hello"}),
    ],
)
def test_compact_replaces_only_spans_that_are_slices_of_the_text(span: dict, kept: dict) -> None:
    assert records.compact(span, "Hello world") == kept
    assert records.expand(records.compact(span, "Hello world"), "Hello world") == span


def test_the_sqlite_store_holds_no_record_twice(tmp_path: Path) -> None:
    article = _golden_articles()[0]
    with SQLiteStore(tmp_path / "p.db") as store:
        store.add_articles([article])
        stored = store.conn.execute("SELECT record FROM articles").fetchone()[0]
        assert isinstance(stored, bytes)
        assert article.text.encode("utf-8")[:200] not in stored  # the text is in its own column only
        assert len(stored) < len(article.text.encode("utf-8")) * 2
        assert json.loads(store.get_article(article.id).model_dump_json()) == json.loads(article.model_dump_json())


def _with_first_attribution_changed(article: ExtractedArticle) -> ExtractedArticle:
    changed = article.model_copy(deep=True)
    changed.attributions[0].cue.text = "CHANGED"  # a span that is not a slice: kept as written
    return changed


def test_decoded_records_are_cached_per_database_not_shared_between_them(tmp_path: Path) -> None:
    article = next(a for a in _golden_articles() if a.attributions)
    changed = _with_first_attribution_changed(article)
    cues = []
    for db, stored in ((":memory:", article), (":memory:", changed), (tmp_path / "a.db", article), (tmp_path / "b.db", changed)):
        with SQLiteStore(db) as store:
            store.add_articles([stored])
            for _ in range(2):  # the second page comes from the cache
                page = store.attributions(article_id=stored.id, limit=1).items
                cues.append(page[0].attribution.cue.text)
    original = article.attributions[0].cue.text
    assert cues == [original, original, "CHANGED", "CHANGED", original, original, "CHANGED", "CHANGED"]
