"""Shared fixtures. The spaCy model is loaded once per test process (parley.nlp caches it)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SHARED = Path(os.environ.get("PARLEY_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from parley.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads((FIXTURES / "seed-gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_extracted(seed_text: str) -> Any:
    import parley

    return parley.extract(seed_text, published="2022-02-04T10:11")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture()
def store(tmp_path: Path) -> Any:
    from parley.store import open_store

    s = open_store(tmp_path / "test.db")
    yield s
    s.close()


# What ``make demo`` ingests (keep in step with the Makefile's demo target).
DEMO_INPUTS = ("examples/voa/voa_stories.jsonl", "examples/seed/seed-article.txt", "examples/exchange/exchange.jsonl")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database (VOA stories, the seed, the exchange subset), built once for the whole run.

    xdist workers share the run's base temporary folder; the first to take the lock builds it.
    """
    import fcntl

    from parley.ingest import read_paths
    from parley.runner import ingest
    from parley.store import open_store

    shared = tmp_path_factory.getbasetemp().parent
    path = shared / "demo-parley.db"
    with open(shared / "demo-parley.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "demo-parley.done").exists():
            with open_store(path) as store:
                summary = ingest(read_paths([str(REPO / name) for name in DEMO_INPUTS]), store, workers=1)
            assert summary.failed == 0 and summary.ingested > 78, summary
            (shared / "demo-parley.done").write_text("ok")
    return path
