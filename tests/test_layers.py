"""Layers stay apart: ingest -> extract -> store -> query -> interfaces. Lower never imports higher."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "parley"

INTERFACES = {"parley.cli", "parley.api", "parley.web"}
# module prefix -> prefixes it must never import
FORBIDDEN = {
    "parley.models": {"parley.ingest", "parley.extract", "parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.datafiles": {"parley.ingest", "parley.extract", "parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.errors": {"parley.ingest", "parley.extract", "parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.ingest": {"parley.extract", "parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.actors": {"parley.ingest", "parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.extract": {"parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.notions": {"parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.syndication": {"parley.store", "parley.query", "parley.runner", *INTERFACES},
    "parley.store": {"parley.query", "parley.runner", *INTERFACES},
    "parley.query": {"parley.runner", *INTERFACES},
    "parley.runner": INTERFACES,
    "parley.engines": {"parley.query", *INTERFACES},
    "parley.eval": {"parley.store", "parley.query", *INTERFACES},
    "parley.bench": INTERFACES,
    "parley.api": {"parley.cli"},
    "parley.web": {"parley.cli"},
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[_module_name(p) for p in MODULES])
def test_module_respects_layers(path):
    name = _module_name(path)
    rules = [banned for prefix, banned in FORBIDDEN.items() if name == prefix or name.startswith(prefix + ".")]
    violations = sorted(
        imported
        for imported in _imports(path)
        for banned in rules
        for prefix in banned
        if imported == prefix or imported.startswith(prefix + ".")
    )
    assert not violations, f"{name} imports a higher layer: {violations}"
