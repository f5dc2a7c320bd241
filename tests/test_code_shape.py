"""The shape of the extraction code: rules are data, functions are small.

* A word list in code is a table nobody can review or swap: a collection literal of more than
  ``HANDFUL`` strings under ``parley/extract/`` fails; the list belongs in a data file read through
  :mod:`parley.datafiles`.
* A rule is a small named function: none under ``parley/extract/`` is longer than ``MAX_LINES``.

Every file under ``parley/extract/`` is held to both; there is no list of exceptions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "parley"
EXTRACT = PACKAGE / "extract"
HANDFUL = 5
MAX_LINES = 60


FILES = sorted(EXTRACT.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(EXTRACT).as_posix()


def _string_count(node: ast.AST) -> int:
    if isinstance(node, ast.Dict):
        return sum(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys)
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    return 0


def _export_lists(tree: ast.AST) -> set[int]:
    """``__all__`` lists: a module's public names, not a lexicon."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    }


def word_list_literals(source: str) -> list[tuple[int, int]]:
    """(line, count) of every collection literal holding more than HANDFUL strings (``__all__`` aside)."""
    tree = ast.parse(source)
    exempt = _export_lists(tree) | _type_arguments(tree)
    return [
        (node.lineno, count)
        for node in ast.walk(tree)
        if id(node) not in exempt and (count := _string_count(node)) > HANDFUL
    ]


def _type_arguments(tree: ast.AST) -> set[int]:
    """ids of the tuples inside ``Literal[...]``: a closed set of kinds is a type, not a word list."""
    return {
        id(node.slice)
        for node in ast.walk(tree)
        if isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Tuple)
        and (getattr(node.value, "id", None) == "Literal" or getattr(node.value, "attr", None) == "Literal")
    }


def long_functions(source: str) -> list[tuple[str, int]]:
    """(name, lines) of every function longer than MAX_LINES, decorators and docstring included."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - start + 1
            if length > MAX_LINES:
                found.append((node.name, length))
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("WORDS = {'a', 'b', 'c', 'd', 'e', 'f'}", [(1, 6)]),
        ("WORDS = frozenset(('a', 'b', 'c', 'd', 'e', 'f'))", [(1, 6)]),
        ("TABLE = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}", [(1, 6)]),
        ("PAIR = ('nsubj', 'nsubjpass')", []),  # a handful is fine: a dependency label pair is not a lexicon
        ("NUMBERS = [1, 2, 3, 4, 5, 6, 7]", []),
        ("Kind = Literal['a', 'b', 'c', 'd', 'e', 'f']", []),  # a closed set of kinds is a type
        ("Kind = typing.Literal['a', 'b', 'c', 'd', 'e', 'f']", []),
        ("__all__ = ['a', 'b', 'c', 'd', 'e', 'f']", []),  # a module's public names are not a word list
    ],
)
def test_word_list_detector(source, expected):
    assert word_list_literals(source) == expected


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_no_word_lists_in_extraction_code(path):
    found = word_list_literals(path.read_text(encoding="utf-8"))
    assert not found, f"{_rel(path)}: word lists belong in parley/data (line, strings): {found}"


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_no_long_functions_in_extraction_code(path):
    found = long_functions(path.read_text(encoding="utf-8"))
    assert not found, f"{_rel(path)}: functions over {MAX_LINES} lines: {found}"
