"""Storage behind one interface: SQLite (default) or PostgreSQL, chosen by URL."""

from __future__ import annotations

import os
from pathlib import Path

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
    "is_postgres_url",
    "open_store",
]

DEFAULT_DB = "parley.db"


def default_db() -> str:
    """``$PARLEY_DB`` when set, else ``parley.db`` in the working directory."""
    return os.environ.get("PARLEY_DB") or DEFAULT_DB


def is_postgres_url(location: str | Path | None) -> bool:
    """True for a ``postgresql://`` or ``postgres://`` URL (a database every worker can reach)."""
    return str(location or "").startswith(("postgres://", "postgresql://"))


def open_store(location: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at a path or URL.

    ``parley.db``, ``sqlite:///path/to.db`` and ``:memory:`` open SQLite;
    ``postgresql://user@host/db`` (or ``postgres://``) opens PostgreSQL (extra ``parley[postgres]``).
    """
    target = str(location or default_db())
    if is_postgres_url(target):
        from parley.store.postgres import PostgresStore

        return PostgresStore(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    from parley.store.sqlite import SQLiteStore

    return SQLiteStore(target)
