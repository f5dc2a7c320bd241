"""The notion index (issue 10 item 6): written at ingest, filled by migration 0003, read without spaCy.

Notion queries answer from the index exactly as they answered by reading every record: the
reference (``_scanned_matches``) reads the records and runs the matcher on each, and both must
agree on real extractions of the seed and five VOA stories plus a text with the hard cases.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import parley
from parley.notions.index import key_stream, near_query
from parley.notions.matching import Notion, resolve_notion
from parley.query.notions import _notion_matches, _scanned_matches, compare, discover_notions
from parley.store import open_store

REPO = Path(__file__).resolve().parents[1]
VOA_STORIES = (1, 3, 26, 30, 48)  # rule of law, sanctions, indivisibility: found by grep in the text
EDGE_TEXT = (
    'Officials spoke in Vienna on Tuesday.\n'
    '"Security is indivisible, and the non-aggression pact must hold," the Russian envoy said.\n'
    '"We will not accept a nonaggression treaty that ignores cyber-security," a U.S. diplomat told reporters.\n'
    'Diplomats said the rules of law and sanctioned banks were discussed.'
)
NOTIONS = [
    "indivisible security", "rule of law", "sanctions", "security guarantees", "nonaggression pact",
    "non-aggression pact", "cybersecurity", "sphere of influence", "NATO enlargement", "territorial integrity",
    "security",
]


@pytest.fixture(scope="module")
def articles(seed_text: str) -> list[Any]:
    rows = [json.loads(line) for line in (REPO / "examples/voa/voa_stories.jsonl").read_text().splitlines()]
    found = [
        parley.extract(seed_text, published="2022-02-04T10:11", url="https://example.org/seed", outlet="TASS"),
        parley.extract(seed_text, published="2022-02-05T08:00", url="https://example.org/seed-copy", outlet="Copy"),
        parley.extract(EDGE_TEXT, published="2022-03-01T09:00", url="https://example.org/edge", outlet="Wire"),
    ]
    for i in VOA_STORIES:
        row = rows[i]
        found.append(parley.extract(row["text"], url=row["url"], title=row["title"], published=row["published"],
                                    outlet="VOA"))
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, articles: list[Any]) -> Any:
    store = open_store(tmp_path_factory.mktemp("index") / "i.db")
    store.add_articles(articles)
    yield store
    store.close()


def _answer(result: Any) -> dict[str, Any]:
    data = result.model_dump()
    data.pop("articles_searched")  # candidates: the index returns fewer than a scan reads
    return data


@pytest.mark.parametrize("name", NOTIONS)
@pytest.mark.parametrize(("since", "until"), [(None, None), ("2022-01-01", "2022-12-31"), ("2021", "2021-05")])
def test_index_answers_like_reading_every_record(corpus: Any, name: str, since: str | None, until: str | None) -> None:
    notion = resolve_notion(name)
    indexed = _notion_matches(corpus, notion, since=since, until=until)
    scanned = _scanned_matches(corpus, notion, since=since, until=until)
    assert _answer(indexed) == _answer(scanned)
    assert indexed.articles_searched <= scanned.articles_searched


@pytest.mark.parametrize(("name", "found"), [
    ("indivisible security", True), ("rule of law", True), ("sanctions", True), ("nonaggression pact", True),
    ("cybersecurity", True), ("territorial integrity", False),
])
def test_the_corpus_exercises_the_notions(corpus: Any, name: str, found: bool) -> None:
    result = _notion_matches(corpus, resolve_notion(name))
    assert bool(result.statements or result.reporter) is found


# -- what goes into the index ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "stream"), [
    ("Security is indivisible", "secur is indivisibl"),
    ("the non-aggression pact", "the non nonaggression aggression pact"),  # the compound's key after its first word
    ("Russia's sanctions", "russia sanction"),
    ("rule of law", "rul of law"),
    ("", ""),
    ("— 2022 —", "2022"),
])
def test_key_stream(text: str, stream: str) -> None:
    assert key_stream(text, 0, len(text)) == stream


@pytest.mark.parametrize(("notion", "query"), [
    (Notion("sanctions"), '"sanction"'),
    (Notion("rule of law"), 'NEAR("rul" "law", 10)'),
    (Notion("indivisible security", ("indivisibility of security", "equal and indivisible security")),
     'NEAR("indivisibl" "secur", 10) OR NEAR("equal" "indivisibl" "secur", 12)'),
])
def test_near_query(notion: Notion, query: str) -> None:
    assert near_query(notion.phrase_keys) == query


def test_index_rows_roll_back_with_a_failed_batch(tmp_path: Path, articles: list[Any], monkeypatch: Any) -> None:
    from parley.errors import StoreError
    from parley.store import sqlite_notions

    store = open_store(tmp_path / "r.db")
    real = sqlite_notions.index_article
    calls: list[str] = []

    def fail_on_second(conn: Any, article: Any) -> None:
        calls.append(article.id)
        if len(calls) == 2:
            raise __import__("sqlite3").OperationalError("disk I/O error")
        real(conn, article)

    monkeypatch.setattr(sqlite_notions, "index_article", fail_on_second)
    with pytest.raises(StoreError):
        store.add_articles(articles[:3])
    counts = [store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("articles", "notion_contexts", "notion_articles", "notion_terms")]
    assert counts == [0, 0, 0, 0]
    store.close()


# -- migration 0003 --------------------------------------------------------------------------------
def _as_before_0003(path: Path) -> None:
    """What a database written by parley before the notion index looks like."""
    import sqlite3

    conn = sqlite3.connect(path)
    for table in ("notion_contexts", "notion_keys", "notion_articles", "notion_terms"):
        conn.execute(f"DROP TABLE {table}")
    # Only 0003: later migrations (0005) stay applied, as in a database from a branch that had them
    # first; the store must still apply the missing one (the migration-gap bug).
    # 0008 (rows keyed by article rowid) reshapes 0003's tables: a database before the index has neither.
    conn.execute("DELETE FROM schema_version WHERE version IN (3, 8)")
    conn.commit()
    conn.close()


def test_migration_0003_fills_the_index_from_stored_records(tmp_path: Path, articles: list[Any], corpus: Any) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.add_articles(articles)
    _as_before_0003(path)
    with open_store(path) as store:
        assert store.schema_version() >= 3
        assert store.conn.execute("SELECT COUNT(*) FROM notion_articles").fetchone()[0] == len(articles)
        for name in ("indivisible security", "rule of law", "sanctions"):
            assert _answer(_notion_matches(store, resolve_notion(name))) == _answer(
                _notion_matches(corpus, resolve_notion(name)))
        assert discover_notions(store, limit=50) == discover_notions(corpus, limit=50)


def test_compare_does_not_load_spacy(tmp_path: Path, articles: list[Any]) -> None:
    """Issue 10: no spaCy at query time. A fresh process runs compare, timeline, notion and notions."""
    path = tmp_path / "q.db"
    with open_store(path) as store:
        store.add_articles(articles)
    script = (
        "import sys\n"
        "from parley.store import open_store\n"
        "from parley.query.notions import compare, discover_notions, notion_matches, timeline\n"
        f"store = open_store({str(path)!r})\n"
        "result = compare(store, 'indivisible security', ['USA', 'RUS'])\n"
        "assert result.sides[0].statements > 0, result\n"
        "timeline(store, 'rule of law', ['USA'], by='week')\n"
        "notion_matches(store, 'sanctions')\n"
        "assert discover_notions(store, limit=5)\n"
        "loaded = sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc')))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "[]"


def test_compare_key_terms_use_the_stored_word_counts(corpus: Any) -> None:
    """The background of key terms comes from the index, not from re-reading the texts."""
    result = compare(corpus, "indivisible security", ["USA", "RUS"])
    usa = next(s for s in result.sides if s.side == "USA")
    assert usa.statements > 0 and usa.key_terms
