"""Issue 14, edge defects behind the store and the CLI's read commands; each test is named after its defect."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_corpus import corpus

from parley.cli import main
from parley.errors import InputError, NotFoundError
from parley.ingest import read_paths
from parley.ingest.article import build_article
from parley.models import ExtractedArticle, Failure
from parley.store import open_store

TEXT = "KYIV — Officials said on Monday that the talks would resume next week in Geneva, after a pause of a month."


def _article(text: str, external_id: str, outlet: str) -> ExtractedArticle:
    article = build_article(text=text, external_id=external_id, outlet=outlet, published="2024-01-02")
    return ExtractedArticle(**article.model_dump())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    with open_store(path) as store:
        store.add_articles(corpus())
    return path


# ------------------------------------------------------------------ ids
@pytest.mark.parametrize("length", [65, 1_000, 60_000])
def test_very_long_article_id_is_not_found_not_an_error(db: Path, length: int) -> None:
    with open_store(db) as store, pytest.raises(NotFoundError) as raised:
        store.get_article("a" * length)
    assert len(str(raised.value)) < 200  # the message does not echo 60,000 characters


@pytest.mark.parametrize("prefix", ["______", "%%%%%%", "______%", "\\\\\\\\\\\\"])
def test_underscore_and_percent_are_not_wildcards_in_id_prefixes(db: Path, prefix: str) -> None:
    with open_store(db) as store, pytest.raises(NotFoundError):
        store.get_article(prefix)


def test_id_prefix_still_finds_one_article(db: Path) -> None:
    with open_store(db) as store:
        full = next(iter(store.iter_articles())).id
        assert store.get_article(full[:8]).id == full


def test_very_long_speaker_name_matches_nothing(db: Path) -> None:
    with open_store(db) as store:
        # The typed filters (parley.store.filters) refuse such a value with a clear error, before any SQL.
        with pytest.raises(InputError, match="at most 200"):
            store.speakers(name="a" * 60_000)
        with pytest.raises(InputError, match="at most 200"):
            store.events(actor="R" * 60_000)
        assert store.events(actor="R_S").total == 0  # "_" is a character, not "any character"


def test_two_articles_with_the_same_external_id_are_not_picked_silently(tmp_path: Path) -> None:
    with open_store(tmp_path / "p.db") as store:
        store.add_articles([_article(TEXT, "42", "VOA"), _article(TEXT + " More talks followed.", "42", "TASS")])
        with pytest.raises(InputError) as raised:
            store.get_article("42")
        message = str(raised.value)
        assert "names 2 articles" in message and "VOA" in message and "TASS" in message
        store.add_articles([_article(TEXT + " A third.", "43", "VOA")])
        assert store.get_article("43").external_id == "43"


# ------------------------------------------------------------------ failures and search
def test_reingesting_a_bad_file_does_not_double_its_failure_rows(tmp_path: Path) -> None:
    from parley.runner import ingest

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\nnot json\n', encoding="utf-8")
    with open_store(tmp_path / "p.db") as store:
        for _ in range(3):
            ingest(read_paths([str(bad)]), store, workers=1)
        assert store.failures().total == 2
        store.add_failures([Failure(source=f"{bad}:1", reason="other reason")])
        assert store.failures().total == 3  # a new reason for the same input is news


@pytest.mark.parametrize("words", [100, 20_000])
def test_search_with_thousands_of_words_is_refused_quickly(db: Path, words: int) -> None:
    query = " ".join(f"w{i}" for i in range(words))
    with open_store(db) as store:
        with pytest.raises(InputError, match="at most 64"):
            store.search(query)
        with pytest.raises(InputError, match="at most (64|200)"):  # the filter's length cap may come first
            store.attributions(query=query)
        assert store.search(" ".join(["security"] * words)).total >= 0  # repeats count once


# ------------------------------------------------------------------ paths
def test_glob_over_symlinks_to_parent_folders_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    os.symlink("..", tmp_path / "a" / "b" / "up")
    os.symlink("../..", tmp_path / "a" / "loop")
    (tmp_path / "a" / "b" / "story.txt").write_text(TEXT * 3, encoding="utf-8")
    results: list[object] = []
    reader = threading.Thread(target=lambda: results.extend(read_paths([str(tmp_path / "**" / "*.txt")])), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert not reader.is_alive(), "glob still walking after 30 s"
    assert [r.source for r in results] == [str(tmp_path / "a" / "b" / "story.txt")]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ read commands
READ_COMMANDS = [
    ["stats"], ["search", "talks"], ["show", "abcdef"], ["attributions"], ["events"], ["failures"],
    ["export"], ["notion", "security"], ["notions"], ["compare", "security", "--side", "USA"],
    ["provenance", "abcdef"], ["groups"],
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_read_commands_do_not_create_a_database(tmp_path: Path, args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*args, "--db", "parly.db"])  # a typo for parley.db
    assert result.exit_code == 2, result.output
    assert "no database at ./parly.db — run parley ingest first or pass --db" in result.output
    assert not (tmp_path / "parly.db").exists() and not (tmp_path / "parly.db-wal").exists()
    assert len(result.output.strip().splitlines()) == 1


def test_read_commands_still_read_an_existing_database(db: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0 and '"articles": 5' in result.output
