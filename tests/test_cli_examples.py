"""Every example in ``--help`` and in the README runs on the demo database and returns something (issue 14).

The demo database is what ``make demo`` ingests: the 77 VOA stories, the seed article and the exchange corpus. Examples are
run in-process from a folder holding that database as ``parley.db``. Not run here, each for a reason:
``bench`` and ``eval`` use no database and take minutes (``make gates`` runs the evals); ``serve``
runs until stopped (``tests/test_serve_cli.py`` starts it); ``curl ... | parley ingest -`` and
``~/news/`` need the network or the user's files; ``--db postgresql://...`` needs that server
(``tests/test_scale.py`` ingests into a real one).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from parley.cli import main

REPO = Path(__file__).resolve().parents[1]
NOT_RUN = re.compile(r"parley (bench|eval|serve)\b|curl |~/|postgresql://")
# The demo corpus ingests without a failure and has no republished copies: these say so, which is the answer.
EMPTY_IS_THE_ANSWER = {"parley failures", "parley groups"}


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
    return found


def _help_examples() -> list[str]:
    examples = []
    for path in _commands(main):
        text = CliRunner().invoke(main, [*path, "--help"], terminal_width=200).output
        for line in text.split("Examples:", 1)[-1].splitlines() if "Examples:" in text else []:
            line = line.strip()
            if re.match(r"(\w+=\S+ )?parley |curl ", line):
                examples.append(line)
    return examples


def _readme_examples() -> list[str]:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    return [m.group(1) for m in (re.match(r"\$ (parley .*)", line.strip()) for line in lines) if m]


EXAMPLES = sorted(set(_help_examples()) | set(_readme_examples()))
RUN = [e for e in EXAMPLES if not NOT_RUN.search(e)]


@pytest.fixture(scope="module")
def demo(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of the demo database as ``parley.db``, with the repo's files the examples name."""
    folder = tmp_path_factory.mktemp("examples")
    shutil.copy(demo_db, folder / "parley.db")
    for name in ("examples", "parley", "tests"):
        os.symlink(REPO / name, folder / name)
    return folder


def test_examples_are_found() -> None:
    assert len(EXAMPLES) > 40 and len(RUN) > 30
    assert any(e.startswith("parley show ") for e in RUN) and any(e.startswith("parley compare ") for e in RUN)


def _returned_something(command: str, stdout: str, written: list[Path]) -> bool:
    if written:
        return all(path.is_file() and path.stat().st_size > 0 for path in written)
    text = stdout.strip()
    if not text:
        return False
    if text[0] in "[{":
        return _json_has_items(json.loads(text))
    return not re.match(r"(0 \w+|no \w+)", text.splitlines()[0])


def _json_has_items(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value)
    if "total" in value:
        return bool(value["total"])
    if "sides" in value:
        return any(side.get("statements") for side in value["sides"])
    return bool(value)


@pytest.mark.slow
@pytest.mark.parametrize("example", RUN)
def test_example_runs_on_the_demo_database_and_returns_something(
    demo: Path, example: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(demo)
    args = shlex.split(example, comments=True)[1:]
    written = []
    if ">" in args:
        written.append(demo / args[args.index(">") + 1])
        args = args[: args.index(">")]
    for flag in ("-o", "--output", "--plot"):
        if flag in args:
            written.append(demo / args[args.index(flag) + 1])
    result = CliRunner().invoke(main, args, terminal_width=100)
    assert result.exit_code == 0, f"{example}\n{result.output}"
    if written and ">" in example:
        written[0].write_text(result.stdout, encoding="utf-8")
    command = " ".join(example.split()[:2])
    if command in EMPTY_IS_THE_ANSWER or args[0] == "ingest":
        return
    assert _returned_something(command, result.stdout, written), f"{example} returned nothing:\n{result.output[:500]}"
