"""SQLite articles and statements have an INTEGER PRIMARY KEY (migration 0011): VACUUM keeps their rowids.

The FTS tables and the notion tables name articles and statements by rowid; SQLite may renumber the
rowids of a table without an INTEGER PRIMARY KEY on VACUUM. 0011 rebuilds both tables keeping every
rowid: an old database migrates with nothing lost, and search and notion answers survive a VACUUM.
"""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest
from test_notions_index import _answer
from test_store_smaller import FIXTURE, _golden, _read

from parley.notions.matching import resolve_notion
from parley.query.notions import _notion_matches
from parley.store.sqlite import SQLiteStore

TABLES = ("articles", "attributions")
NOTIONS = ("indivisible security", "sanctions", "nonaggression pact")


def _answers(store: SQLiteStore) -> dict[str, object]:
    found: dict[str, object] = {}
    for query in ("security", "Russia", "zzzz-not-a-word"):  # the last must return nothing
        found[f"search {query}"] = [(h.id, h.snippet) for h in store.search(query, limit=50).items]
        found[f"statements {query}"] = [s.model_dump() for s in store.attributions(query=query, limit=200).items]
    for name in NOTIONS:
        found[f"notion {name}"] = _answer(_notion_matches(store, resolve_notion(name)))
    return found


def _integer_key(db: Path, table: str) -> list[tuple]:
    return [r[1:3] + r[5:6] for r in _read(db, f"PRAGMA table_info({table})") if r[5]]


@pytest.mark.parametrize("table", TABLES)
def test_a_schema_0006_database_gets_integer_keys_keeping_every_rowid(tmp_path: Path, table: str) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    key = "id" if table == "articles" else "article_id, idx"
    before = _read(db, f"SELECT rowid, {key} FROM {table} ORDER BY rowid")
    rows = _read(db, f"SELECT COUNT(*) FROM {table}")
    assert _integer_key(db, table) != [("seq", "INTEGER", 1)]
    with SQLiteStore(db) as store:
        assert store.schema_version() >= 11
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _integer_key(db, table) == [("seq", "INTEGER", 1)]
    assert _read(db, f"SELECT seq, {key} FROM {table} ORDER BY seq") == before
    assert _read(db, f"SELECT COUNT(*) FROM {table}") == rows


def test_the_migration_loses_no_child_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    children = ("attributions", "entities", "events", "syndication_signatures", "notion_articles")
    counts = {t: _read(db, f"SELECT COUNT(*) FROM {t}") for t in children}
    with SQLiteStore(db):
        pass
    assert {t: _read(db, f"SELECT COUNT(*) FROM {t}") for t in children} == counts
    assert all(n[0][0] > 0 for n in counts.values())


def test_vacuum_keeps_search_and_notion_answers(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with SQLiteStore(db) as store:
        store.add_articles(_golden(12))
        before = _answers(store)
        rowids = store.conn.execute("SELECT rowid, id FROM articles ORDER BY rowid").fetchall()
        store.conn.execute("VACUUM")
        assert [tuple(r) for r in store.conn.execute("SELECT rowid, id FROM articles ORDER BY rowid")] == [
            tuple(r) for r in rowids]
        assert _answers(store) == before
    assert before["search security"] and before["statements security"] and before["notion sanctions"]
    assert before["search zzzz-not-a-word"] == [] and before["statements zzzz-not-a-word"] == []


def test_a_new_database_numbers_articles_and_statements_from_one(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "n.db") as store:
        store.add_articles(_golden(2))
        assert [r[0] for r in store.conn.execute("SELECT seq FROM articles ORDER BY seq")] == [1, 2]
        assert store.conn.execute("SELECT MIN(seq) FROM attributions").fetchone()[0] == 1
    conn = sqlite3.connect(tmp_path / "n.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
