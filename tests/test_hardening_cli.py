"""Issue 14, the newcomer's CLI defects: each test is named after the defect it pins down."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_corpus import corpus, seed_article

from parley.cli import main
from parley.cli.core import actor_label, clip
from parley.models import EventActor
from parley.store import open_store

TEXT = ("Officials said on Monday that the talks between the two governments would resume next week in Geneva, "
        "after a pause of a month in which neither side made any public statement about the prisoners.")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    with open_store(path) as store:
        store.add_articles(corpus())
    return path


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Russia invaded the Donbas region in 2014", 24, "Russia invaded the…"),
        ("short", 24, "short"),
        ("exactly twelve", 14, "exactly twelve"),
        ("Supercalifragilisticexpialidocious words", 10, "Supercali…"),
        ("line\nbreaks   and  spaces", 40, "line breaks and spaces"),
        ("", 10, ""),
    ],
)
def test_text_is_cut_at_a_word_with_an_ellipsis(text: str, limit: int, expected: str) -> None:
    assert clip(text, limit) == expected
    assert len(clip(text, limit)) <= limit


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (EventActor(name="Islamic State", code="IMGMUSISI"), "Islamic State (IMGMUSISI)"),
        (EventActor(name="the militants", code="IMGMUSISI", entity="Islamic State"), "Islamic State (IMGMUSISI)"),
        (EventActor(name="RUS", code="RUS"), "RUS"),
        (EventActor(name="protesters"), "protesters"),
        (None, "—"),
    ],
)
def test_codes_show_with_names(actor: EventActor | None, expected: str) -> None:
    assert actor_label(actor) == expected


def test_content_gets_the_width_at_80_columns(db: Path) -> None:
    result = CliRunner().invoke(main, ["attributions", "--db", str(db)], terminal_width=80)
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "content" in line)
    content_width = len(header.split("┃")[2])
    assert content_width >= 30, header
    assert all(len(line) <= 80 for line in result.output.splitlines())


def test_show_lists_the_entities_its_help_promises(db: Path) -> None:
    seed = seed_article()
    result = CliRunner().invoke(main, ["show", seed.id[:12], "--db", str(db)], terminal_width=160)
    assert result.exit_code == 0, result.output
    assert "entities" in result.output
    assert any(e.name in result.output for e in seed.entities)


def test_notion_prints_its_summary_on_stdout(db: Path) -> None:
    result = CliRunner().invoke(main, ["notion", "indivisible security", "--db", str(db)], terminal_width=160)
    assert result.exit_code == 0, result.output
    assert "statements" in result.stdout and "indivisible security" in result.stdout.splitlines()[0]


def test_plain_text_can_be_given_a_date(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "p.db"
    result = CliRunner().invoke(main, ["ingest", str(story), "--db", str(db), "--workers", "1", "-q",
                                       "--published", "2024-05-06"])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        (article,) = list(store.iter_articles())
    assert article.published == "2024-05-06"


@pytest.mark.parametrize("value", ["yesterday", "2025-13-45"])
def test_bad_published_date_is_refused(tmp_path: Path, value: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(story), "--db", str(tmp_path / "p.db"), "--published", value])
    assert result.exit_code == 2
    assert "--published" in result.output and not (tmp_path / "p.db").exists()


def test_progress_outside_a_terminal_prints_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.cli import core

    monkeypatch.setattr(core, "PROGRESS_EVERY", 2)
    lines = tmp_path / "news.jsonl"
    lines.write_text("".join(json.dumps({"id": i, "text": f"{TEXT} Round {i}."}) + "\n" for i in range(5)))
    result = CliRunner().invoke(main, ["ingest", str(lines), "--db", str(tmp_path / "p.db"), "--workers", "1",
                                       "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    progress = [line for line in result.output.splitlines() if line.startswith("ingesting:")]
    assert len(progress) >= 2 and "articles/s" in progress[0]


def _parley() -> str:
    return str(Path(sys.executable).with_name("parley"))


def test_serve_on_a_busy_port_says_so_before_anything_else(db: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}
        done = subprocess.run([_parley(), "serve", "--db", str(db), "--port", str(port)], env=env,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "serving" not in done.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr and "--port" in done.stderr


def test_serve_without_a_database_does_not_create_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_TOKEN"}
    done = subprocess.run([_parley(), "serve", "--db", str(tmp_path / "typo.db"), "--port", "0"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no database at" in done.stderr
    assert not (tmp_path / "typo.db").exists()
