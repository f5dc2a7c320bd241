"""Issue 14 item 6 and the notions table: what `parley ingest` and `parley notions` show a newcomer.

Each test is named after the defect it guards against.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from parley.cli import main
from parley.ingest import count_articles

TEXT = ("Officials said on Monday that the talks between the two governments would resume next week in Geneva, "
        "after a pause of a month.")


def _jsonl(path: Path, n: int, blank: bool = False) -> Path:
    lines = [json.dumps({"id": i, "text": f"{TEXT} Round {i}."}) + "\n" + ("\n" if blank else "") for i in range(n)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_count_articles(tmp_path: Path) -> None:
    _jsonl(tmp_path / "a.jsonl", 5, blank=True)  # blank lines are not articles
    (tmp_path / "b.txt").write_text(TEXT)
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(_jsonl(tmp_path / "x.tmp", 3).read_bytes()))
    (tmp_path / ".hidden.txt").write_text(TEXT)
    (tmp_path / "notes.md").write_text(TEXT)  # no reader: skipped by ingest too
    assert count_articles([str(tmp_path)]) == 9
    assert count_articles([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]) == 6
    assert count_articles([str(tmp_path / "*.jsonl")]) == 5
    assert count_articles([str(tmp_path / "missing.txt")]) == 0


@pytest.mark.parametrize("name", ["-", "feed.xml", "crawl.warc", "array.json"])
def test_count_articles_unknown_without_parsing(tmp_path: Path, name: str) -> None:
    if name != "-":
        (tmp_path / name).write_text("[]")
    assert count_articles([name if name == "-" else str(tmp_path / name)]) is None


def test_progress_outside_a_terminal_has_no_total_no_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.cli import core

    monkeypatch.setattr(core, "PROGRESS_EVERY", 2)
    lines = _jsonl(tmp_path / "news.jsonl", 5)
    result = CliRunner().invoke(main, ["ingest", str(lines), "--db", str(tmp_path / "p.db"), "--workers", "1",
                                       "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    progress = [line for line in result.output.splitlines() if line.startswith("ingesting:")]
    assert progress and progress[0].startswith("ingesting: 2/5 articles")


def test_progress_outside_a_terminal_is_silent_for_long_no_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.cli import core

    monkeypatch.setattr(core, "PROGRESS_SECONDS", 0.0)  # a line per batch when articles come slower than that
    lines = _jsonl(tmp_path / "news.jsonl", 3)
    result = CliRunner().invoke(main, ["ingest", str(lines), "--db", str(tmp_path / "p.db"), "--workers", "1",
                                       "--batch-size", "1"])
    progress = [line for line in result.output.splitlines() if line.startswith("ingesting:")]
    assert [line.split(" articles")[0] for line in progress] == ["ingesting: 1/3", "ingesting: 2/3", "ingesting: 3/3"]


def test_progress_in_a_terminal_has_no_total_no_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.cli import core

    screen = io.StringIO()
    monkeypatch.setattr(core, "err", Console(file=screen, force_terminal=True, width=120))
    lines = _jsonl(tmp_path / "news.jsonl", 4)
    result = CliRunner().invoke(main, ["ingest", str(lines), "--db", str(tmp_path / "p.db"), "--workers", "1",
                                       "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert "/4 articles" in screen.getvalue()


# ------------------------------------------------------------------ notions table
@pytest.fixture(scope="module")
def notions_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from web_corpus import corpus

    from parley.store import open_store

    path = tmp_path_factory.mktemp("notions") / "n.db"
    with open_store(path) as store:
        store.add_articles(corpus())
    return path


def test_notions_table_unreadable_at_80_columns_no_more(notions_db: Path) -> None:
    result = CliRunner().invoke(main, ["notions", "--db", str(notions_db), "--min-speakers", "1"], terminal_width=80)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert all(len(line) <= 80 for line in lines)
    header = next(line for line in lines if "notion" in line and "┃" in line)
    assert [cell.strip() for cell in header.split("┃")[1:-1]] == ["notion", "spk", "sides", "stmt", "art", "rep", "who"]
    assert "…" not in header  # no header cut
    assert "indivisibility" in result.output and "Victoria Nuland" in result.output  # whole, not "Victo…"
    assert "spk speakers" in result.output  # the short headers are explained


def test_notions_table_has_full_headers_when_wide(notions_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.cli import notions

    monkeypatch.setattr(notions.out, "width", 140)
    result = CliRunner().invoke(main, ["notions", "--db", str(notions_db), "--min-speakers", "1"], terminal_width=140)
    header = next(line for line in result.output.splitlines() if "notion" in line and "┃" in line)
    assert "speakers" in header and "statements" in header and "reporter" in header
