"""Every command is documented: help text, an Examples block that runs that very command,
and a mention in the README or docs/. A new undocumented command fails here."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from parley.cli import main

REPO = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


COMMANDS = _commands(main)


def test_there_are_commands():
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"ingest", "extract", "search", "show", "stats", "export"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_has_help_with_an_example_of_itself(path, command):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Examples:" in result.output, f"`parley {' '.join(path)} --help` has no Examples block"
    example_lines = result.output.split("Examples:", 1)[1].splitlines()
    invocation = "parley " + " ".join(path)
    assert any(line.strip().startswith(invocation) or f"| {invocation}" in line for line in example_lines), (
        f"no example runs `{invocation}`"
    )


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_is_mentioned_in_the_docs(path, command):
    docs = (REPO / "README.md").read_text(encoding="utf-8")
    docs += "".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "docs").glob("*.md")))
    assert f"parley {' '.join(path)}" in docs, f"`parley {' '.join(path)}` is not in README.md or docs/"
