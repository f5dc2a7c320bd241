"""Layers stay apart: ingest -> extract -> store -> query -> interfaces. Lower never imports higher.

The interfaces (CLI, API, web) are siblings that never import each other; ``parley.server`` is
the one place that mounts the API and the web UI in one application, and nothing imports it
but the CLI's ``serve`` (and tests).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "parley"

INTERFACES = {"parley.cli", "parley.api", "parley.web", "parley.server"}
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
    "parley.api": {"parley.cli", "parley.web", "parley.server"},
    "parley.web": {"parley.cli", "parley.api", "parley.server"},
    "parley.server": {"parley.cli"},
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    return _imports_of(path.read_text(encoding="utf-8"))


def _imports_of(source: str) -> set[str]:
    """Every absolute import anywhere in the module, also inside functions (lazy imports count)."""
    tree = ast.parse(source)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def _violations(name: str, imports: set[str]) -> list[str]:
    rules = [banned for prefix, banned in FORBIDDEN.items() if name == prefix or name.startswith(prefix + ".")]
    return sorted(
        imported
        for imported in imports
        for banned in rules
        for prefix in banned
        if imported == prefix or imported.startswith(prefix + ".")
    )


@pytest.mark.parametrize("path", MODULES, ids=[_module_name(p) for p in MODULES])
def test_module_respects_layers(path):
    name = _module_name(path)
    violations = _violations(name, _imports(path))
    assert not violations, f"{name} imports a higher layer: {violations}"


def test_no_relative_imports():
    """Relative imports would slip past the layer check; the package uses absolute ones only."""
    relative = [
        _module_name(path) for path in MODULES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level > 0
    ]
    assert relative == []


@pytest.mark.parametrize(("module", "source", "banned"), [
    # the cycle issue 10 found: web/views.py imported parley.api.routes, api/app.py parley.web.views
    ("parley.web.views", "from parley.api.routes import get_store", ["parley.api.routes"]),
    ("parley.api.app", "def f():\n    from parley.web.views import render_error", ["parley.web.views"]),
    ("parley.api.routes", "import parley.server", ["parley.server"]),
    ("parley.web.views", "from parley.server import create_app", ["parley.server"]),
    ("parley.query.cached", "from parley.api import routes", ["parley.api"]),
    ("parley.store.sqlite", "from parley.server import create_app", ["parley.server"]),
    ("parley.server", "from parley.cli.app import main", ["parley.cli.app"]),
    # allowed: the server mounts both; both use the query layer and the store
    ("parley.server", "from parley.api import router\nfrom parley.web import router as web", []),
    ("parley.web.views", "from parley.query import cached\nfrom parley.store.filters import EventFilter", []),
])
def test_the_layer_rules_catch_interface_cycles(module, source, banned):
    assert _violations(module, _imports_of(source)) == banned


def test_server_is_where_api_and_web_meet():
    """Only parley.server imports both interfaces; the API and the web UI each know neither the other nor it."""
    importers = {
        _module_name(path) for path in MODULES
        if any(i == "parley.api" or i.startswith("parley.api.") for i in _imports(path))
        and any(i == "parley.web" or i.startswith("parley.web.") for i in _imports(path))
    }
    assert importers == {"parley.server"}
