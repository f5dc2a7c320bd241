"""Storage behind one interface: SQLite now, PostgreSQL later, chosen by URL."""

from __future__ import annotations

import os
from pathlib import Path

from parley.errors import StoreError
from parley.store.base import (
    AddResult,
    ArticleSummary,
    CorpusStats,
    Page,
    SearchHit,
    Store,
    StoredAttribution,
    StoredEntity,
    StoredEvent,
)

__all__ = [
    "AddResult",
    "ArticleSummary",
    "CorpusStats",
    "DEFAULT_DB",
    "Page",
    "SearchHit",
    "Store",
    "StoredAttribution",
    "StoredEntity",
    "StoredEvent",
    "default_db",
    "open_store",
]

DEFAULT_DB = "parley.db"


def default_db() -> str:
    """``$PARLEY_DB`` when set, else ``parley.db`` in the working directory."""
    return os.environ.get("PARLEY_DB") or DEFAULT_DB


def open_store(location: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at a path or URL.

    ``parley.db``, ``sqlite:///path/to.db`` and ``:memory:`` open SQLite;
    ``postgresql://`` URLs are reserved for the PostgreSQL backend.
    """
    target = str(location or default_db())
    if target.startswith(("postgres://", "postgresql://")):
        raise StoreError("the PostgreSQL backend is not available in this version; use a SQLite path")
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    from parley.store.sqlite import SQLiteStore

    return SQLiteStore(target)
