"""Slim install: without the web extra (FastAPI, uvicorn, Jinja2, matplotlib) parley still extracts and stores.

The CLI runs in a subprocess whose ``sitecustomize`` refuses to import those packages, as if
``pip install parley`` had been run without ``[web]``; the commands that need them say so in one line.
spaCy itself requires Jinja2 (its ``spacy.cli`` imports it), so Jinja2 is refused only to parley's
own modules: parley must not need it, whether or not spaCy brought it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REFUSED = ("fastapi", "starlette", "uvicorn", "jinja2", "matplotlib", "swagger_ui_bundle")
SPACY_NEEDS = ("jinja2",)
HOOK = f'''
import sys

def _importer():
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
        frame = frame.f_back
    return frame.f_globals.get("__name__", "") if frame is not None else ""

class _RefuseWebExtra:
    """Imports of the web extra fail as they would where it is not installed."""

    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in {REFUSED!r}:
            by = _importer()
            if top not in {SPACY_NEEDS!r} or by == "__main__" or by.partition(".")[0] == "parley":
                raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, _RefuseWebExtra())
'''


@pytest.fixture(scope="module")
def slim(tmp_path_factory: pytest.TempPathFactory):
    site = tmp_path_factory.mktemp("slim-site")
    (site / "sitecustomize.py").write_text(HOOK, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=REPO, env=env)

    return run


@pytest.mark.parametrize("module", REFUSED)
def test_the_hook_refuses_the_web_extra(slim, module: str) -> None:
    result = slim("-c", f"import {module}")
    assert result.returncode == 1 and "ModuleNotFoundError" in result.stderr


@pytest.mark.slow
def test_extract_ingest_and_stats_work_without_the_web_extra(slim, tmp_path: Path) -> None:
    extracted = slim("-m", "parley.cli", "extract", "examples/seed/seed-article.txt")
    assert extracted.returncode == 0, extracted.stderr
    assert len(json.loads(extracted.stdout)["attributions"]) >= 8
    db = str(tmp_path / "slim.db")
    ingested = slim("-m", "parley.cli", "ingest", "examples/seed/seed-article.txt", "--db", db, "--workers", "1")
    assert ingested.returncode == 0, ingested.stderr
    stats = slim("-m", "parley.cli", "stats", "--db", db)
    assert stats.returncode == 0, stats.stderr
    assert "attributions" in stats.stdout


@pytest.mark.parametrize("command", [
    ("serve", "--db", "{db}", "--port", "0"),
    ("compare", "indivisible security", "--side", "USA", "--db", "{db}", "--plot", "{tmp}/t.svg"),
])
def test_web_commands_without_the_web_extra_say_what_to_install(slim, tmp_path: Path, command: tuple[str, ...]) -> None:
    from parley.store import open_store

    db = tmp_path / "empty.db"
    open_store(str(db)).close()
    args = [part.format(db=db, tmp=tmp_path) for part in command]
    result = slim("-m", "parley.cli", *args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'parley[web]'" in lines[0], result.stderr
    assert not (tmp_path / "t.svg").exists()
