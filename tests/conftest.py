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
